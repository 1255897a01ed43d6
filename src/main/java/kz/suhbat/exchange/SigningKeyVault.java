package kz.suhbat.exchange;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * The key that keeps the office's signing key: an AES-256-GCM keyset (Google Tink), itself kept only
 * sealed to the administrators' key pairs in the keyring. The database holds the signing key's private
 * half encrypted with it, bound to the key's fingerprint; so no account but an administrator's opens it.
 */
final class SigningKeyVault {

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private SigningKeyVault() {
    }

    /** A new vault key, as the bytes sealed to the administrators. */
    static byte[] newSecret() {
        try {
            return TinkProtoKeysetFormat.serializeKeyset(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
                    InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No key could be made", e);
        }
    }

    static byte[] lock(byte[] secret, byte[] privateKey, String fingerprint) {
        try {
            return aead(secret).encrypt(privateKey, context(fingerprint));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The signing key could not be locked", e);
        }
    }

    static byte[] unlock(byte[] secret, byte[] locked, String fingerprint) {
        try {
            return aead(secret).decrypt(locked, context(fingerprint));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The signing key does not open with this key", e);
        }
    }

    private static Aead aead(byte[] secret) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.parseKeyset(secret, InsecureSecretKeyAccess.get())
                .getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    private static byte[] context(String fingerprint) {
        return ("suhbat-signing-key:" + fingerprint).getBytes(StandardCharsets.UTF_8);
    }
}
