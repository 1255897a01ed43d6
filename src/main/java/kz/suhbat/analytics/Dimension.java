package kz.suhbat.analytics;

/**
 * What a report groups and filters by: the campaign's type, region, office, the kind of state body its
 * posts are in, the candidate's post group (corps and managerial or executive), and the year of the
 * sitting (the campaign's opening year for a candidate never seated).
 */
public enum Dimension {
    TYPE, REGION, OFFICE, BODY, POST_GROUP, YEAR;

    /** The value of a post group: its corps and group, as {@code B-MANAGERIAL}. */
    public static String postGroup(String corps, String group) {
        return corps + "-" + group;
    }
}
