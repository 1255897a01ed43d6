package kz.suhbat.panel.db;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.suhbat.common.db.Columns;
import kz.suhbat.panel.Affiliation;
import kz.suhbat.panel.ConflictDeclaration;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.panel.PanelRepository;
import kz.suhbat.panel.PanelRole;
import kz.suhbat.panel.Sitting;
import kz.suhbat.panel.SittingStatus;
import kz.suhbat.panel.Slot;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Panels, declarations, sittings, slots and attendance in H2. */
public final class JdbiPanelRepository implements PanelRepository {

    private static final RowMapper<PanelMember> MEMBER = (rs, ctx) -> new PanelMember(rs.getLong("id"),
            rs.getLong("campaign_id"), rs.getString("full_name"), Columns.enumByName(rs, "role", PanelRole.class),
            Columns.enumByName(rs, "affiliation", Affiliation.class), Columns.localized(rs, "organisation"),
            (Long) rs.getObject("account_id", Long.class), rs.getObject("registered_on", LocalDate.class),
            rs.getBoolean("deputy"));
    private static final RowMapper<ConflictDeclaration> DECLARATION = (rs, ctx) -> new ConflictDeclaration(
            rs.getLong("member_id"), rs.getLong("candidate_id"), rs.getBoolean("conflict"), rs.getString("reason"));
    private static final RowMapper<Sitting> SITTING = (rs, ctx) -> new Sitting(rs.getLong("id"),
            rs.getLong("campaign_id"), rs.getObject("sitting_date", LocalDate.class), rs.getString("room"),
            Columns.enumByName(rs, "status", SittingStatus.class), instant(rs, "opened_at"), instant(rs, "closed_at"));
    private static final RowMapper<Slot> SLOT = (rs, ctx) -> new Slot(rs.getLong("id"), rs.getLong("sitting_id"),
            rs.getObject("starts_at", LocalTime.class), rs.getLong("candidate_id"), rs.getBoolean("absent"));

    private final Jdbi jdbi;

    public JdbiPanelRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<PanelMember> members(long campaignId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM panel_member WHERE campaign_id = :id ORDER BY "
                + "CASE role WHEN 'CHAIR' THEN 0 WHEN 'MEMBER' THEN 1 WHEN 'SECRETARY' THEN 2 ELSE 3 END, full_name")
                .bind("id", campaignId).map(MEMBER).list());
    }

    @Override
    public Optional<PanelMember> member(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM panel_member WHERE id = :id").bind("id", id)
                .map(MEMBER).findOne());
    }

    @Override
    public long insertMember(PanelMember m) {
        return jdbi.withHandle(h -> Columns.bindLocalized(h.createUpdate("INSERT INTO panel_member (campaign_id, full_name, role, "
                        + "affiliation, organisation_kk, organisation_ru, organisation_en, account_id, registered_on, "
                        + "deputy) VALUES (:campaign, :name, :role, :affiliation, :organisation_kk, :organisation_ru, "
                        + ":organisation_en, :account, :registered, :deputy)"), "organisation", m.organisation())
                .bind("campaign", m.campaignId()).bind("name", m.fullName()).bind("role", m.role().name())
                .bind("affiliation", m.affiliation().name())
                .bind("account", m.accountId()).bind("registered", m.registeredOn()).bind("deputy", m.deputy())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public void updateMember(PanelMember m) {
        jdbi.useHandle(h -> Columns.bindLocalized(h.createUpdate("UPDATE panel_member SET full_name = :name, role = :role, "
                        + "affiliation = :affiliation, organisation_kk = :organisation_kk, "
                        + "organisation_ru = :organisation_ru, organisation_en = :organisation_en, account_id = :account, "
                        + "registered_on = :registered, deputy = :deputy WHERE id = :id"), "organisation", m.organisation())
                .bind("id", m.id()).bind("name", m.fullName()).bind("role", m.role().name())
                .bind("affiliation", m.affiliation().name())
                .bind("account", m.accountId()).bind("registered", m.registeredOn()).bind("deputy", m.deputy())
                .execute());
    }

    @Override
    public void deleteMember(long id) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM panel_member WHERE id = :id").bind("id", id).execute());
    }

    @Override
    public List<ConflictDeclaration> declarations(long campaignId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT d.* FROM conflict_declaration d JOIN panel_member m "
                + "ON m.id = d.member_id WHERE m.campaign_id = :id").bind("id", campaignId).map(DECLARATION).list());
    }

    @Override
    public Optional<ConflictDeclaration> declaration(long memberId, long candidateId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM conflict_declaration WHERE member_id = :m "
                + "AND candidate_id = :c").bind("m", memberId).bind("c", candidateId).map(DECLARATION).findOne());
    }

    @Override
    public void saveDeclaration(ConflictDeclaration d) {
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO conflict_declaration t USING (SELECT 1) s ON t.member_id = :m AND "
                        + "t.candidate_id = :c WHEN MATCHED THEN UPDATE SET conflict = :conflict, reason = :reason "
                        + "WHEN NOT MATCHED THEN INSERT (member_id, candidate_id, conflict, reason) VALUES (:m, :c, "
                        + ":conflict, :reason)")
                .bind("m", d.memberId()).bind("c", d.candidateId()).bind("conflict", d.conflict())
                .bind("reason", d.reason()).execute());
    }

    @Override
    public List<Sitting> sittings(long campaignId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM sitting WHERE campaign_id = :id "
                + "ORDER BY sitting_date, id").bind("id", campaignId).map(SITTING).list());
    }

    @Override
    public Optional<Sitting> sitting(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM sitting WHERE id = :id").bind("id", id)
                .map(SITTING).findOne());
    }

    @Override
    public long insertSitting(Sitting s) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO sitting (campaign_id, sitting_date, room, status) "
                        + "VALUES (:campaign, :date, :room, :status)")
                .bind("campaign", s.campaignId()).bind("date", s.date()).bind("room", s.room())
                .bind("status", s.status().name()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public void updateSitting(Sitting s) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE sitting SET sitting_date = :date, room = :room, status = :status, "
                        + "opened_at = :opened, closed_at = :closed WHERE id = :id").bind("id", s.id())
                .bind("date", s.date()).bind("room", s.room()).bind("status", s.status().name())
                .bind("opened", utc(s.openedAt())).bind("closed", utc(s.closedAt())).execute());
    }

    @Override
    public List<Slot> slots(long sittingId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM sitting_slot WHERE sitting_id = :id "
                + "ORDER BY starts_at").bind("id", sittingId).map(SLOT).list());
    }

    @Override
    public long insertSlot(Slot s) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO sitting_slot (sitting_id, starts_at, candidate_id) "
                        + "VALUES (:sitting, :time, :candidate)").bind("sitting", s.sittingId())
                .bind("time", s.startsAt()).bind("candidate", s.candidateId())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public void deleteSlot(long id) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM sitting_slot WHERE id = :id").bind("id", id).execute());
    }

    @Override
    public void setAbsent(long slotId, boolean absent) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE sitting_slot SET absent = :absent WHERE id = :id")
                .bind("id", slotId).bind("absent", absent).execute());
    }

    @Override
    public Set<Long> present(long sittingId) {
        return jdbi.withHandle(h -> new HashSet<>(h.createQuery("SELECT member_id FROM sitting_attendance "
                + "WHERE sitting_id = :id AND present").bind("id", sittingId).mapTo(Long.class).list()));
    }

    @Override
    public void setPresent(long sittingId, long memberId, boolean present) {
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO sitting_attendance t USING (SELECT 1) s ON t.sitting_id = :s AND t.member_id "
                        + "= :m WHEN MATCHED THEN UPDATE SET present = :p WHEN NOT MATCHED THEN INSERT (sitting_id, "
                        + "member_id, present) VALUES (:s, :m, :p)")
                .bind("s", sittingId).bind("m", memberId).bind("p", present).execute());
    }

    private static java.time.Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        java.time.OffsetDateTime at = rs.getObject(column, java.time.OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static java.time.OffsetDateTime utc(java.time.Instant at) {
        return at == null ? null : at.atOffset(java.time.ZoneOffset.UTC);
    }
}
