package kz.suhbat.analytics;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The count, sum and sum of squares of a set of values: enough for their mean, standard deviation and
 * the 95 % confidence interval of the mean (Student's t with n − 1 degrees of freedom). Adding two
 * sets is adding their moments, so a database can sum them per group and per competency.
 */
public record Moments(long count, double sum, double sumOfSquares) {

    public static final Moments NONE = new Moments(0, 0, 0);
    private static final double CONFIDENCE = 0.95;

    public double mean() {
        return count == 0 ? Double.NaN : sum / count;
    }

    /** The sample standard deviation; NaN below two values. */
    public double standardDeviation() {
        if (count < 2) {
            return Double.NaN;
        }
        double variance = (sumOfSquares - sum * sum / count) / (count - 1);
        return Math.sqrt(Math.max(0, variance));
    }

    /** Half the width of the 95 % confidence interval of the mean; NaN below two values. */
    public double halfWidth() {
        if (count < 2) {
            return Double.NaN;
        }
        double t = TDistribution.of(count - 1).inverseCumulativeProbability(0.5 + CONFIDENCE / 2);
        return t * standardDeviation() / Math.sqrt(count);
    }

    public Moments plus(Moments other) {
        return new Moments(count + other.count, sum + other.sum, sumOfSquares + other.sumOfSquares);
    }
}
