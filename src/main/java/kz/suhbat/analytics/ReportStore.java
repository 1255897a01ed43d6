package kz.suhbat.analytics;

import java.util.List;
import java.util.Map;

/**
 * Aggregates over the scored candidates a report reads, summed where they are stored. Training courses
 * never appear in them.
 */
public interface ReportStore {

    /** Every competency any candidate was scored on, in the order of their first campaign. */
    List<Competency> competencies();

    /** The values {@code dimension} takes, in order, with names where the data has them. */
    List<Group> values(Dimension dimension);

    /** The decisions counted per group of {@code dimension} and decision. */
    List<OutcomeRow> outcomes(ReportFilter filter, Dimension dimension);

    /** The moments of the results per group of {@code dimension} and competency. */
    Map<Group, Map<String, Moments>> results(ReportFilter filter, Dimension dimension);

    /** The moments of the results per competency over every group. */
    Map<String, Moments> results(ReportFilter filter);

    List<DeliberationRow> deliberation(ReportFilter filter, int divergentSpread);

    List<ThresholdRow> againstThreshold(ReportFilter filter, Dimension dimension);

    /** Up to {@code limit} candidates behind {@code drill}, by office, campaign and name. */
    List<CandidateLine> candidates(ReportFilter filter, Drill drill, int limit);
}
