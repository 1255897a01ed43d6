package kz.suhbat.analytics.stats;

/**
 * One intraclass correlation with its F test of ICC = 0 (F, df1, df2, p) and its confidence interval.
 * NaN where the table does not allow it (fewer than two complete candidates, no variation at all).
 */
public record Icc(IccForm form, double value, double f, double df1, double df2, double p, Interval interval) {
}
