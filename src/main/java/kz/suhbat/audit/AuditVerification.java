package kz.suhbat.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a check of the trail found: how many entries it read, the head (the last entry's hash, which goes
 * into every export package), the first entry that breaks the chain, if any, and the sealed records that
 * do not match their newest seal.
 */
public record AuditVerification(long entries, String head, Optional<Break> firstBreak, List<RecordFinding> records) {

    /** Each problem has a translated label {@code audit.problem.<NAME>}. */
    public enum Problem {
        /** The entry's content does not give its hash: it was edited. */
        CONTENT_CHANGED,
        /** Its sequence number is not the one after the previous entry's: one was deleted or inserted. */
        SEQUENCE_BROKEN,
        /** It does not point at the previous entry's hash: entries were removed, inserted or reordered. */
        LINK_BROKEN,
        /** Its seal is missing or not made with this office's key: it was written or re-chained outside Suhbat. */
        NOT_SEALED
    }

    public record Break(long seq, Problem problem) {
    }

    public boolean intact() {
        return firstBreak.isEmpty() && records.isEmpty();
    }

    /**
     * Checks entries in the order of their sequence numbers, stopping at the first that does not fit, and
     * that no entry sealing an entity's records is newer than the entity's newest seal (records put back
     * to an earlier state) or names an entity whose records are gone.
     */
    public static final class Verifier {
        private final AuditKey key;
        private final Map<String, RecordSeal> seals;
        private final String sealedType;
        private final List<RecordFinding> records = new ArrayList<>();
        private long count;
        private long expectedSeq;
        private String previous;
        private Break found;

        /** A verifier of the whole trail. */
        public Verifier(AuditKey key, String sealedType, Map<String, RecordSeal> seals) {
            this(key, sealedType, seals, 1, AuditChain.GENESIS);
        }

        /** A verifier of the entries from {@code firstSeq} on, the one before which has hash {@code previous}. */
        public Verifier(AuditKey key, String sealedType, Map<String, RecordSeal> seals, long firstSeq,
                        String previous) {
            this.key = key;
            this.sealedType = sealedType;
            this.seals = seals;
            this.expectedSeq = firstSeq;
            this.previous = previous;
        }

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
            } else if (!AuditKey.same(AuditChain.macOf(key, entry.seq(), entry.hash()), entry.mac())) {
                found = new Break(entry.seq(), Problem.NOT_SEALED);
            } else if (entry.seal() != null && sealedType.equals(entry.entityType())) {
                checkCurrent(entry);
            }
            expectedSeq = entry.seq() + 1;
            previous = entry.hash();
        }

        private void checkCurrent(AuditEntry entry) {
            RecordSeal newest = seals.get(entry.entityId());
            if (newest == null) {
                add(new RecordFinding(entry.entityType(), entry.entityId(), RecordFinding.Problem.DELETED,
                        entry.seq()));
            } else if (newest.seq() < entry.seq()) {
                add(new RecordFinding(entry.entityType(), entry.entityId(), RecordFinding.Problem.ROLLED_BACK,
                        entry.seq()));
            }
        }

        private void add(RecordFinding finding) {
            if (records.stream().noneMatch(r -> r.entityId().equals(finding.entityId()))) {
                records.add(finding);
            }
        }

        public AuditVerification result() {
            return new AuditVerification(count, previous, Optional.ofNullable(found), List.copyOf(records));
        }
    }
}
