package kz.suhbat.audit;

import java.time.Instant;

/**
 * One change: who (the account, or {@code system} for built-in data), when, what (action on an entity)
 * and the values before and after, as JSON (null for a creation or a deletion). {@code hash} chains
 * the entry to the one before it; {@code seal} is the keyed digest of the entity's records as the change
 * left them (an interview's scores, agreed levels, votes and decision; null for other entities), and
 * {@code mac} is the keyed digest of the hash, which only a copy holding the audit key can write.
 */
public record AuditEntry(long seq, Instant at, Long actorId, String actorLogin, String action, String entityType,
                         String entityId, String before, String after, String seal, String prevHash, String hash,
                         String mac) {
}
