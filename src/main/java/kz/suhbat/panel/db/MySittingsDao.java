package kz.suhbat.panel.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import kz.suhbat.panel.MySittingsRepository.Seat;
import kz.suhbat.panel.MySittingsRepository.SlotState;
import kz.suhbat.panel.MySittingsRepository.Stage;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** SQL of a panel member's start page. Used only by {@link JdbiMySittingsRepository}. */
interface MySittingsDao {

    @SqlQuery("SELECT s.id AS sitting_id, m.id AS member_id FROM sitting s "
            + "JOIN panel_member m ON m.campaign_id = s.campaign_id "
            + "WHERE m.account_id = :account AND s.sitting_date >= :from "
            + "ORDER BY s.sitting_date, s.id")
    @RegisterRowMapper(SeatMapper.class)
    List<Seat> seats(@Bind("account") long accountId, @Bind("from") LocalDate from);

    @SqlQuery("SELECT sl.candidate_id, sl.starts_at, sl.absent, i.status AS interview_status, "
            + "r.member_id IS NOT NULL AS rater, r.submitted_at IS NOT NULL AS submitted "
            + "FROM sitting_slot sl JOIN sitting s ON s.id = sl.sitting_id "
            + "LEFT JOIN interview i ON i.campaign_id = s.campaign_id AND i.candidate_id = sl.candidate_id "
            + "LEFT JOIN interview_rater r ON r.interview_id = i.id AND r.member_id = :member "
            + "WHERE sl.sitting_id = :sitting ORDER BY sl.starts_at")
    @RegisterRowMapper(SlotMapper.class)
    List<SlotState> slots(@Bind("sitting") long sittingId, @Bind("member") long memberId);

    final class SeatMapper implements RowMapper<Seat> {
        @Override
        public Seat map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Seat(rs.getLong("sitting_id"), rs.getLong("member_id"));
        }
    }

    final class SlotMapper implements RowMapper<SlotState> {
        @Override
        public SlotState map(ResultSet rs, StatementContext ctx) throws SQLException {
            String status = rs.getString("interview_status");
            Stage stage = rs.getBoolean("absent") ? Stage.ABSENT : status == null ? Stage.NOT_STARTED
                    : status.equals("IN_PROGRESS") ? Stage.UNDER_WAY : Stage.DECIDED;
            return new SlotState(rs.getLong("candidate_id"), rs.getObject("starts_at", LocalTime.class), stage,
                    rs.getBoolean("rater"), rs.getBoolean("submitted"));
        }
    }
}
