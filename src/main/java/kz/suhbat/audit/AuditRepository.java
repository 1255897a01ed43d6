package kz.suhbat.audit;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where audit entries are kept. Append-only: there is no update and no delete. */
public interface AuditRepository {

    Optional<AuditEntry> last();

    void append(AuditEntry entry);

    /** Every entry in sequence order, one at a time (the trail can be long). */
    void forEach(Consumer<AuditEntry> action);

    /** The newest entries first. */
    List<AuditEntry> newest(int limit);
}
