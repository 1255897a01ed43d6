package kz.suhbat.analytics.stats;

/**
 * How often a rater's level equals the median of the other members' levels on the same candidate and
 * competency ({@code exact}) or lies within one level of it ({@code adjacent}), as shares of the
 * {@code cells} another member also rated.
 */
public record PanelAgreement(double exact, double adjacent, int cells) {
}
