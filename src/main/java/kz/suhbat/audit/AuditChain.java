package kz.suhbat.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash chain of the audit trail. An entry's hash is SHA-256 over its sequence number, time, actor,
 * action, entity, before and after values, the seal of the entity's records when it has one, and the
 * previous entry's hash, each field length-prefixed. The first entry's previous hash is
 * {@link #GENESIS}. Each entry's hash is then sealed with the audit key ({@link #macOf}). Editing,
 * deleting, inserting or reordering an entry breaks the chain at that entry, and recomputing the hashes
 * from there on (re-chaining) breaks the seals; the verifier reports the first entry that does not fit.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The entry as it will be stored: time cut to microseconds (what the database keeps), hash computed. */
    public static AuditEntry seal(AuditKey key, long seq, java.time.Instant at, Long actorId, String actorLogin,
                                  String action, String entityType, String entityId, String before, String after,
                                  String recordSeal, String prevHash) {
        java.time.Instant stored = at.truncatedTo(ChronoUnit.MICROS);
        AuditEntry draft = new AuditEntry(seq, stored, actorId, actorLogin, action, entityType, entityId, before,
                after, recordSeal, prevHash, null, null);
        String hash = hashOf(draft);
        return new AuditEntry(seq, stored, actorId, actorLogin, action, entityType, entityId, before, after,
                recordSeal, prevHash, hash, macOf(key, seq, hash));
    }

    /** The keyed seal of an entry: its sequence number and hash (which covers everything else). */
    public static String macOf(AuditKey key, long seq, String hash) {
        return key.seal("audit-entry", Long.toString(seq), hash);
    }

    /** The keyed seal of an entity's records, from the digests of its tables. */
    public static String recordSeal(AuditKey key, String entityType, String entityId, java.util.List<String> digests) {
        String[] fields = new String[digests.size() + 2];
        fields[0] = entityType;
        fields[1] = entityId;
        for (int i = 0; i < digests.size(); i++) {
            fields[i + 2] = digests.get(i);
        }
        return key.seal("records", fields);
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
        if (entry.seal() != null) {
            field(digest, entry.seal());
        }
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
