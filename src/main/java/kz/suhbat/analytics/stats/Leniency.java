package kz.suhbat.analytics.stats;

/**
 * A rater's mean difference from the other members: over each of the rater's ratings, the level minus the
 * mean of the other members' levels on the same candidate and competency; with a t-based interval.
 * {@code comparisons} counts the ratings another member also rated.
 */
public record Leniency(double mean, double sd, Interval interval, int comparisons) {

    static Leniency of(double[] differences, double confidence) {
        int n = differences.length;
        double mean = Moments.mean(differences);
        double sd = Math.sqrt(Moments.variance(differences));
        if (n < 2) {
            return new Leniency(mean, sd, Interval.UNKNOWN, n);
        }
        double half = Distributions.tQuantile(1 - (1 - confidence) / 2, n - 1.0) * sd / Math.sqrt(n);
        return new Leniency(mean, sd, new Interval(mean - half, mean + half), n);
    }
}
