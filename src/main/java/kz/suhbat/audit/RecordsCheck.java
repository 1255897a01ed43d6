package kz.suhbat.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares every sealed entity's records as they are now with their newest seal, and that seal with the
 * entry of the trail that wrote it. One pass over each table of the records and one look-up per entity:
 * it does not read the trail through.
 */
public final class RecordsCheck {

    private final AuditKey key;
    private final AuditRepository trail;
    private final SealedRecords records;

    public RecordsCheck(AuditKey key, AuditRepository trail, SealedRecords records) {
        this.key = key;
        this.trail = trail;
        this.records = records;
    }

    /** The newest seal of each entity, by its id. */
    public Map<String, RecordSeal> seals() {
        Map<String, RecordSeal> byId = new LinkedHashMap<>();
        trail.seals(records.entityType()).forEach(s -> byId.put(s.entityId(), s));
        return byId;
    }

    /** What does not match, entity by entity; empty when every record is as its seal says. */
    public List<RecordFinding> run(Map<String, RecordSeal> seals) {
        String type = records.entityType();
        Map<String, RecordSeal> unseen = new LinkedHashMap<>(seals);
        List<RecordFinding> found = new ArrayList<>();
        records.forEach((id, digests) -> {
            RecordSeal seal = unseen.remove(id);
            if (seal == null) {
                found.add(new RecordFinding(type, id, RecordFinding.Problem.UNSEALED, 0));
            } else if (!AuditKey.same(AuditChain.recordSeal(key, type, id, digests), seal.seal())
                    || !writtenBy(seal)) {
                found.add(new RecordFinding(type, id, RecordFinding.Problem.CHANGED, seal.seq()));
            }
        });
        unseen.values().forEach(s -> found.add(new RecordFinding(type, s.entityId(), RecordFinding.Problem.DELETED,
                s.seq())));
        return found;
    }

    /**
     * The findings of the records check and of the chain's walk together, one per entity, each with whom
     * the records are about.
     */
    public List<RecordFinding> merged(List<RecordFinding> first, List<RecordFinding> more) {
        List<RecordFinding> all = new ArrayList<>();
        for (RecordFinding finding : first) {
            add(all, finding);
        }
        for (RecordFinding finding : more) {
            add(all, finding);
        }
        return all.stream().map(f -> f.about(records.describe(f.entityId()))).toList();
    }

    private static void add(List<RecordFinding> all, RecordFinding finding) {
        if (all.stream().noneMatch(f -> f.entityId().equals(finding.entityId()))) {
            all.add(finding);
        }
    }

    /** Whether the seal is the one its entry carries, and that entry is whole and sealed with the key. */
    private boolean writtenBy(RecordSeal seal) {
        return trail.entry(seal.seq())
                .filter(e -> e.entityType().equals(seal.entityType()) && e.entityId().equals(seal.entityId()))
                .filter(e -> seal.seal().equals(e.seal()))
                .filter(e -> AuditChain.hashOf(e).equals(e.hash()))
                .filter(e -> AuditKey.same(AuditChain.macOf(key, e.seq(), e.hash()), e.mac()))
                .isPresent();
    }
}
