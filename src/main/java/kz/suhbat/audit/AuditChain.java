package kz.suhbat.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash chain of the audit trail. An entry's hash is SHA-256 over its sequence number, time, actor,
 * action, entity, before and after values and the previous entry's hash, each field length-prefixed.
 * The first entry's previous hash is {@link #GENESIS}. Editing, deleting, inserting or reordering an
 * entry breaks the chain at that entry; the verifier reports the first one that does not fit.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The entry as it will be stored: time cut to microseconds (what the database keeps), hash computed. */
    public static AuditEntry seal(long seq, java.time.Instant at, Long actorId, String actorLogin, String action,
                                  String entityType, String entityId, String before, String after,
                                  String prevHash) {
        java.time.Instant stored = at.truncatedTo(ChronoUnit.MICROS);
        AuditEntry draft = new AuditEntry(seq, stored, actorId, actorLogin, action, entityType, entityId, before,
                after, prevHash, null);
        return new AuditEntry(seq, stored, actorId, actorLogin, action, entityType, entityId, before, after,
                prevHash, hashOf(draft));
    }

    public static String hashOf(AuditEntry entry) {
        MessageDigest digest = sha256();
        field(digest, Long.toString(entry.seq()));
        field(digest, entry.at().truncatedTo(ChronoUnit.MICROS).toString());
        field(digest, entry.actorId() == null ? null : entry.actorId().toString());
        field(digest, entry.actorLogin());
        field(digest, entry.action());
        field(digest, entry.entityType());
        field(digest, entry.entityId());
        field(digest, entry.before());
        field(digest, entry.after());
        field(digest, entry.prevHash());
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void field(MessageDigest digest, String value) {
        if (value == null) {
            digest.update("-1:".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
