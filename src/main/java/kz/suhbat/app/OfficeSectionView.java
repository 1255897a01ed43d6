package kz.suhbat.app;

/**
 * The office section of the main window: the office's details and security settings and the interview
 * scripts, each a view of its own feature, shown as two tabs.
 */
public final class OfficeSectionView {
}
