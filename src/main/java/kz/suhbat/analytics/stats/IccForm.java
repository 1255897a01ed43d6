package kz.suhbat.analytics.stats;

/**
 * The six intraclass correlations of Shrout and Fleiss (1979): the model (1 one-way random, 2 two-way
 * random, 3 two-way mixed) and whether the reliability is of one rater's level or of the mean of k.
 */
public enum IccForm {
    ICC1_1("ICC(1,1)"),
    ICC2_1("ICC(2,1)"),
    ICC3_1("ICC(3,1)"),
    ICC1_K("ICC(1,k)"),
    ICC2_K("ICC(2,k)"),
    ICC3_K("ICC(3,k)");

    private final String label;

    IccForm(String label) {
        this.label = label;
    }

    /** The name as Shrout and Fleiss write it, with k standing for the number of raters. */
    public String label() {
        return label;
    }

    /** The name with the number of raters in place of k, e.g. ICC(2,4). */
    public String label(int raters) {
        return label.replace("k", Integer.toString(raters));
    }

    public boolean averaged() {
        return this == ICC1_K || this == ICC2_K || this == ICC3_K;
    }
}
