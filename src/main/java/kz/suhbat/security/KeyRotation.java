package kz.suhbat.security;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import kz.suhbat.audit.AuditAction;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.common.Progress;
import kz.suhbat.common.Transactor;
import kz.suhbat.common.db.Database;
import kz.suhbat.common.db.DatabaseKey;
import org.slf4j.LoggerFactory;

/**
 * Renews the database key when someone may know the current one who should not: an account was
 * deactivated, or a password reset. A new random key is sealed to every remaining account's public key
 * and the database file is re-encrypted with it, so an old password opens neither the live data nor
 * any backup made afterwards (older backups keep the key they were made with; the replaced key is kept
 * inside the database, so this office can still restore them).
 *
 * <p>The order makes it crash-safe: first the keyring holds the new key beside the current one for
 * every account ({@code pending}); then the file is re-encrypted in a scratch copy and moved over the
 * original in one step; only then does the new key become the current one. Killed at any moment, the
 * data folder opens: with the current key before the move, with the pending one after it (the next
 * sign-in finishes the renewal). An account still on a version-1 entry (no key pair: it has not signed
 * in since keys were introduced) cannot receive the new key: its entry keeps only its password check,
 * and at sign-in its owner is told to ask an administrator for a password reset.
 */
public final class KeyRotation {

    /** Why the key was renewed, as recorded in the audit trail. */
    public enum Cause { DEACTIVATION, PASSWORD_RESET }

    private final Database database;
    private final EarlierKeys earlierKeys;
    private final java.time.Clock clock;
    private final Keyring keyring;
    private final SecureRandom random;
    private final AuditTrail audit;
    private final Transactor transactor;

    public KeyRotation(Database database, EarlierKeys earlierKeys, java.time.Clock clock, Keyring keyring,
                       SecureRandom random, AuditTrail audit, Transactor transactor) {
        this.database = database;
        this.earlierKeys = earlierKeys;
        this.clock = clock;
        this.keyring = keyring;
        this.random = random;
        this.audit = audit;
        this.transactor = transactor;
    }

    /** The key the database is encrypted with now. */
    public DatabaseKey currentKey() {
        return database.key();
    }

    /**
     * Renews the key for {@code cause}, concerning {@code accountId}; runs on the worker (it closes and
     * re-encrypts the database file). Throws {@link AccountException} ({@code KEY_NOT_RENEWED}) when the
     * key could not be renewed; the data is then as it was, under its old key.
     */
    void renew(Account admin, Cause cause, long accountId, Progress progress) {
        DatabaseKey next = DatabaseKey.random(random);
        // Kept under the new key, so that a backup made before today can still be restored here.
        transactor.run(() -> earlierKeys.add(database.key(), clock.instant()));
        List<Credential> before = keyring.credentials();
        progress.report(0, Database.REKEY_STEPS + 1);
        try {
            keyring.replaceAll(c -> c.hasKeyPair() ? pending(c, next) : c.keysWithdrawn());
            database.rekey(next, () -> keyring.replaceAll(Credential::pendingPromoted),
                    (done, total) -> progress.report(done + 1, total + 1));
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(KeyRotation.class).error("The database key could not be renewed", e);
            if (!database.key().equals(next)) {
                restore(before);
                throw new AccountException(AccountException.Reason.KEY_NOT_RENEWED);
            }
            // The file is under the new key already; only the keyring's last step failed: once more.
            settle(keyring, true);
        }
        long withdrawn = before.stream().filter(c -> !c.hasKeyPair()).count();
        transactor.run(() -> audit.record(admin, AuditAction.DATABASE_KEY_RENEW, "account", accountId, null,
                Map.of("cause", cause.name(), "accounts", before.size(), "withoutKeyPair", withdrawn)));
    }

    private static Credential pending(Credential credential, DatabaseKey next) {
        return credential.needsReset() ? credential : credential.withPending(next);
    }

    private void restore(List<Credential> before) {
        try {
            Map<Long, Credential> byId = new java.util.HashMap<>();
            before.forEach(c -> byId.put(c.accountId(), c));
            keyring.replaceAll(c -> byId.getOrDefault(c.accountId(), c));
        } catch (RuntimeException e) {
            // The keyring keeps the pending key beside the current one; the next sign-in drops it.
            LoggerFactory.getLogger(KeyRotation.class).warn("The keyring could not be put back", e);
        }
    }

    /**
     * Finishes a renewal that a crash interrupted, at the next sign-in: {@code opened} is the key the
     * database file actually opened with. A pending key that opened it becomes the current one; one
     * that did not is dropped.
     */
    public static void settle(Keyring keyring, boolean pendingOpened) {
        if (keyring.credentials().stream().anyMatch(c -> c.seals().pending() != null)) {
            keyring.replaceAll(pendingOpened ? Credential::pendingPromoted : Credential::pendingDropped);
        }
    }
}
