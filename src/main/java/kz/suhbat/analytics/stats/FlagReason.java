package kz.suhbat.analytics.stats;

/** Why a rater is flagged; the words for a chair come from {@code analytics.flag.<NAME>}. */
public enum FlagReason {
    /** Scores clearly above the other members on the same candidates. */
    LENIENT,
    /** Scores clearly below the other members on the same candidates. */
    SEVERE,
    /** Uses a clearly narrower range of levels than the other members on the same candidates. */
    CENTRAL_TENDENCY,
    /** Gives a candidate much the same level on every competency, clearly more than the rest of the panel. */
    HALO
}
