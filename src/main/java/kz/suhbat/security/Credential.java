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
 * password must reproduce, and a key wrapped (AES-256-GCM) with a key from the same password.
 *
 * <p>In version 2 the wrapped key is the private half of the account's own {@link AccountKeyPair}; the
 * database key is sealed to its public half ({@link Seals#database()}), so a new database key can be
 * sealed to every account without their passwords. An administrator's entry also holds the sealed key
 * that opens the office's signing key. In version 1 (before key pairs) the wrapped key is the database
 * key itself; such an entry becomes version 2 at its next sign-in. An entry with a key pair but no
 * sealed database key (its account was not upgraded when the key was renewed) still checks its
 * password but opens nothing: its password must be reset.
 *
 * <p>The account's id and login are bound into every wrapping and seal, so an entry moved to another
 * login does not open. {@code failures} and {@code lastFailure} drive the sign-in slow-down.
 */
public record Credential(long accountId, String login, int version, String algorithm, int iterations,
                         byte[] salt, byte[] verifier, byte[] iv, byte[] wrappedKey, byte[] publicKey, Seals seals,
                         int failures, Instant lastFailure) {

    public static final int LEGACY = 1;
    public static final int KEY_PAIR = 2;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** What is sealed to the account's public key; each may be absent (null). */
    public record Seals(byte[] database, byte[] pending, byte[] signing) {
        public static final Seals NONE = new Seals(null, null, null);
    }

    /** A new entry with its own key pair, the database key sealed to it. */
    public static Credential create(long accountId, String login, char[] password, DatabaseKey key,
                                    KeyDerivation derivation, SecureRandom random) {
        return withPair(accountId, login, password, AccountKeyPair.generate(), Seals.NONE, derivation, random)
                .sealedWith(key);
    }

    /** An entry as version 1 made it: the database key wrapped by the password (for the upgrade's tests). */
    static Credential legacy(long accountId, String login, char[] password, DatabaseKey key,
                             KeyDerivation derivation, SecureRandom random) {
        Wrapping wrapping = Wrapping.of(accountId, login, password, key.bytes(), derivation, random);
        return new Credential(accountId, normalize(login), LEGACY, KeyDerivation.ALGORITHM, derivation.iterations(),
                wrapping.salt, wrapping.verifier, wrapping.iv, wrapping.wrapped, null, Seals.NONE, 0, null);
    }

    private static Credential withPair(long accountId, String login, char[] password, AccountKeyPair pair,
                                       Seals seals, KeyDerivation derivation, SecureRandom random) {
        Wrapping wrapping = Wrapping.of(accountId, login, password, pair.privateKeyset(), derivation, random);
        return new Credential(accountId, normalize(login), KEY_PAIR, KeyDerivation.ALGORITHM, derivation.iterations(),
                wrapping.salt, wrapping.verifier, wrapping.iv, wrapping.wrapped, pair.publicKeyset(), seals, 0, null);
    }

    /** What the right password opens; empty when {@code password} is not this account's. */
    public Optional<Opened> open(char[] password) {
        if (!KeyDerivation.ALGORITHM.equals(algorithm)) {
            throw new IllegalStateException("Unknown password algorithm " + algorithm);
        }
        KeyDerivation.Keys keys = new KeyDerivation(iterations).derive(password, salt);
        if (!MessageDigest.isEqual(keys.verifier(), verifier)) {
            return Optional.empty();
        }
        byte[] unwrapped = wrappedKey.length == 0 ? null : crypt(Cipher.DECRYPT_MODE, keys.wrapping(), iv,
                binding(accountId, login, "wrap"), wrappedKey);
        if (version == LEGACY) {
            return Optional.of(new Opened(this, DatabaseKey.of(unwrapped), null));
        }
        return Optional.of(new Opened(this, null, unwrapped == null ? null : AccountKeyPair.ofPrivate(unwrapped)));
    }

    /** What an entry's right password has opened. */
    public static final class Opened {

        private final Credential credential;
        private final DatabaseKey legacyKey;
        private final AccountKeyPair pair;

        private Opened(Credential credential, DatabaseKey legacyKey, AccountKeyPair pair) {
            this.credential = credential;
            this.legacyKey = legacyKey;
            this.pair = pair;
        }

        public Credential credential() {
            return credential;
        }

        /** The database key; empty when this entry must have its password reset first. */
        public Optional<DatabaseKey> databaseKey() {
            if (legacyKey != null) {
                return Optional.of(legacyKey);
            }
            return opened(credential.seals.database, "database").map(DatabaseKey::of);
        }

        /** The key the database is being changed to, while a renewal is under way. */
        public Optional<DatabaseKey> pendingKey() {
            return opened(credential.seals.pending, "database").map(DatabaseKey::of);
        }

        /** The key that opens the office's signing key, for an administrator it was sealed to. */
        public Optional<byte[]> signingSecret() {
            return opened(credential.seals.signing, "signing");
        }

        /** The same entry with its password (re)derived by {@code policy}, its keys unchanged or upgraded. */
        public Credential rewrapped(char[] password, KeyDerivation policy, SecureRandom random) {
            if (pair == null) {
                return legacyKey == null ? credential
                        : create(credential.accountId, credential.login, password, legacyKey, policy, random);
            }
            return withPair(credential.accountId, credential.login, password, pair, credential.seals, policy, random);
        }

        private Optional<byte[]> opened(byte[] sealed, String purpose) {
            if (pair == null || sealed == null) {
                return Optional.empty();
            }
            return Optional.of(pair.open(sealed, binding(credential.accountId, credential.login, purpose)));
        }
    }

    public boolean hasKeyPair() {
        return version == KEY_PAIR && publicKey != null && publicKey.length > 0;
    }

    /** Whether the password alone no longer opens anything here: it must be reset. */
    public boolean needsReset() {
        return version == KEY_PAIR && seals.database == null && seals.pending == null;
    }

    public boolean weakerThan(KeyDerivation policy) {
        return version < KEY_PAIR || !KeyDerivation.ALGORITHM.equals(algorithm) || iterations < policy.iterations();
    }

    /** This entry with the database key sealed to its public key. */
    public Credential sealedWith(DatabaseKey key) {
        return withSeals(new Seals(seal(key.bytes(), "database"), seals.pending, seals.signing));
    }

    /** This entry with the key the database is about to be changed to, beside the current one. */
    public Credential withPending(DatabaseKey key) {
        return withSeals(new Seals(seals.database, seal(key.bytes(), "database"), seals.signing));
    }

    /** The pending key becomes the current one (the database was changed to it). */
    public Credential pendingPromoted() {
        return seals.pending == null ? this : withSeals(new Seals(seals.pending, null, seals.signing));
    }

    /** The pending key dropped (the database stayed with the current one). */
    public Credential pendingDropped() {
        return seals.pending == null ? this : withSeals(new Seals(seals.database, null, seals.signing));
    }

    /** This entry with the key that opens the office's signing key sealed to it (an administrator's). */
    public Credential withSigning(byte[] secret) {
        return withSeals(new Seals(seals.database, seals.pending, seal(secret, "signing")));
    }

    public Credential withoutSigning() {
        return seals.signing == null ? this : withSeals(new Seals(seals.database, seals.pending, null));
    }

    /**
     * What is left of an entry that cannot receive a new database key (a version-1 entry, with no public
     * key): its password is still recognised, so its owner is told to ask for a reset, but it opens nothing.
     */
    public Credential keysWithdrawn() {
        return new Credential(accountId, login, KEY_PAIR, algorithm, iterations, salt, verifier, iv, new byte[0],
                null, Seals.NONE, failures, lastFailure);
    }

    public Credential failedAt(Instant when) {
        return new Credential(accountId, login, version, algorithm, iterations, salt, verifier, iv, wrappedKey,
                publicKey, seals, failures + 1, when);
    }

    public Credential withoutFailures() {
        return new Credential(accountId, login, version, algorithm, iterations, salt, verifier, iv, wrappedKey,
                publicKey, seals, 0, null);
    }

    /** Logins are compared without regard to case or surrounding spaces. */
    public static String normalize(String login) {
        return login.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private Credential withSeals(Seals changed) {
        if (!hasKeyPair()) {
            throw new IllegalStateException("A version-1 entry has no key to seal to");
        }
        return new Credential(accountId, login, version, algorithm, iterations, salt, verifier, iv, wrappedKey,
                publicKey, changed, failures, lastFailure);
    }

    private byte[] seal(byte[] secret, String purpose) {
        if (!hasKeyPair()) {
            throw new IllegalStateException("A version-1 entry has no key to seal to");
        }
        return AccountKeyPair.seal(publicKey, secret, binding(accountId, login, purpose));
    }

    private static byte[] binding(long accountId, String login, String purpose) {
        String prefix = "wrap".equals(purpose) ? "suhbat-account:" : "suhbat-account-" + purpose + ":";
        return (prefix + accountId + ":" + normalize(login)).getBytes(StandardCharsets.UTF_8);
    }

    /** A secret wrapped with the key a password derives, and what it takes to check the password. */
    private record Wrapping(byte[] salt, byte[] verifier, byte[] iv, byte[] wrapped) {

        static Wrapping of(long accountId, String login, char[] password, byte[] secret, KeyDerivation derivation,
                           SecureRandom random) {
            byte[] salt = new byte[KeyDerivation.SALT_BYTES];
            random.nextBytes(salt);
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            KeyDerivation.Keys keys = derivation.derive(password, salt);
            return new Wrapping(salt, keys.verifier(), iv,
                    crypt(Cipher.ENCRYPT_MODE, keys.wrapping(), iv, binding(accountId, login, "wrap"), secret));
        }
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
