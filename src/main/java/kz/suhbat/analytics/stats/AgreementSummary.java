package kz.suhbat.analytics.stats;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every agreement statistic of one ratings table (one competency): the intraclass correlations and
 * Kendall's W on the complete candidates, Krippendorff's alpha on every pairable rating, r_wg per
 * candidate and the rater effects. What the command line, the reports and the rater screen show.
 */
public record AgreementSummary(RatingsTable table, Scale scale, IntraclassCorrelation icc, KendallW kendall,
                               KrippendorffAlpha nominalAlpha, KrippendorffAlpha ordinalAlpha,
                               KrippendorffAlpha intervalAlpha, List<Rwg> rwg, RaterEffects raters) {

    /** The competency code the rater effects of a single table are filed under. */
    public static final String SINGLE_COMPETENCY = "";

    public AgreementSummary {
        rwg = List.copyOf(rwg);
    }

    public static AgreementSummary of(RatingsTable table, Scale scale) {
        return new AgreementSummary(table, scale, IntraclassCorrelation.of(table), KendallW.of(table),
                KrippendorffAlpha.of(table, AlphaMetric.NOMINAL), KrippendorffAlpha.of(table, AlphaMetric.ORDINAL),
                KrippendorffAlpha.of(table, AlphaMetric.INTERVAL), Rwg.perCandidate(table, scale),
                RaterEffects.of(table.ratings(SINGLE_COMPETENCY), scale));
    }

    /**
     * The summary of each competency of one panel's ratings, in the order the competencies first appear.
     * The rater effects inside each are those of that competency alone; for a rater's effects across
     * competencies (and halo) use {@link RaterEffects#of(List, Scale)} on all the ratings.
     */
    public static Map<String, AgreementSummary> byCompetency(List<Rating> ratings, Scale scale) {
        Set<String> competencies = new LinkedHashSet<>();
        ratings.forEach(rating -> competencies.add(rating.competency()));
        Map<String, AgreementSummary> summaries = new LinkedHashMap<>();
        for (String competency : competencies) {
            summaries.put(competency, of(RatingsTable.of(ratings, competency), scale));
        }
        return summaries;
    }
}
