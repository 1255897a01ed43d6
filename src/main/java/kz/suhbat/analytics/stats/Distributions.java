package kz.suhbat.analytics.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.FDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/** Tail probabilities and quantiles, all from Apache Commons Statistics. */
final class Distributions {

    private Distributions() {
    }

    /** P(F > f) for an F distribution with the given degrees of freedom. */
    static double fUpperTail(double f, double df1, double df2) {
        if (Double.isNaN(f) || !(df1 > 0) || !(df2 > 0)) {
            return Double.NaN;
        }
        if (Double.isInfinite(f)) {
            return 0;
        }
        return FDistribution.of(df1, df2).survivalProbability(Math.max(0, f));
    }

    /** P(F < f) for an F distribution with the given degrees of freedom. */
    static double fLowerTail(double f, double df1, double df2) {
        if (Double.isNaN(f) || !(df1 > 0) || !(df2 > 0)) {
            return Double.NaN;
        }
        if (Double.isInfinite(f)) {
            return 1;
        }
        return FDistribution.of(df1, df2).cumulativeProbability(Math.max(0, f));
    }

    /** The {@code p} quantile of an F distribution. */
    static double fQuantile(double p, double df1, double df2) {
        if (!(df1 > 0) || !(df2 > 0)) {
            return Double.NaN;
        }
        return FDistribution.of(df1, df2).inverseCumulativeProbability(p);
    }

    /** P(X² > x) for a chi-square distribution with {@code df} degrees of freedom. */
    static double chiSquareUpperTail(double x, double df) {
        if (Double.isNaN(x) || !(df > 0)) {
            return Double.NaN;
        }
        return ChiSquaredDistribution.of(df).survivalProbability(Math.max(0, x));
    }

    /** The {@code p} quantile of Student's t with {@code df} degrees of freedom. */
    static double tQuantile(double p, double df) {
        if (!(df > 0)) {
            return Double.NaN;
        }
        return TDistribution.of(df).inverseCumulativeProbability(p);
    }

    /** The {@code p} quantile of the standard normal distribution. */
    static double normalQuantile(double p) {
        return NormalDistribution.of(0, 1).inverseCumulativeProbability(p);
    }
}
