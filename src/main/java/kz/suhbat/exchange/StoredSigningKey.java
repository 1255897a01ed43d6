package kz.suhbat.exchange;

import java.time.Instant;

/**
 * The office's signing key as the database keeps it: the public half, and the private half either
 * locked for administrators ({@code lockedPrivateKey}) or, in an office not yet migrated, in plain.
 */
public record StoredSigningKey(byte[] publicKey, byte[] plainPrivateKey, byte[] lockedPrivateKey, String fingerprint,
                               Instant createdAt) {

    public boolean locked() {
        return lockedPrivateKey != null;
    }

    /** The public half alone, as shown and sent to the central office. */
    SigningKey publicHalf() {
        return new SigningKey(publicKey, new byte[0], fingerprint, createdAt);
    }
}
