package kz.suhbat.analytics;

/**
 * The results one group's candidates received on one competency (each candidate's result on it: the
 * panel's mean level, or the level it agreed), against every filtered candidate's on it.
 */
public record ProfileCell(Group group, String competency, Moments moments, Moments overall) {

    public double mean() {
        return moments.mean();
    }

    public double overallMean() {
        return overall.mean();
    }

    /** The group's mean minus the overall mean: below zero, the group is weaker on it. */
    public double difference() {
        return mean() - overallMean();
    }

    public double low() {
        return mean() - moments.halfWidth();
    }

    public double high() {
        return mean() + moments.halfWidth();
    }

    /** Whether the 95 % interval of the group's mean leaves the overall mean out: a difference to report. */
    public boolean marked() {
        return moments.count() >= 2 && (low() > overallMean() || high() < overallMean());
    }
}
