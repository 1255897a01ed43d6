package kz.suhbat.analytics;

/** One imported campaign whose panel the analyst may study: its id at the central office, office and title. */
public record ImportedPanel(long id, String office, String title) {
}
