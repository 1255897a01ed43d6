package kz.suhbat.analytics.stats;

/** The level of measurement Krippendorff's alpha treats the levels at. */
public enum AlphaMetric {
    /** Any two different levels disagree equally. */
    NOMINAL,
    /** Only the order counts; the difference grows with how many values lie between (Krippendorff 2011). */
    ORDINAL,
    /** Differences are squared distances between levels. */
    INTERVAL
}
