package kz.suhbat.analytics.stats;

/**
 * Halo: how strongly a rater's levels on one competency follow the same rater's levels on another,
 * across candidates. {@code correlation} is the rater's mean correlation over pairs of competencies
 * (averaged through Fisher's z), {@code interval} its confidence interval, {@code panelCorrelation} the same
 * for the rest of the panel, and {@code zDifference} the interval of the difference of the two in Fisher's
 * z; wholly above 0 means clearly higher than the panel. {@code candidates} is the most candidates behind
 * one pair. NaN throughout with fewer than two competencies or too few candidates.
 */
public record Halo(double correlation, Interval interval, double panelCorrelation, Interval zDifference,
                   int pairs, int candidates) {

    static final Halo UNKNOWN = new Halo(Double.NaN, Interval.UNKNOWN, Double.NaN, Interval.UNKNOWN, 0, 0);

    public boolean isKnown() {
        return !Double.isNaN(correlation);
    }
}
