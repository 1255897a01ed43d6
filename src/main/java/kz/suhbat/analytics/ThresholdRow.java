package kz.suhbat.analytics;

/**
 * How many of one group's decisions went against the pass threshold: in the candidate's favour below
 * it, or against them at or above it.
 */
public record ThresholdRow(Group group, long decided, long against) {

    public double share() {
        return decided == 0 ? 0 : (double) against / decided;
    }
}
