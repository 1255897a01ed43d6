package kz.suhbat.security;

import kz.suhbat.audit.AuditAction;
import java.security.SecureRandom;
import java.util.List;
import java.util.regex.Pattern;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.common.Progress;
import kz.suhbat.common.Transactor;

/**
 * Accounts and their passwords. The administrator creates accounts with a temporary password (to be
 * changed at first sign-in), changes roles, resets forgotten passwords and deactivates accounts (whose
 * credential is then removed from the keyring). Deactivating and resetting both renew the database key
 * ({@link KeyRotation}), so the old password opens nothing made from then on. Everyone changes their
 * own password. The last active administrator cannot be demoted or deactivated.
 */
public final class AccountService {

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private final Access access;
    private final AccountRepository accounts;
    private final Keyring keyring;
    private final KeyDerivation derivation;
    private final KeyRotation rotation;
    private final SecureRandom random;
    private final AuditTrail audit;
    private final Transactor transactor;

    public AccountService(Access access, AccountRepository accounts, Keyring keyring, KeyDerivation derivation,
                          KeyRotation rotation, SecureRandom random, AuditTrail audit, Transactor transactor) {
        this.access = access;
        this.accounts = accounts;
        this.keyring = keyring;
        this.derivation = derivation;
        this.rotation = rotation;
        this.random = random;
        this.audit = audit;
        this.transactor = transactor;
    }

    public List<Account> list() {
        access.require(Operation.ACCOUNT_READ);
        return accounts.list();
    }

    /** Creates an active account that must change {@code temporaryPassword} at its first sign-in. */
    public Account create(String login, String displayName, Role role, char[] temporaryPassword) {
        return insert(access.require(Operation.ACCOUNT_MANAGE), login, displayName, role, temporaryPassword);
    }

    /**
     * A trainee account for a training course, made by the trainer (or the administrator): it reaches only
     * the training courses it is put on, and its owner chooses a password at the first sign-in.
     */
    public Account createTrainee(String login, String displayName, char[] temporaryPassword) {
        return insert(access.require(Operation.TRAINEE_ACCOUNT_CREATE), login, displayName, Role.TRAINEE,
                temporaryPassword);
    }

    private Account insert(Account creator, String login, String displayName, Role role, char[] temporaryPassword) {
        String normalized = validLogin(login);
        String name = validName(displayName);
        checkPassword(normalized, temporaryPassword);
        if (role == null) {
            throw new IllegalArgumentException("role");
        }
        return transactor.inTransaction(() -> {
            if (accounts.findByLogin(normalized).isPresent()) {
                throw new AccountException(AccountException.Reason.LOGIN_TAKEN);
            }
            Account draft = new Account(0, normalized, name, role, true, true);
            long id = accounts.insert(draft);
            Account created = new Account(id, normalized, name, role, true, true);
            audit.record(creator, AuditAction.ACCOUNT_CREATE, "account", id, null, created);
            // Last: a keyring that cannot be written rolls the account back.
            keyring.put(Credential.create(id, normalized, temporaryPassword, rotation.currentKey(), derivation,
                    random));
            return created;
        });
    }

    /** Renames an account or gives it another role. */
    public Account update(long id, String displayName, Role role) {
        Account admin = access.require(Operation.ACCOUNT_MANAGE);
        String name = validName(displayName);
        return transactor.inTransaction(() -> {
            Account before = existing(id);
            if (before.role() == Role.ADMINISTRATOR && role != Role.ADMINISTRATOR) {
                requireAnotherAdministrator(before);
            }
            Account after = before.withDisplayName(name).withRole(role);
            accounts.update(after);
            audit.record(admin, AuditAction.ACCOUNT_UPDATE, "account", id, before, after);
            access.refresh(after);
            return after;
        });
    }

    /**
     * Sets a temporary password for someone who forgot theirs (or whose old one someone else may know); it
     * must be changed at the next sign-in. The database key is then renewed: long work, with progress.
     */
    public void resetPassword(long id, char[] temporaryPassword, Progress progress) {
        Account admin = access.require(Operation.ACCOUNT_MANAGE);
        transactor.run(() -> {
            Account before = existing(id);
            checkPassword(before.login(), temporaryPassword);
            Account after = before.withMustChangePassword(true).withActive(true);
            accounts.update(after);
            audit.record(admin, AuditAction.ACCOUNT_RESET_PASSWORD, "account", id, before, after);
            keyring.put(Credential.create(id, before.login(), temporaryPassword, rotation.currentKey(), derivation,
                    random));
        });
        rotation.renew(admin, KeyRotation.Cause.PASSWORD_RESET, id, progress);
    }

    /**
     * Deactivates an account: it keeps its history but can no longer sign in, and the database key is
     * renewed without it (long work, with progress). Deactivating an inactive account renews the key
     * again, should the first renewal have failed.
     */
    public void deactivate(long id, Progress progress) {
        Account admin = access.require(Operation.ACCOUNT_MANAGE);
        if (admin.id() == id) {
            throw new AccountException(AccountException.Reason.OWN_ACCOUNT);
        }
        transactor.run(() -> {
            Account before = existing(id);
            if (before.role() == Role.ADMINISTRATOR) {
                requireAnotherAdministrator(before);
            }
            Account after = before.withActive(false);
            accounts.update(after);
            audit.record(admin, AuditAction.ACCOUNT_DEACTIVATE, "account", id, before, after);
            keyring.remove(id);
        });
        rotation.renew(admin, KeyRotation.Cause.DEACTIVATION, id, progress);
    }

    /** The signed-in account changes its own password; the current one is asked first. */
    public void changeOwnPassword(char[] currentPassword, char[] newPassword, char[] repeated) {
        Account self = access.require(Operation.OWN_PASSWORD);
        if (!java.util.Arrays.equals(newPassword, repeated)) {
            throw new AccountException(AccountException.Reason.PASSWORDS_DIFFER);
        }
        checkPassword(self.login(), newPassword);
        Credential.Opened opened = keyring.find(self.login()).flatMap(c -> c.open(currentPassword))
                .orElseThrow(() -> new AccountException(AccountException.Reason.WRONG_PASSWORD));
        transactor.run(() -> {
            Account before = existing(self.id());
            Account after = before.withMustChangePassword(false);
            accounts.update(after);
            audit.record(self, AuditAction.ACCOUNT_CHANGE_PASSWORD, "account", self.id(), before, after);
            // The same key pair, wrapped by the new password: what is sealed to it stays.
            keyring.put(opened.rewrapped(newPassword, derivation, random));
            access.refresh(after);
        });
    }

    private Account existing(long id) {
        return accounts.find(id).orElseThrow(() -> new AccountException(AccountException.Reason.NOT_FOUND));
    }

    private void requireAnotherAdministrator(Account leaving) {
        if (leaving.active() && accounts.countActive(Role.ADMINISTRATOR) <= 1) {
            throw new AccountException(AccountException.Reason.LAST_ADMINISTRATOR);
        }
    }

    static String validLogin(String login) {
        String normalized = login == null ? "" : Credential.normalize(login);
        if (!LOGIN.matcher(normalized).matches()) {
            throw new AccountException(AccountException.Reason.LOGIN_INVALID);
        }
        return normalized;
    }

    static String validName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
            throw new AccountException(AccountException.Reason.NAME_MISSING);
        }
        return displayName.strip();
    }

    private static void checkPassword(String login, char[] password) {
        PasswordRules.check(login, password).ifPresent(reason -> {
            throw new AccountException(reason);
        });
    }
}
