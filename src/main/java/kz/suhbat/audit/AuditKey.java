package kz.suhbat.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kz.suhbat.common.db.DatabaseKey;

/**
 * The key that seals the audit trail: HMAC-SHA256, derived from the database key, which exists only
 * wrapped by the accounts' passwords. A plain hash chain can be recomputed by anyone who can run SQL on
 * the file; a seal cannot be made without this key, so an edited, inserted or re-chained entry and a
 * changed record show. A seal also reveals nothing: a score of 1 to 5 cannot be guessed from it.
 */
public final class AuditKey {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    private AuditKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** The audit key of the database opened with {@code databaseKey}. */
    public static AuditKey of(DatabaseKey databaseKey) {
        return new AuditKey(hmac(databaseKey.bytes(), "suhbat/audit-trail"));
    }

    /** HMAC over a purpose and the fields, each length-prefixed, in hexadecimal. */
    public String seal(String purpose, String... fields) {
        Mac mac = mac(key);
        feed(mac, purpose);
        for (String field : fields) {
            feed(mac, field);
        }
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** Compares two seals in constant time; a missing seal never matches. */
    public static boolean same(String expected, String actual) {
        return expected != null && actual != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }

    private static void feed(Mac mac, String value) {
        if (value == null) {
            mac.update("-1:".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        mac.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        mac.update(bytes);
    }

    private static byte[] hmac(byte[] secret, String purpose) {
        Mac mac = mac(new SecretKeySpec(secret, ALGORITHM));
        return mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
    }

    private static Mac mac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java", e);
        }
    }

    @Override
    public String toString() {
        return "AuditKey[hidden]";
    }
}
