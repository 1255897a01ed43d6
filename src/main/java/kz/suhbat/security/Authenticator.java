package kz.suhbat.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import kz.suhbat.common.db.DatabaseKey;

/**
 * Checks a login and password against the keyring, before anything else can happen: the database
 * cannot be opened without the key the password unwraps. Wrong passwords are counted and slow later
 * attempts; a right one clears the count and, when the stored hash is weaker than today's policy,
 * redoes it with the policy's parameters.
 */
public final class Authenticator {

    /** What an attempt to sign in came to. */
    public sealed interface Verdict {
        /** The password is right: {@code opened} gives the database key (and, to some, more). */
        record Unlocked(long accountId, Credential.Opened opened) implements Verdict {
            public DatabaseKey key() {
                return opened.databaseKey().orElseThrow();
            }
        }
        /** The password is right, but the database key was renewed without this account: ask for a reset. */
        record NeedsReset(long accountId) implements Verdict { }
        record Refused() implements Verdict { }
        record Wait(Duration remaining) implements Verdict { }
    }

    private final Keyring keyring;
    private final KeyDerivation policy;
    private final Clock clock;
    private final SecureRandom random;
    /** For logins that do not exist: derived anyway, so that timing does not tell which logins do. */
    private Credential decoy;

    public Authenticator(Keyring keyring, KeyDerivation policy, Clock clock, SecureRandom random) {
        this.keyring = keyring;
        this.policy = policy;
        this.clock = clock;
        this.random = random;
    }

    public synchronized Verdict verify(String login, char[] password) {
        Optional<Credential> found = keyring.find(login);
        if (found.isEmpty()) {
            if (decoy == null) {
                decoy = Credential.create(0, "-", new char[] {'-'}, DatabaseKey.random(random), policy, random);
            }
            decoy.open(password);
            return new Verdict.Refused();
        }
        Credential credential = found.get();
        Duration wait = SignInThrottle.remaining(credential.failures(), credential.lastFailure(), clock.instant());
        if (!wait.isZero()) {
            return new Verdict.Wait(wait);
        }
        Optional<Credential.Opened> opened = credential.open(password);
        if (opened.isEmpty()) {
            Credential failed = credential.failedAt(clock.instant());
            keyring.put(failed);
            Duration next = SignInThrottle.delayAfter(failed.failures());
            return next.isZero() ? new Verdict.Refused() : new Verdict.Wait(next);
        }
        Credential.Opened open = opened.get();
        if (open.databaseKey().isEmpty() && open.pendingKey().isEmpty()) {
            if (credential.failures() > 0) {
                keyring.put(credential.withoutFailures());
            }
            return new Verdict.NeedsReset(credential.accountId());
        }
        if (credential.weakerThan(policy)) {
            // A version-1 entry gets its key pair here; a weaker hash is redone with today's policy.
            Credential upgraded = open.rewrapped(password, policy, random);
            keyring.put(upgraded);
            open = upgraded.open(password).orElseThrow();
        } else if (credential.failures() > 0) {
            keyring.put(credential.withoutFailures());
        }
        return new Verdict.Unlocked(credential.accountId(), open);
    }

    /** Whether {@code password} is the account's current one (to change it, the old one is asked). */
    public boolean matches(String login, char[] password) {
        return keyring.find(login).flatMap(c -> c.open(password)).isPresent();
    }
}
