package kz.suhbat.analytics.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.suhbat.analytics.CandidateLine;
import kz.suhbat.analytics.Competency;
import kz.suhbat.analytics.DeliberationRow;
import kz.suhbat.analytics.Dimension;
import kz.suhbat.analytics.Drill;
import kz.suhbat.analytics.Group;
import kz.suhbat.analytics.Moments;
import kz.suhbat.analytics.OutcomeRow;
import kz.suhbat.analytics.ReportFilter;
import kz.suhbat.analytics.ReportStore;
import kz.suhbat.analytics.ThresholdRow;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.Iin;
import kz.suhbat.scoring.Outcome;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The reports' aggregates over the central office's imported tables, each one grouped query: the
 * database sums, the report reads a row per group. A candidate's group values come from their imported
 * campaign (type, region, office, body) and their own row (post group, sitting year).
 */
public final class JdbiReportStore implements ReportStore {

    private static final String FROM = " FROM imported_candidate d JOIN imported_campaign c ON c.id = d.campaign_ref ";
    private static final String SCORED = " WHERE c.type <> 'TRAINING' ";
    private static final Map<Dimension, String> EXPRESSIONS = new EnumMap<>(Map.of(
            Dimension.TYPE, "c.type",
            Dimension.REGION, "c.region",
            Dimension.OFFICE, "c.office_code",
            Dimension.BODY, "COALESCE(c.body, '')",
            Dimension.POST_GROUP, "COALESCE(d.corps || '-' || d.post_group, '')",
            Dimension.YEAR, "CAST(EXTRACT(YEAR FROM COALESCE(d.sitting_date, c.opens)) AS VARCHAR(4))"));
    private static final String FAVOURABLE = Stream.of(Outcome.values()).filter(Outcome::favourable)
            .map(o -> "'" + o.name() + "'").collect(Collectors.joining(", ", "(", ")"));

    private final Jdbi jdbi;

    public JdbiReportStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Competency> competencies() {
        return jdbi.withHandle(h -> h.createQuery("SELECT k.code, MIN(k.name_kk) AS kk, MIN(k.name_ru) AS ru, "
                        + "MIN(k.name_en) AS en, MIN(k.campaign_ref * 1000 + k.position) AS o FROM imported_competency k "
                        + "JOIN imported_campaign c ON c.id = k.campaign_ref" + SCORED + "GROUP BY k.code ORDER BY o")
                .map((rs, ctx) -> new Competency(rs.getString("code"), rs.getString("kk"), rs.getString("ru"),
                        rs.getString("en")))
                .list());
    }

    @Override
    public List<Group> values(Dimension dimension) {
        String value = EXPRESSIONS.get(dimension);
        return jdbi.withHandle(h -> h.createQuery("SELECT " + value + " AS v, MIN(c.office_name) AS n" + FROM + SCORED
                        + "GROUP BY " + value + " ORDER BY v")
                .map((rs, ctx) -> group(rs, dimension))
                .list());
    }

    @Override
    public List<OutcomeRow> outcomes(ReportFilter filter, Dimension dimension) {
        String value = EXPRESSIONS.get(dimension);
        Map<Group, Map<Outcome, Long>> rows = new LinkedHashMap<>();
        jdbi.useHandle(h -> filtered(h, "SELECT " + value + " AS v, MIN(c.office_name) AS n, d.decision, COUNT(*) AS k"
                + FROM + SCORED + "AND d.decision IS NOT NULL" + conditions(filter)
                + " GROUP BY " + value + ", d.decision ORDER BY v", filter)
                .map((rs, ctx) -> {
                    rows.computeIfAbsent(group(rs, dimension), g -> new EnumMap<>(Outcome.class))
                            .put(Outcome.valueOf(rs.getString("decision")), rs.getLong("k"));
                    return null;
                }).list());
        return rows.entrySet().stream().map(e -> new OutcomeRow(e.getKey(), e.getValue())).toList();
    }

    @Override
    public Map<Group, Map<String, Moments>> results(ReportFilter filter, Dimension dimension) {
        String value = EXPRESSIONS.get(dimension);
        Map<Group, Map<String, Moments>> groups = new LinkedHashMap<>();
        jdbi.useHandle(h -> filtered(h, "SELECT " + value + " AS v, MIN(c.office_name) AS n, r.competency_code, "
                + "COUNT(r.result) AS k, SUM(r.result) AS s, SUM(r.result * r.result) AS q" + FROM
                + "JOIN imported_result r ON r.campaign_ref = d.campaign_ref AND r.candidate_id = d.source_id"
                + SCORED + conditions(filter) + " GROUP BY " + value + ", r.competency_code ORDER BY v", filter)
                .map((rs, ctx) -> {
                    groups.computeIfAbsent(group(rs, dimension), g -> new LinkedHashMap<>())
                            .put(rs.getString("competency_code"), moments(rs));
                    return null;
                }).list());
        return groups;
    }

    @Override
    public Map<String, Moments> results(ReportFilter filter) {
        Map<String, Moments> overall = new LinkedHashMap<>();
        jdbi.useHandle(h -> filtered(h, "SELECT r.competency_code, COUNT(r.result) AS k, SUM(r.result) AS s, "
                + "SUM(r.result * r.result) AS q" + FROM
                + "JOIN imported_result r ON r.campaign_ref = d.campaign_ref AND r.candidate_id = d.source_id"
                + SCORED + conditions(filter) + " GROUP BY r.competency_code", filter)
                .map((rs, ctx) -> overall.put(rs.getString("competency_code"), moments(rs))).list());
        return overall;
    }

    @Override
    public List<DeliberationRow> deliberation(ReportFilter filter, int divergentSpread) {
        return jdbi.withHandle(h -> filtered(h, "SELECT r.competency_code, COUNT(*) AS k, "
                + "SUM(CASE WHEN r.spread >= :spread THEN 1 ELSE 0 END) AS divergent, "
                + "SUM(CASE WHEN r.agreed_level IS NOT NULL THEN 1 ELSE 0 END) AS agreed" + FROM
                + "JOIN imported_result r ON r.campaign_ref = d.campaign_ref AND r.candidate_id = d.source_id"
                + SCORED + conditions(filter) + " GROUP BY r.competency_code", filter)
                .bind("spread", divergentSpread)
                .map((rs, ctx) -> new DeliberationRow(rs.getString("competency_code"), rs.getLong("k"),
                        rs.getLong("divergent"), rs.getLong("agreed")))
                .list());
    }

    @Override
    public List<ThresholdRow> againstThreshold(ReportFilter filter, Dimension dimension) {
        String value = EXPRESSIONS.get(dimension);
        return jdbi.withHandle(h -> filtered(h, "SELECT " + value + " AS v, MIN(c.office_name) AS n, COUNT(*) AS k, "
                + "SUM(CASE WHEN " + against() + " THEN 1 ELSE 0 END) AS a" + FROM + SCORED
                + "AND d.decision IS NOT NULL" + conditions(filter) + " GROUP BY " + value + " ORDER BY v", filter)
                .map((rs, ctx) -> new ThresholdRow(group(rs, dimension), rs.getLong("k"), rs.getLong("a")))
                .list());
    }

    @Override
    public List<CandidateLine> candidates(ReportFilter filter, Drill drill, int limit) {
        ReportFilter cell = drill.group().map(g -> filter.with(drill.dimension(), g)).orElse(filter);
        boolean withResult = drill.competency().isPresent();
        String join = withResult ? "JOIN imported_result r ON r.campaign_ref = d.campaign_ref "
                + "AND r.candidate_id = d.source_id AND r.competency_code = :competency " : "";
        String condition = switch (drill.kind()) {
            case DECIDED -> drill.outcome().isPresent() ? " AND d.decision = :outcome" : " AND d.decision IS NOT NULL";
            case RESULT -> "";
            case DIVERGENT -> " AND r.spread >= :spread";
            case AGREED -> " AND r.agreed_level IS NOT NULL";
            case AGAINST_THRESHOLD -> " AND d.decision IS NOT NULL AND " + against();
        };
        return jdbi.withHandle(h -> {
            Query query = filtered(h, "SELECT c.office_name, c.title, d.iin, d.last_name, d.first_name, d.middle_name, "
                    + "d.post, d.sitting_date, d.decision, d.total, " + (withResult ? "r.result" : "NULL") + " AS result"
                    + FROM + join + SCORED + conditions(cell) + condition
                    + " ORDER BY c.office_name, c.title, d.last_name, d.first_name, d.source_id"
                    + " FETCH FIRST " + limit + " ROWS ONLY", cell);
            drill.competency().ifPresent(code -> query.bind("competency", code));
            drill.outcome().ifPresent(outcome -> query.bind("outcome", outcome.name()));
            if (drill.kind() == Drill.Kind.DIVERGENT) {
                query.bind("spread", Campaign.DEFAULT_DIVERGENCE);
            }
            return query.map((rs, ctx) -> new CandidateLine(rs.getString("office_name"), rs.getString("title"),
                    Iin.mask(rs.getString("iin")), (rs.getString("last_name") + " " + rs.getString("first_name") + " "
                    + rs.getString("middle_name")).strip(), rs.getString("post"),
                    rs.getObject("sitting_date", LocalDate.class), rs.getString("decision"), rs.getBigDecimal("total"),
                    rs.getBigDecimal("result")))
                    .list();
        });
    }

    /** A decision in the candidate's favour below the threshold, or against them at or above it. */
    private static String against() {
        return "((d.decision IN " + FAVOURABLE + ") <> COALESCE(d.reached, FALSE))";
    }

    private static String conditions(ReportFilter filter) {
        return filter.values().keySet().stream().map(d -> " AND " + EXPRESSIONS.get(d) + " = :f_" + d.name())
                .collect(Collectors.joining());
    }

    private static Query filtered(Handle h, String sql, ReportFilter filter) {
        Query query = h.createQuery(sql);
        filter.values().forEach((dimension, value) -> query.bind("f_" + dimension.name(), value));
        return query;
    }

    private static Group group(ResultSet rs, Dimension dimension) throws SQLException {
        return new Group(rs.getString("v"), dimension == Dimension.OFFICE ? rs.getString("n") : "");
    }

    private static Moments moments(ResultSet rs) throws SQLException {
        return new Moments(rs.getLong("k"), rs.getDouble("s"), rs.getDouble("q"));
    }
}
