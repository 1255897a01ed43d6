package kz.suhbat.audit;

/**
 * An entity whose sealed records (an interview's scores, agreed levels, votes, decision) do not match
 * the trail, the entry that shows it (0 when the records themselves show it), and whom the records are
 * about (the candidate's name; empty when it is not known any more).
 */
public record RecordFinding(String entityType, String entityId, Problem problem, long seq, String subject) {

    public RecordFinding(String entityType, String entityId, Problem problem, long seq) {
        this(entityType, entityId, problem, seq, "");
    }

    public RecordFinding about(String name) {
        return new RecordFinding(entityType, entityId, problem, seq, name);
    }

    /** Each problem has a translated label {@code audit.records.<NAME>}. */
    public enum Problem {
        /** The records differ from their newest seal: a value, row or order was changed outside Suhbat. */
        CHANGED,
        /** The trail holds a newer seal than the records' own: they were put back to an earlier state. */
        ROLLED_BACK,
        /** The trail seals records that are no longer there: they were deleted. */
        DELETED,
        /** Records that no entry of the trail ever sealed: they were inserted outside Suhbat. */
        UNSEALED
    }
}
