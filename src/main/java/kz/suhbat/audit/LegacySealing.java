package kz.suhbat.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.suhbat.common.Transactor;

/**
 * Seals, once, a trail written before entries were sealed: when its hash chain holds from the first
 * entry to the last, every entry gets its keyed seal and every interview's records as they stand get a
 * first seal, in an entry of its own. A chain that does not hold is left as it is, and its first break is
 * reported: sealing it would vouch for it.
 */
final class LegacySealing {

    /** What sealing found. */
    sealed interface Outcome {
        /** Every entry was already sealed. */
        record NothingToSeal() implements Outcome {
        }

        /** The trail and the records have been sealed now. */
        record Sealed(long entries) implements Outcome {
        }

        /** The unsealed trail's chain does not hold; nothing was sealed. */
        record Broken(AuditVerification.Break at) implements Outcome {
        }
    }

    private record Legacy(long seq, String hash) {
    }

    private final AuditKey key;
    private final AuditRepository repository;
    private final SealedRecords records;
    private final AuditTrail trail;
    private final Transactor transactor;

    LegacySealing(AuditKey key, AuditRepository repository, SealedRecords records, AuditTrail trail,
                  Transactor transactor) {
        this.key = key;
        this.repository = repository;
        this.records = records;
        this.trail = trail;
        this.transactor = transactor;
    }

    Outcome sealIfNeeded() {
        if (repository.unsealed() == 0) {
            return new Outcome.NothingToSeal();
        }
        List<Legacy> unsealed = new ArrayList<>();
        Optional<AuditVerification.Break> broken = unkeyedChain(unsealed);
        if (broken.isPresent()) {
            return new Outcome.Broken(broken.get());
        }
        transactor.run(() -> {
            unsealed.forEach(e -> repository.sealLegacy(e.seq(), AuditChain.macOf(key, e.seq(), e.hash())));
            Map<String, RecordSeal> seals = new RecordsCheck(key, repository, records).seals();
            List<String> ids = new ArrayList<>();
            records.forEach((id, digests) -> {
                if (!seals.containsKey(id)) {
                    ids.add(id);
                }
            });
            ids.forEach(id -> trail.record(null, AuditAction.RECORDS_SEALED, records.entityType(), id, null,
                    Map.of("sealedAtUpgrade", true)));
        });
        return new Outcome.Sealed(unsealed.size());
    }

    /** Walks the chain without the key, collecting the entries that have no seal yet. */
    private Optional<AuditVerification.Break> unkeyedChain(List<Legacy> unsealed) {
        long[] expected = {1};
        String[] previous = {AuditChain.GENESIS};
        AuditVerification.Break[] found = {null};
        repository.forEach(entry -> {
            if (found[0] != null) {
                return;
            }
            if (entry.seq() != expected[0]) {
                found[0] = new AuditVerification.Break(entry.seq(), AuditVerification.Problem.SEQUENCE_BROKEN);
            } else if (!entry.prevHash().equals(previous[0])) {
                found[0] = new AuditVerification.Break(entry.seq(), AuditVerification.Problem.LINK_BROKEN);
            } else if (!AuditChain.hashOf(entry).equals(entry.hash())) {
                found[0] = new AuditVerification.Break(entry.seq(), AuditVerification.Problem.CONTENT_CHANGED);
            } else if (entry.mac() == null) {
                unsealed.add(new Legacy(entry.seq(), entry.hash()));
            }
            expected[0] = entry.seq() + 1;
            previous[0] = entry.hash();
        });
        return Optional.ofNullable(found[0]);
    }
}
