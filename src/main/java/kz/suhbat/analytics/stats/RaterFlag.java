package kz.suhbat.analytics.stats;

/**
 * A rater effect clear enough to show a chair, with the numbers behind it:
 * <ul>
 * <li>LENIENT, SEVERE: {@code value} is the mean difference in levels from the other members,
 * {@code interval} its confidence interval, {@code reference} 0, {@code count} the ratings compared;</li>
 * <li>CENTRAL_TENDENCY: {@code value} the rater's standard deviation, {@code reference} the other members'
 * on the same candidates, {@code interval} the interval of the ratio of the two, {@code count} the ratings;</li>
 * <li>HALO: {@code value} the rater's mean correlation between competencies, {@code reference} the rest of
 * the panel's, {@code interval} the interval of the rater's, {@code count} the candidates.</li>
 * </ul>
 */
public record RaterFlag(FlagReason reason, double value, Interval interval, double reference, int count) {
}
