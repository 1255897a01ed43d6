package kz.suhbat.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import kz.suhbat.common.db.DatabaseKey;

/**
 * One account's entry in the keyring: the salt and iteration count of its password, the verifier the
 * password must reproduce, and the database key wrapped (AES-256-GCM) with a key from the same
 * password. The account's id and login are bound into the wrapping, so an entry moved to another
 * login does not open. {@code failures} and {@code lastFailure} drive the sign-in slow-down.
 */
public record Credential(long accountId, String login, String algorithm, int iterations, byte[] salt,
                         byte[] verifier, byte[] iv, byte[] wrappedKey, int failures, Instant lastFailure) {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    public static Credential create(long accountId, String login, char[] password, DatabaseKey key,
                                    KeyDerivation derivation, SecureRandom random) {
        byte[] salt = new byte[KeyDerivation.SALT_BYTES];
        random.nextBytes(salt);
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        KeyDerivation.Keys keys = derivation.derive(password, salt);
        byte[] wrapped = crypt(Cipher.ENCRYPT_MODE, keys.wrapping(), iv, binding(accountId, login), key.bytes());
        return new Credential(accountId, normalize(login), KeyDerivation.ALGORITHM, derivation.iterations(), salt,
                keys.verifier(), iv, wrapped, 0, null);
    }

    /** The database key, when {@code password} is this account's; empty otherwise. */
    public Optional<DatabaseKey> unlock(char[] password) {
        if (!KeyDerivation.ALGORITHM.equals(algorithm)) {
            throw new IllegalStateException("Unknown password algorithm " + algorithm);
        }
        KeyDerivation.Keys keys = new KeyDerivation(iterations).derive(password, salt);
        if (!MessageDigest.isEqual(keys.verifier(), verifier)) {
            return Optional.empty();
        }
        return Optional.of(DatabaseKey.of(crypt(Cipher.DECRYPT_MODE, keys.wrapping(), iv,
                binding(accountId, login), wrappedKey)));
    }

    public boolean weakerThan(KeyDerivation policy) {
        return !KeyDerivation.ALGORITHM.equals(algorithm) || iterations < policy.iterations();
    }

    public Credential failedAt(Instant when) {
        return new Credential(accountId, login, algorithm, iterations, salt, verifier, iv, wrappedKey, failures + 1,
                when);
    }

    public Credential withoutFailures() {
        return new Credential(accountId, login, algorithm, iterations, salt, verifier, iv, wrappedKey, 0, null);
    }

    /** Logins are compared without regard to case or surrounding spaces. */
    public static String normalize(String login) {
        return login.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static byte[] binding(long accountId, String login) {
        return ("suhbat-account:" + accountId + ":" + normalize(login)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] crypt(int mode, byte[] keyBytes, byte[] iv, byte[] associated, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(keyBytes, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associated);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The keyring entry is damaged", e);
        }
    }
}
