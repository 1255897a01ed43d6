package kz.suhbat.interview;

import kz.suhbat.common.Refusal;

/** An interview operation refused, for a reason shown as {@code interview.error.<REASON>}. */
public final class InterviewException extends RuntimeException implements Refusal {

    public enum Reason {
        NOT_FOUND, SITTING_NOT_OPEN, NOT_ON_AGENDA, NO_QUORUM, FINALISED, NOT_A_RATER, NO_ACCOUNT, WRONG_PASSWORD,
        WAIT, SHEET_CLOSED, SHEET_SUBMITTED, SHEET_INCOMPLETE, SHEET_IN_OTHER_HANDS, LEVEL_OFF_SCALE,
        UNKNOWN_COMPETENCY, UNKNOWN_QUESTION, REASON_MISSING, NOT_REVEALED, OUTCOME_NOT_ALLOWED, INCOMPLETE,
        NOT_FINALISED, NOT_CHAIR, LAST_QUESTION
    }

    private final Reason reason;
    private final transient Object[] args;

    public InterviewException(Reason reason, Object... args) {
        super(reason.name());
        this.reason = reason;
        this.args = args.clone();
    }

    public Reason reason() {
        return reason;
    }

    public Object[] args() {
        return args.clone();
    }
}
