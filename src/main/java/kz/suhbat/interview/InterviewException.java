package kz.suhbat.interview;

import kz.suhbat.common.ReasonedRefusal;

/** An interview operation refused, for a reason shown as {@code interview.error.<REASON>}. */
public final class InterviewException extends ReasonedRefusal {

    public enum Reason {
        NOT_FOUND, SITTING_NOT_OPEN, NOT_ON_AGENDA, NO_QUORUM, FINALISED, NOT_A_RATER, NO_ACCOUNT, WRONG_PASSWORD,
        WAIT, SHEET_CLOSED, SHEET_SUBMITTED, SHEET_INCOMPLETE, SHEET_IN_OTHER_HANDS, LEVEL_OFF_SCALE,
        UNKNOWN_COMPETENCY, UNKNOWN_QUESTION, REASON_MISSING, NOT_REVEALED, OUTCOME_NOT_ALLOWED, INCOMPLETE,
        NOT_FINALISED, NOT_CHAIR, LAST_QUESTION, NOT_STARTED, CANDIDATE_ABSENT, ALREADY_STARTED,
        REASON_AGAINST_THRESHOLD,
        NOT_TRANSCRIBED, ALREADY_COUNTERSIGNED, WRONG_COUNTERSIGN,
        NOT_OPEN_FOR_AGREEMENT, VOTE_ON_PAPER, NOT_DECLARED, NOT_CONFIRMED
    }

    public InterviewException(Reason reason, Object... args) {
        super(reason, args);
    }

    public Reason reason() {
        return (Reason) reasonCode();
    }

    /** Refuses a change that must carry a written reason (an agreed level, a dropped question, a reopening). */
    static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InterviewException(Reason.REASON_MISSING);
        }
    }
}
