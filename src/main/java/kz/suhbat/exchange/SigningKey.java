package kz.suhbat.exchange;

import java.time.Instant;

/** This office's Ed25519 key pair, kept in its encrypted database; the private half never leaves it. */
public record SigningKey(byte[] publicKey, byte[] privateKey, String fingerprint, Instant createdAt) {

    public SigningKey {
        publicKey = publicKey.clone();
        privateKey = privateKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public byte[] privateKey() {
        return privateKey.clone();
    }

    public static SigningKey generate(java.security.SecureRandom random, Instant now) {
        byte[][] pair = Ed25519.generate(random);
        return new SigningKey(pair[0], pair[1], Ed25519.fingerprint(pair[0]), now);
    }
}
