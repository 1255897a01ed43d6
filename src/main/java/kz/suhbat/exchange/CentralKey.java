package kz.suhbat.exchange;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import java.security.GeneralSecurityException;
import java.time.Instant;

/**
 * The central office's key pair for receiving packages (HPKE, X25519), kept in its encrypted database;
 * only the public half leaves it, in a {@link CentralKeyFile} that every office registers. A central
 * office keeps every key it ever made, so that packages sealed to an earlier one still open.
 */
public record CentralKey(String fingerprint, byte[] publicKeyset, byte[] privateKeyset, Instant createdAt) {

    public CentralKey {
        publicKeyset = publicKeyset.clone();
        privateKeyset = privateKeyset.clone();
    }

    @Override
    public byte[] publicKeyset() {
        return publicKeyset.clone();
    }

    @Override
    public byte[] privateKeyset() {
        return privateKeyset.clone();
    }

    public String shortFingerprint() {
        return Ed25519.shortFingerprint(fingerprint);
    }

    public static CentralKey generate(Instant now) {
        try {
            KeysetHandle pair = KeysetHandle.generateNew(PackageCipher.HPKE);
            byte[] publicKeyset = TinkProtoKeysetFormat.serializeKeysetWithoutSecret(pair.getPublicKeysetHandle());
            byte[] privateKeyset = TinkProtoKeysetFormat.serializeKeyset(pair, InsecureSecretKeyAccess.get());
            return new CentralKey(Ed25519.sha256(publicKeyset), publicKeyset, privateKeyset, now);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HPKE is missing", e);
        }
    }

    /** Whether {@code publicKeyset} is a public HPKE key of the kind packages are sealed to. */
    static boolean isPublicKeyset(byte[] publicKeyset) {
        try {
            KeysetHandle handle = TinkProtoKeysetFormat.parseKeysetWithoutSecret(publicKeyset);
            return handle.size() == 1 && handle.getPrimary().getKey().getParameters().equals(PackageCipher.HPKE)
                    && handle.getPrimary().getKey() instanceof com.google.crypto.tink.hybrid.HpkePublicKey;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
