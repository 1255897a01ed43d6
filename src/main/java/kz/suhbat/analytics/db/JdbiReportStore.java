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
 * The reports' aggregates over the central office's imported tables. Counts and sums come from the
 * tallies each import keeps beside a campaign's rows (per post group, year, decision; per competency,
 * spread and agreement), joined to their campaign for its type, region, office and body: a report reads a
 * few thousand rows, however many scores lie behind them. The drill-down reads the candidates' own rows.
 */
public final class JdbiReportStore implements ReportStore {

    private static final String FROM = " FROM imported_candidate d JOIN imported_campaign c ON c.id = d.campaign_ref ";
    private static final String TALLIES = " FROM imported_tally t JOIN imported_campaign c ON c.id = t.campaign_ref ";
    private static final String RESULT_TALLIES = " FROM imported_result_tally t JOIN imported_campaign c "
            + "ON c.id = t.campaign_ref ";
    private static final String SCORED = " WHERE c.type <> 'TRAINING' ";
    /** A dimension's value on a candidate's own row (for the drill-down). */
    private static final Map<Dimension, String> CANDIDATE = new EnumMap<>(Map.of(
            Dimension.TYPE, "c.type",
            Dimension.REGION, "c.region",
            Dimension.OFFICE, "c.office_code",
            Dimension.BODY, "COALESCE(c.body, '')",
            Dimension.POST_GROUP, "COALESCE(d.corps || '-' || d.post_group, '')",
            Dimension.YEAR, "CAST(EXTRACT(YEAR FROM COALESCE(d.sitting_date, c.opens)) AS VARCHAR(4))"));
    /** The same on a tally's row. */
    private static final Map<Dimension, String> TALLIED = new EnumMap<>(Map.of(
            Dimension.TYPE, "c.type",
            Dimension.REGION, "c.region",
            Dimension.OFFICE, "c.office_code",
            Dimension.BODY, "COALESCE(c.body, '')",
            Dimension.POST_GROUP, "COALESCE(t.corps || '-' || t.post_group, '')",
            Dimension.YEAR, "CAST(t.sitting_year AS VARCHAR(4))"));
    private static final String MOMENTS = "SUM(t.results) AS k, SUM(t.sum_result) AS s, SUM(t.sum_squares) AS q";
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
        String value = TALLIED.get(dimension);
        return jdbi.withHandle(h -> h.createQuery("SELECT " + value + " AS v, MIN(c.office_name) AS n" + TALLIES + SCORED
                        + "GROUP BY " + value + " ORDER BY v")
                .map((rs, ctx) -> group(rs, dimension))
                .list());
    }

    @Override
    public List<OutcomeRow> outcomes(ReportFilter filter, Dimension dimension) {
        String value = TALLIED.get(dimension);
        Map<Group, Map<Outcome, Long>> rows = new LinkedHashMap<>();
        jdbi.useHandle(h -> filtered(h, "SELECT " + value + " AS v, " + name(value) + ", t.decision, "
                + "SUM(t.candidates) AS k" + TALLIES + SCORED + "AND t.decision IS NOT NULL" + conditions(TALLIED, filter)
                + " GROUP BY " + value + ", t.decision ORDER BY v", filter)
                .map((rs, ctx) -> {
                    rows.computeIfAbsent(group(rs, dimension), g -> new EnumMap<>(Outcome.class))
                            .put(Outcome.valueOf(rs.getString("decision")), rs.getLong("k"));
                    return null;
                }).list());
        return rows.entrySet().stream().map(e -> new OutcomeRow(e.getKey(), e.getValue())).toList();
    }

    @Override
    public Map<Group, Map<String, Moments>> results(ReportFilter filter, Dimension dimension) {
        String value = TALLIED.get(dimension);
        Map<Group, Map<String, Moments>> groups = new LinkedHashMap<>();
        jdbi.useHandle(h -> filtered(h, "SELECT " + value + " AS v, " + name(value) + ", t.competency_code, "
                + MOMENTS + RESULT_TALLIES + SCORED + conditions(TALLIED, filter)
                + " GROUP BY " + value + ", t.competency_code ORDER BY v", filter)
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
        jdbi.useHandle(h -> filtered(h, "SELECT t.competency_code, " + MOMENTS + RESULT_TALLIES + SCORED
                + conditions(TALLIED, filter) + " GROUP BY t.competency_code", filter)
                .map((rs, ctx) -> overall.put(rs.getString("competency_code"), moments(rs))).list());
        return overall;
    }

    @Override
    public List<DeliberationRow> deliberation(ReportFilter filter, int divergentSpread) {
        return jdbi.withHandle(h -> filtered(h, "SELECT t.competency_code, SUM(t.results) AS k, "
                + "SUM(CASE WHEN t.spread >= :spread THEN t.results ELSE 0 END) AS divergent, "
                + "SUM(CASE WHEN t.agreed THEN t.results ELSE 0 END) AS agreed" + RESULT_TALLIES
                + SCORED + conditions(TALLIED, filter) + " GROUP BY t.competency_code", filter)
                .bind("spread", divergentSpread)
                .map((rs, ctx) -> new DeliberationRow(rs.getString("competency_code"), rs.getLong("k"),
                        rs.getLong("divergent"), rs.getLong("agreed")))
                .list());
    }

    @Override
    public List<ThresholdRow> againstThreshold(ReportFilter filter, Dimension dimension) {
        String value = TALLIED.get(dimension);
        return jdbi.withHandle(h -> filtered(h, "SELECT " + value + " AS v, MIN(c.office_name) AS n, "
                + "SUM(t.candidates) AS k, SUM(CASE WHEN " + against("t") + " THEN t.candidates ELSE 0 END) AS a"
                + TALLIES + SCORED + "AND t.decision IS NOT NULL" + conditions(TALLIED, filter) + " GROUP BY " + value
                + " ORDER BY v", filter)
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
            case AGAINST_THRESHOLD -> " AND d.decision IS NOT NULL AND " + against("d");
        };
        return jdbi.withHandle(h -> {
            Query query = filtered(h, "SELECT c.office_name, c.title, d.iin, d.last_name, d.first_name, d.middle_name, "
                    + "d.post, d.sitting_date, d.decision, d.total, " + (withResult ? "r.result" : "NULL") + " AS result"
                    + FROM + join + SCORED + conditions(CANDIDATE, cell) + condition
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

    /**
     * A decision in the candidate's favour below the threshold, or against them at or above it, on the
     * candidates' rows ({@code d}) or their tally ({@code t}).
     */
    private static String against(String alias) {
        return "((" + alias + ".decision IN " + FAVOURABLE + ") <> COALESCE(" + alias + ".reached, FALSE))";
    }

    /**
     * A group's name (an office's) as {@code n}, the same on each of its rows, in a query grouped by its value
     * and one more column: an office whose campaigns carry different names stays one group.
     */
    private static String name(String value) {
        return "MIN(MIN(c.office_name)) OVER (PARTITION BY " + value + ") AS n";
    }

    private static String conditions(Map<Dimension, String> expressions, ReportFilter filter) {
        return filter.values().keySet().stream().map(d -> " AND " + expressions.get(d) + " = :f_" + d.name())
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
