package kz.suhbat.exchange;

import java.time.Instant;

/**
 * The central office's public key as an office registered it: packages are encrypted for it. Its
 * fingerprint (SHA-256 of the key's bytes) was compared with the central office by telephone.
 */
public record CentralRecipient(String fingerprint, String officeCode, String officeName, byte[] publicKeyset,
                               Instant registeredAt) {

    public CentralRecipient {
        publicKeyset = publicKeyset.clone();
    }

    @Override
    public byte[] publicKeyset() {
        return publicKeyset.clone();
    }

    public String shortFingerprint() {
        return Ed25519.shortFingerprint(fingerprint);
    }
}
