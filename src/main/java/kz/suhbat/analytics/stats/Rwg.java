package kz.suhbat.analytics.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * r_wg of James, Demaree and Wolf (1984): how far the raters of one candidate on one competency agree,
 * 1 − s² / σ²_EU, the observed variance of their levels (sample variance, n − 1) against the variance of
 * a uniform choice among the A levels of the scale, σ²_EU = (A² − 1) / 12.
 *
 * <p>When the raters disagree more than uniform chance would ({@code s² > σ²_EU}) the formula goes below
 * zero. Following James, Demaree and Wolf (1984) and LeBreton and Senter (2008), such a value is
 * truncated to 0 and marked {@code beyondNull}; the untruncated value is kept in {@code raw}.
 * With fewer than two ratings there is nothing to compare: NaN.
 */
public record Rwg(String candidate, int ratings, double variance, double expectedVariance, double raw,
                  double value, boolean beyondNull) {

    public static Rwg of(String candidate, double[] levels, Scale scale) {
        double expected = scale.uniformVariance();
        if (levels.length < 2) {
            return new Rwg(candidate, levels.length, Double.NaN, expected, Double.NaN, Double.NaN, false);
        }
        double variance = Moments.variance(levels);
        double raw = 1 - variance / expected;
        boolean beyond = raw < 0;
        return new Rwg(candidate, levels.length, variance, expected, raw, beyond ? 0 : raw, beyond);
    }

    /** r_wg for each candidate of a table (one competency). */
    public static List<Rwg> perCandidate(RatingsTable table, Scale scale) {
        List<Rwg> result = new ArrayList<>();
        for (int i = 0; i < table.candidateCount(); i++) {
            result.add(of(table.candidates().get(i), table.presentLevels(i), scale));
        }
        return result;
    }
}
