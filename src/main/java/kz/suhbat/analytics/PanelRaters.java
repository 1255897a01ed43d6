package kz.suhbat.analytics;

/** The rater statistics of one imported campaign's panel, with the office and campaign they belong to. */
public record PanelRaters(ImportedPanel panel, RaterStatistics statistics) {
}
