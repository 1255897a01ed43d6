package kz.suhbat.analytics;

import java.util.List;

/** Divergence and agreement per competency, and decisions against the threshold per group. */
public record DeliberationReport(Dimension dimension, List<Competency> competencies, List<DeliberationRow> rows,
                                 List<ThresholdRow> thresholds) {

    public DeliberationReport {
        competencies = List.copyOf(competencies);
        rows = List.copyOf(rows);
        thresholds = List.copyOf(thresholds);
    }
}
