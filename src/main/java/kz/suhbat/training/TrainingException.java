package kz.suhbat.training;

import kz.suhbat.common.ReasonedRefusal;

/** A training or calibration operation refused; shown as {@code training.error.<REASON>}. */
public final class TrainingException extends ReasonedRefusal {

    public enum Reason {
        /** {0} the largest distance allowed */
        RULE_DISTANCE,
        /** {0} the most exercises allowed */
        RULE_EXERCISES,
        NOT_A_COURSE,
        NOT_FOUND,
        NOT_ON_COURSE,
        /** {0} the framework the set is built on, {1} the course's framework */
        OTHER_FRAMEWORK,
        /** {0} the exercise's code */
        CODE_TAKEN,
        /** {0} the media file's name */
        MEDIA_MISSING,
        NOT_SCORED,
        /** {0} the competency's name */
        EVIDENCE_MISSING,
        LEVEL_OFF_SCALE,
        NOT_REFERENCED,
        SUBMITTED,
        NOT_SUBMITTED,
        NO_REFERENCE_PANEL,
        REASON_MISSING,
        EVIDENCE_TOO_LONG,
        /** {0} the account's login */
        ACCOUNT_NOT_ELIGIBLE
    }

    public TrainingException(Reason reason, Object... args) {
        super(reason, args);
    }

    public Reason reason() {
        return (Reason) reasonCode();
    }
}
