package kz.suhbat.audit;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where audit entries are kept. Append-only: there is no update and no delete, except that an entry
 * written before entries were sealed gets its seal once ({@link #sealLegacy}).
 */
public interface AuditRepository {

    /** The newest entry, locked for the transaction that appends the next one. */
    Optional<AuditEntry> last();

    Optional<AuditEntry> entry(long seq);

    void append(AuditEntry entry);

    /** Every entry in sequence order, one at a time (the trail can be long). */
    default void forEach(Consumer<AuditEntry> action) {
        forEach(1, Long.MAX_VALUE, action);
    }

    /** The entries from sequence number {@code from} to {@code to} (both included), in sequence order. */
    void forEach(long from, long to, Consumer<AuditEntry> action);

    /** The newest entries first. */
    List<AuditEntry> newest(int limit);

    /** How many entries have no keyed seal: those written before entries were sealed. */
    long unsealed();

    /** Gives an entry written before entries were sealed its seal. */
    void sealLegacy(long seq, String mac);

    /** Replaces the newest seal of an entity's records. */
    void saveSeal(RecordSeal seal);

    /** The newest seal of every entity of a type. */
    List<RecordSeal> seals(String entityType);
}
