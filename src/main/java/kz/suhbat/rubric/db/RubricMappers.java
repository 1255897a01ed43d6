package kz.suhbat.rubric.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import kz.suhbat.common.db.Columns;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Corps;
import kz.suhbat.rubric.FrameworkStatus;
import kz.suhbat.rubric.FrameworkSummary;
import kz.suhbat.rubric.Indicator;
import kz.suhbat.rubric.Polarity;
import kz.suhbat.rubric.PostGroup;
import kz.suhbat.rubric.QuestionKind;
import kz.suhbat.rubric.ScaleLevel;
import kz.suhbat.rubric.db.RubricRows.CompetencyRow;
import kz.suhbat.rubric.db.RubricRows.FrameworkRow;
import kz.suhbat.rubric.db.RubricRows.IndicatorRow;
import kz.suhbat.rubric.db.RubricRows.ProbeRow;
import kz.suhbat.rubric.db.RubricRows.ProfileRow;
import kz.suhbat.rubric.db.RubricRows.QuestionRow;
import kz.suhbat.rubric.db.RubricRows.WeightRow;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Row mappers of the rubric tables. */
public final class RubricMappers {

    private RubricMappers() {
    }

    private static LocalizedText text(ResultSet rs, String prefix) throws SQLException {
        return Columns.localized(rs, prefix);
    }

    public static final class Summary implements RowMapper<FrameworkSummary> {
        @Override
        public FrameworkSummary map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new FrameworkSummary(rs.getLong("id"), rs.getString("code"), rs.getInt("version"),
                    Columns.enumByName(rs, "status", FrameworkStatus.class), text(rs, "name"),
                    rs.getInt("competency_count"), rs.getBoolean("used"));
        }
    }

    public static final class Framework implements RowMapper<FrameworkRow> {
        @Override
        public FrameworkRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new FrameworkRow(rs.getLong("id"), rs.getString("code"), rs.getInt("version"),
                    Columns.enumByName(rs, "status", FrameworkStatus.class), text(rs, "name"),
                    text(rs, "description"));
        }
    }

    public static final class Level implements RowMapper<ScaleLevel> {
        @Override
        public ScaleLevel map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ScaleLevel(rs.getInt("level"), text(rs, "label"), text(rs, "descriptor"));
        }
    }

    public static final class Competency implements RowMapper<CompetencyRow> {
        @Override
        public CompetencyRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new CompetencyRow(rs.getLong("id"), rs.getString("code"), text(rs, "name"),
                    text(rs, "definition"), SetColumns.enums(rs.getString("post_groups"), PostGroup.class),
                    SetColumns.enums(rs.getString("corps"), Corps.class));
        }
    }

    public static final class IndicatorMapper implements RowMapper<IndicatorRow> {
        @Override
        public IndicatorRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new IndicatorRow(rs.getLong("competency_id"), new Indicator(rs.getInt("level"),
                    Columns.enumByName(rs, "polarity", Polarity.class), text(rs, "text")));
        }
    }

    public static final class Question implements RowMapper<QuestionRow> {
        @Override
        public QuestionRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new QuestionRow(rs.getLong("id"), rs.getLong("competency_id"),
                    Columns.enumByName(rs, "kind", QuestionKind.class), rs.getInt("suggested_minutes"),
                    text(rs, "text"), SetColumns.numbers(rs.getString("reveals_levels")));
        }
    }

    public static final class Probe implements RowMapper<ProbeRow> {
        @Override
        public ProbeRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ProbeRow(rs.getLong("question_id"), text(rs, "text"));
        }
    }

    public static final class Profile implements RowMapper<ProfileRow> {
        @Override
        public ProfileRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ProfileRow(rs.getLong("id"), rs.getString("code"), text(rs, "name"),
                    Columns.enumByName(rs, "post_group", PostGroup.class),
                    Columns.enumByName(rs, "corps", Corps.class), rs.getBigDecimal("pass_threshold"));
        }
    }

    public static final class Weight implements RowMapper<WeightRow> {
        @Override
        public WeightRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new WeightRow(rs.getLong("profile_id"), rs.getString("competency_code"),
                    rs.getBigDecimal("weight"));
        }
    }
}
