package kz.suhbat.analytics.stats;

/**
 * How widely a rater uses the scale against the other members on the same candidates and competencies:
 * the standard deviations of the rater's levels and of the others' levels, and the F test of the ratio of
 * the two variances, {@code ratio} = s²(rater) / s²(others) on (n_rater − 1, n_others − 1) degrees of
 * freedom with its interval {@code ratioInterval} and two-sided {@code p}. A ratio interval wholly below
 * 1 means a clearly narrower range: central tendency.
 */
public record Spread(double sd, double othersSd, double ratio, Interval ratioInterval, double p, int df1, int df2) {

    static Spread of(double[] own, double[] others, double confidence) {
        double ownVariance = Moments.variance(own);
        double othersVariance = Moments.variance(others);
        int df1 = own.length - 1;
        int df2 = others.length - 1;
        double sd = Math.sqrt(ownVariance);
        double othersSd = Math.sqrt(othersVariance);
        if (df1 < 1 || df2 < 1 || !(othersVariance > 0)) {
            return new Spread(sd, othersSd, Double.NaN, Interval.UNKNOWN, Double.NaN, Math.max(df1, 0),
                    Math.max(df2, 0));
        }
        double ratio = ownVariance / othersVariance;
        double tail = (1 - confidence) / 2;
        Interval interval = new Interval(ratio / Distributions.fQuantile(1 - tail, df1, df2),
                ratio / Distributions.fQuantile(tail, df1, df2));
        double p = Math.min(1, 2 * Math.min(Distributions.fLowerTail(ratio, df1, df2),
                Distributions.fUpperTail(ratio, df1, df2)));
        return new Spread(sd, othersSd, ratio, interval, p, df1, df2);
    }

    /** The ratio of the standard deviations, √ratio, as a chair reads it. */
    public double sdRatio() {
        return Math.sqrt(ratio);
    }
}
