package kz.suhbat.audit;

import java.util.Optional;

/**
 * What the verifier found: how many entries it read, the head (the last entry's hash, which goes into
 * every export package), and the first entry that breaks the chain, if any.
 */
public record AuditVerification(long entries, String head, Optional<Break> firstBreak) {

    /** Each problem has a translated label {@code audit.problem.<NAME>}. */
    public enum Problem {
        /** The entry's content does not give its hash: it was edited. */
        CONTENT_CHANGED,
        /** Its sequence number is not the one after the previous entry's: one was deleted or inserted. */
        SEQUENCE_BROKEN,
        /** It does not point at the previous entry's hash: entries were removed, inserted or reordered. */
        LINK_BROKEN
    }

    public record Break(long seq, Problem problem) {
    }

    public boolean intact() {
        return firstBreak.isEmpty();
    }

    /** Checks entries in the order of their sequence numbers, stopping at the first that does not fit. */
    public static final class Verifier {
        private long count;
        private long expectedSeq = 1;
        private String previous = AuditChain.GENESIS;
        private Break found;

        public void accept(AuditEntry entry) {
            if (found != null) {
                return;
            }
            count++;
            if (entry.seq() != expectedSeq) {
                found = new Break(entry.seq(), Problem.SEQUENCE_BROKEN);
            } else if (!entry.prevHash().equals(previous)) {
                found = new Break(entry.seq(), Problem.LINK_BROKEN);
            } else if (!AuditChain.hashOf(entry).equals(entry.hash())) {
                found = new Break(entry.seq(), Problem.CONTENT_CHANGED);
            }
            expectedSeq = entry.seq() + 1;
            previous = entry.hash();
        }

        public AuditVerification result() {
            return new AuditVerification(count, previous, Optional.ofNullable(found));
        }
    }
}
