package kz.suhbat.exchange;

import java.time.Instant;
import java.util.Optional;

/** An office's public key as the central office registered it; a revoked key signs nothing more. */
public record RegisteredKey(String fingerprint, String officeCode, String officeName, String region,
                            byte[] publicKey, Instant registeredAt, Optional<Instant> revokedAt) {

    public RegisteredKey {
        publicKey = publicKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    public boolean revoked() {
        return revokedAt.isPresent();
    }

    public String shortFingerprint() {
        return Ed25519.shortFingerprint(fingerprint);
    }
}
