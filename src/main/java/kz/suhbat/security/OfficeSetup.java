package kz.suhbat.security;

import kz.suhbat.audit.AuditAction;
import java.security.SecureRandom;
import java.util.Arrays;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.common.Transactor;
import kz.suhbat.common.db.DatabaseKey;

/**
 * The first start of an installation: the office and its first administrator, in a database just
 * created with a new random key. Runs before anyone is signed in, and only while the office does not
 * exist yet.
 */
public final class OfficeSetup {

    private final OfficeRepository offices;
    private final AccountRepository accounts;
    private final Keyring keyring;
    private final KeyDerivation derivation;
    private final java.util.function.Supplier<DatabaseKey> databaseKey;
    private final SecureRandom random;
    private final AuditTrail audit;
    private final Transactor transactor;

    public OfficeSetup(OfficeRepository offices, AccountRepository accounts, Keyring keyring,
                       KeyDerivation derivation, java.util.function.Supplier<DatabaseKey> databaseKey,
                       SecureRandom random, AuditTrail audit, Transactor transactor) {
        this.offices = offices;
        this.accounts = accounts;
        this.keyring = keyring;
        this.derivation = derivation;
        this.databaseKey = databaseKey;
        this.random = random;
        this.audit = audit;
        this.transactor = transactor;
    }

    /** What the first-start form collects. */
    public record FirstAdministrator(String login, String displayName, char[] password, char[] repeated) {
    }

    /** Checks what the form holds without storing anything; throws the first problem. */
    public static void check(FirstAdministrator admin) {
        String login = AccountService.validLogin(admin.login());
        AccountService.validName(admin.displayName());
        if (!Arrays.equals(admin.password(), admin.repeated())) {
            throw new AccountException(AccountException.Reason.PASSWORDS_DIFFER);
        }
        PasswordRules.check(login, admin.password()).ifPresent(reason -> {
            throw new AccountException(reason);
        });
    }

    /** Stores the office and its administrator; returns the administrator's account. */
    public Account establish(Office office, FirstAdministrator admin) {
        check(admin);
        if (offices.load().isPresent()) {
            throw new IllegalStateException("The office is already set up");
        }
        return transactor.inTransaction(() -> {
            offices.save(office);
            String login = AccountService.validLogin(admin.login());
            Account draft = new Account(0, login, AccountService.validName(admin.displayName()),
                    Role.ADMINISTRATOR, true, false);
            long id = accounts.insert(draft);
            Account created = new Account(id, draft.login(), draft.displayName(), draft.role(), true, false);
            audit.record(created, AuditAction.OFFICE_SET_UP, "office", office.code(), null, office);
            audit.record(created, AuditAction.ACCOUNT_CREATE, "account", id, null, created);
            keyring.put(Credential.create(id, login, admin.password(), databaseKey.get(), derivation, random));
            return created;
        });
    }

    /** Adds a further account during set-up (the demo office's accounts, one per role). */
    public Account addAccount(Account creator, String login, String displayName, Role role, char[] password) {
        return transactor.inTransaction(() -> {
            Account draft = new Account(0, AccountService.validLogin(login), AccountService.validName(displayName),
                    role, true, false);
            long id = accounts.insert(draft);
            Account created = new Account(id, draft.login(), draft.displayName(), role, true, false);
            audit.record(creator, AuditAction.ACCOUNT_CREATE, "account", id, null, created);
            keyring.put(Credential.create(id, created.login(), password, databaseKey.get(), derivation, random));
            return created;
        });
    }
}
