package kz.suhbat.analytics;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.suhbat.scoring.Outcome;

/** The decisions of every group, in the order of the groups' values, with their sum over all groups. */
public record OutcomeReport(Dimension dimension, List<OutcomeRow> rows) {

    public OutcomeReport {
        rows = List.copyOf(rows);
    }

    public OutcomeRow overall() {
        Map<Outcome, Long> sum = new EnumMap<>(Outcome.class);
        rows.forEach(row -> row.counts().forEach((outcome, n) -> sum.merge(outcome, n, Long::sum)));
        return new OutcomeRow(new Group("", ""), sum);
    }

    /** The decisions any group received, in their order: the columns of the table and the chart's series. */
    public List<Outcome> outcomes() {
        OutcomeRow overall = overall();
        return List.of(Outcome.values()).stream().filter(o -> overall.count(o) > 0).toList();
    }
}
