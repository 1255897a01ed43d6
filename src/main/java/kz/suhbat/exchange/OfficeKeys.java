package kz.suhbat.exchange;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.suhbat.audit.AuditAction;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.common.Transactor;
import kz.suhbat.security.Access;
import kz.suhbat.security.Account;
import kz.suhbat.security.AccountRepository;
import kz.suhbat.security.Authenticator;
import kz.suhbat.security.Credential;
import kz.suhbat.security.Keyring;
import kz.suhbat.security.OfficeRepository;
import kz.suhbat.security.Operation;
import kz.suhbat.security.Role;

/**
 * This office's signing key pair: made once, when the office is set up (or at the first start of a
 * version that signs, for an office set up before), and kept in the encrypted database. Its private
 * half is locked with a key sealed to the administrators alone ({@link SigningKeyVault}), so only an
 * administrator's password unlocks it: the secretary's export asks for one. An office whose private
 * half is still in plain (made before) has it locked at an administrator's next sign-in. Only the
 * public half is ever shown or saved to a file.
 */
public final class OfficeKeys {

    private final Access access;
    private final ExportRepository repository;
    private final OfficeRepository offices;
    private final AccountRepository accounts;
    private final Keyring keyring;
    private final Authenticator authenticator;
    private final AuditTrail audit;
    private final Transactor transactor;
    private final Clock clock;
    private final SecureRandom random;

    public OfficeKeys(Access access, ExportRepository repository, OfficeRepository offices, AccountRepository accounts,
                      Keyring keyring, Authenticator authenticator, AuditTrail audit, Transactor transactor,
                      Clock clock, SecureRandom random) {
        this.access = access;
        this.repository = repository;
        this.offices = offices;
        this.accounts = accounts;
        this.keyring = keyring;
        this.authenticator = authenticator;
        this.audit = audit;
        this.transactor = transactor;
        this.clock = clock;
        this.random = random;
    }

    /** Makes the key pair if the office exists and has none; {@code actor} is null for the system. */
    public void ensure(Account actor) {
        if (offices.load().isEmpty() || repository.signingKey().isPresent()) {
            return;
        }
        transactor.run(() -> {
            if (repository.signingKey().isEmpty()) {
                SigningKey key = SigningKey.generate(random, clock.instant());
                repository.saveSigningKey(key);
                audit.record(actor, AuditAction.SIGNING_KEY_CREATE, "office", offices.load().orElseThrow().code(),
                        null, Map.of("fingerprint", key.fingerprint()));
            }
        });
    }

    /**
     * An administrator has just proved their password ({@code opened}): a plain private key is locked
     * now, and the vault key is sealed to every active administrator who lacks it (and taken from any
     * other account). Returns the vault key, when this administrator holds it. Called at sign-in.
     */
    public Optional<byte[]> administratorPresent(Account administrator, Credential.Opened opened) {
        if (administrator.role() != Role.ADMINISTRATOR || !administrator.active()
                || repository.signingKey().isEmpty()) {
            return Optional.empty();
        }
        Optional<byte[]> secret = opened.signingSecret();
        if (secret.isEmpty() && keyring.credentials().stream().noneMatch(c -> c.seals().signing() != null)
                && opened.credential().hasKeyPair()) {
            secret = Optional.of(SigningKeyVault.newSecret());
        }
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        byte[] vault = secret.get();
        share(vault);
        StoredSigningKey stored = repository.signingKey().orElseThrow();
        if (!stored.locked()) {
            transactor.run(() -> {
                repository.lockSigningKey(SigningKeyVault.lock(vault, stored.plainPrivateKey(), stored.fingerprint()));
                audit.record(administrator, AuditAction.SIGNING_KEY_PROTECT, "office",
                        offices.load().orElseThrow().code(), null, Map.of("fingerprint", stored.fingerprint()));
            });
        }
        return secret;
    }

    /**
     * The signing key, unlocked by an administrator's {@code login} and {@code password} for the signed-in
     * account's export. Wrong passwords count towards the administrator's sign-in slow-down.
     */
    public SigningKey unlock(String login, char[] password) {
        Account exporter = access.require(Operation.PACKAGE_EXPORT);
        Authenticator.Verdict verdict = authenticator.verify(login == null ? "" : login, password);
        if (verdict instanceof Authenticator.Verdict.Wait wait) {
            throw new SigningKeyRefusal(SigningKeyRefusal.Reason.WAIT, Math.max(1, wait.remaining().toSeconds()));
        }
        if (!(verdict instanceof Authenticator.Verdict.Unlocked unlocked)) {
            throw new SigningKeyRefusal(SigningKeyRefusal.Reason.WRONG_PASSWORD);
        }
        Account administrator = accounts.find(unlocked.accountId())
                .filter(a -> a.active() && a.role() == Role.ADMINISTRATOR)
                .orElseThrow(() -> new SigningKeyRefusal(SigningKeyRefusal.Reason.NOT_ADMINISTRATOR, login));
        byte[] vault = administratorPresent(administrator, unlocked.opened())
                .orElseThrow(() -> new SigningKeyRefusal(SigningKeyRefusal.Reason.NOT_SHARED, login));
        StoredSigningKey stored = repository.signingKey().orElseThrow();
        byte[] privateKey = SigningKeyVault.unlock(vault, stored.lockedPrivateKey(), stored.fingerprint());
        transactor.run(() -> audit.record(exporter, AuditAction.SIGNING_KEY_UNLOCK, "office",
                offices.load().orElseThrow().code(), null, Map.of("administrator", administrator.login())));
        return new SigningKey(stored.publicKey(), privateKey, stored.fingerprint(), stored.createdAt());
    }

    /** The public half of the office's key, for the file the central office registers. */
    SigningKey publicHalf() {
        return repository.signingKey().map(StoredSigningKey::publicHalf)
                .orElseThrow(() -> new IllegalStateException("The office has no signing key"));
    }

    private void share(byte[] vault) {
        Set<Long> administrators = accounts.list().stream().filter(a -> a.active() && a.role() == Role.ADMINISTRATOR)
                .map(Account::id).collect(Collectors.toSet());
        boolean changes = keyring.credentials().stream().anyMatch(c -> administrators.contains(c.accountId())
                ? c.hasKeyPair() && c.seals().signing() == null : c.seals().signing() != null);
        if (changes) {
            keyring.replaceAll(c -> administrators.contains(c.accountId())
                    ? c.hasKeyPair() && c.seals().signing() == null ? c.withSigning(vault) : c
                    : c.withoutSigning());
        }
    }
}
