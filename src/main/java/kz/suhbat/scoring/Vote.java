package kz.suhbat.scoring;

/**
 * A rater's vote on the decision and, when they disagree with it, their separate opinion: confirmed by
 * the member's own password, or {@code transcribed} by the secretary from the member's signed paper vote
 * sheet.
 */
public record Vote(long memberId, Outcome outcome, String opinion, boolean transcribed) {

    public Vote {
        opinion = opinion == null ? "" : opinion.strip();
    }

    /** A vote the member confirmed on the screen. */
    public Vote(long memberId, Outcome outcome, String opinion) {
        this(memberId, outcome, opinion, false);
    }
}
