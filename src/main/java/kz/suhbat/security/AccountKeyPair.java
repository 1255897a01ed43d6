package kz.suhbat.security;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.hybrid.HpkeParameters;
import java.security.GeneralSecurityException;
import kz.suhbat.common.crypto.Hpke;

/**
 * An account's own key pair (HPKE: X25519, HKDF-SHA256, AES-256-GCM, by Google Tink). Secrets the
 * account may open, such as the database key, are sealed to its public half, which anyone can do
 * without knowing the account's password; only the private half, kept wrapped by the password, opens
 * them. So a new database key can be handed to every remaining account while none of them is there.
 */
public final class AccountKeyPair {

    private static final HpkeParameters PARAMETERS = Hpke.PARAMETERS;

    private final KeysetHandle handle;

    private AccountKeyPair(KeysetHandle handle) {
        this.handle = handle;
    }

    public static AccountKeyPair generate() {
        try {
            return new AccountKeyPair(KeysetHandle.generateNew(PARAMETERS));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No key pair could be made", e);
        }
    }

    /** The pair from its serialized private keyset (as unwrapped from the keyring). */
    static AccountKeyPair ofPrivate(byte[] keyset) {
        try {
            return new AccountKeyPair(TinkProtoKeysetFormat.parseKeyset(keyset, InsecureSecretKeyAccess.get()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The keyring entry is damaged", e);
        }
    }

    /** The serialized private keyset: only ever stored wrapped by the account's password. */
    byte[] privateKeyset() {
        try {
            return TinkProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The key pair could not be written", e);
        }
    }

    public byte[] publicKeyset() {
        try {
            return TinkProtoKeysetFormat.serializeKeysetWithoutSecret(handle.getPublicKeysetHandle());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The public half could not be written", e);
        }
    }

    /** Seals {@code secret} to the holder of the private half of {@code publicKeyset}. */
    public static byte[] seal(byte[] publicKeyset, byte[] secret, byte[] context) {
        try {
            KeysetHandle publicHandle = TinkProtoKeysetFormat.parseKeysetWithoutSecret(publicKeyset);
            return publicHandle.getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class)
                    .encrypt(secret, context);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The secret could not be sealed", e);
        }
    }

    /** Opens what was sealed to this pair with the same {@code context}. */
    public byte[] open(byte[] sealed, byte[] context) {
        try {
            return handle.getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class).decrypt(sealed, context);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The keyring entry is damaged", e);
        }
    }
}
