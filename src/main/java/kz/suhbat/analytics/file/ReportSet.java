package kz.suhbat.analytics.file;

import java.util.List;
import kz.suhbat.analytics.CandidateLine;
import kz.suhbat.analytics.DeliberationReport;
import kz.suhbat.analytics.OutcomeReport;
import kz.suhbat.analytics.ProfileReport;

/**
 * What one export holds: the reports under one filter and grouping (any of the three may be left out:
 * null), described in words, and the candidates of the cell last drilled into (none when there is no
 * such cell).
 */
public record ReportSet(String scope, OutcomeReport outcomes, ProfileReport profiles, DeliberationReport deliberation,
                        String drillTitle, List<CandidateLine> drilled) {

    public ReportSet {
        drilled = List.copyOf(drilled);
    }
}
