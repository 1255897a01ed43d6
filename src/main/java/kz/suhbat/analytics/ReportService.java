package kz.suhbat.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.security.Access;
import kz.suhbat.security.Operation;

/**
 * The reports over the candidates imported at the central office, or over this office's own: how
 * decisions split by group, where groups are weaker or stronger on a competency, and what panels
 * discussed; each drills down to the candidates behind a cell, their IIN masked. Training courses never
 * reach them. {@code operation} is what reading them takes: {@link Operation#REPORTS_READ} for the imported
 * candidates, {@link Operation#OWN_REPORTS_READ} for the office's own.
 */
public final class ReportService {

    /** The most candidates a drill-down lists; the count says when there are more. */
    public static final int DRILL_LIMIT = 500;

    private final Access access;
    private final ReportStore store;
    private final Operation operation;

    public ReportService(Access access, ReportStore store, Operation operation) {
        this.access = access;
        this.store = store;
        this.operation = operation;
    }

    public List<Group> values(Dimension dimension) {
        access.require(operation);
        return store.values(dimension);
    }

    public OutcomeReport outcomes(ReportFilter filter, Dimension dimension) {
        access.require(operation);
        return new OutcomeReport(dimension, store.outcomes(filter, dimension));
    }

    public ProfileReport profiles(ReportFilter filter, Dimension dimension) {
        access.require(operation);
        Map<String, Moments> overall = store.results(filter);
        Map<Group, Map<String, Moments>> byGroup = store.results(filter, dimension);
        List<Competency> competencies = store.competencies().stream().filter(c -> overall.containsKey(c.code()))
                .toList();
        List<ProfileCell> cells = new ArrayList<>();
        byGroup.forEach((group, moments) -> moments.forEach((competency, m) ->
                cells.add(new ProfileCell(group, competency, m, overall.getOrDefault(competency, Moments.NONE)))));
        return new ProfileReport(dimension, competencies, List.copyOf(byGroup.keySet()), cells);
    }

    public DeliberationReport deliberation(ReportFilter filter, Dimension dimension) {
        access.require(operation);
        List<DeliberationRow> rows = store.deliberation(filter, Campaign.DEFAULT_DIVERGENCE);
        List<Competency> competencies = store.competencies().stream()
                .filter(c -> rows.stream().anyMatch(r -> r.competency().equals(c.code()))).toList();
        return new DeliberationReport(dimension, competencies, rows, store.againstThreshold(filter, dimension));
    }

    public List<CandidateLine> candidates(ReportFilter filter, Drill drill) {
        access.require(operation);
        return store.candidates(filter, drill, DRILL_LIMIT + 1);
    }
}
