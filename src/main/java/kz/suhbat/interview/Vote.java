package kz.suhbat.interview;

/** A rater's vote on the decision and, when they disagree with it, their separate opinion. */
public record Vote(long memberId, Outcome outcome, String opinion) {

    public Vote {
        opinion = opinion == null ? "" : opinion.strip();
    }
}
