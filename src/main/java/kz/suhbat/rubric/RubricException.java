package kz.suhbat.rubric;

/** A rubric operation the user asked for that cannot be done; {@link #reason()} says why. */
public class RubricException extends RuntimeException implements kz.suhbat.common.Refusal {

    /** Why; each has a translated message {@code rubric.error.<NAME>} with the subject as {0}. */
    public enum Reason { NOT_FOUND, CODE_TAKEN, CODE_CHANGED, RETIRED, IN_USE }

    private final Reason reason;
    private final String subject;

    public RubricException(Reason reason, String subject) {
        super(reason + ": " + subject);
        this.reason = reason;
        this.subject = subject;
    }

    public Reason reason() {
        return reason;
    }

    public String subject() {
        return subject;
    }
}
