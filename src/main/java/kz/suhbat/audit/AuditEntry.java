package kz.suhbat.audit;

import java.time.Instant;

/**
 * One change: who (the account, or {@code system} for built-in data), when, what (action on an entity)
 * and the values before and after, as JSON (null for a creation or a deletion). {@code hash} chains
 * the entry to the one before it.
 */
public record AuditEntry(long seq, Instant at, Long actorId, String actorLogin, String action, String entityType,
                         String entityId, String before, String after, String prevHash, String hash) {
}
