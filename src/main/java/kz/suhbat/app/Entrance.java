package kz.suhbat.app;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.db.Database;
import kz.suhbat.common.db.H2Database;
import kz.suhbat.common.db.PostgresDatabase;
import kz.suhbat.common.db.ServerSetting;
import kz.suhbat.common.db.DatabaseKey;
import java.util.Optional;
import kz.suhbat.common.db.DatabaseOpenException;
import kz.suhbat.security.Account;
import kz.suhbat.security.Credential;
import kz.suhbat.security.KeyRotation;
import kz.suhbat.security.Authenticator;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.security.Keyring;
import kz.suhbat.security.KeyringException;
import kz.suhbat.security.Office;
import kz.suhbat.security.OfficeSetup;
import kz.suhbat.security.db.JdbiKeyringStore;

/**
 * The way into a data folder: setting up the office on the first start, and signing in afterwards.
 * The database stays closed until a password has unwrapped its key; once open it stays open until
 * Suhbat closes (signing out only forgets who is signed in). Runs on the worker thread.
 *
 * <p>When the data folder names a server ({@link ServerSetting}), the server is connected first: its
 * database holds the keyring, so every workstation signs in with the same accounts.
 */
public final class Entrance implements AutoCloseable {

    /** What an attempt to sign in came to. */
    public sealed interface Outcome {
        record SignedIn(Services services, Account account) implements Outcome { }
        record Refused() implements Outcome { }
        record Wait(Duration remaining) implements Outcome { }
        record Inactive() implements Outcome { }
        /** The password is right, but the database key was renewed before this account got its key pair. */
        record NeedsReset() implements Outcome { }
    }

    private final DataFolder folder;
    private final KeyDerivation derivation;
    private final Clock clock;
    private final SecureRandom random;
    private Optional<ServerSetting> server;
    private PostgresDatabase serverDatabase;
    private Keyring keyring;
    private Authenticator authenticator;
    private Services services;

    public Entrance(DataFolder folder, KeyDerivation derivation, Clock clock, SecureRandom random) {
        this.folder = folder;
        this.derivation = derivation;
        this.clock = clock;
        this.random = random;
    }

    /**
     * Whether the office has been set up here (its keyring holds at least one account). An encrypted
     * database without its keyring is refused: setting up anew would not open it.
     */
    public synchronized boolean isSetUp() {
        if (!keyring().isEmpty()) {
            return true;
        }
        if (server().isPresent()) {
            return false;
        }
        if (H2Database.exists(folder.database()) && H2Database.isEncrypted(folder.database())) {
            throw new KeyringException(KeyringException.Reason.MISSING, "The keyring of " + folder.path()
                    + " is missing", null);
        }
        return false;
    }

    /**
     * Sets up the office with its first administrator, who is then signed in. A database left by an
     * earlier Suhbat, before files were encrypted, is encrypted in place with the new key (and decrypted
     * back should the set-up fail, so nothing is lost).
     */
    public synchronized Services setUp(Office office, OfficeSetup.FirstAdministrator admin) {
        OfficeSetup.check(admin);
        if (isSetUp()) {
            throw new IllegalStateException("The office is already set up");
        }
        DatabaseKey key = DatabaseKey.random(random);
        boolean encryptedEarlierData = hasEarlierData();
        if (encryptedEarlierData) {
            H2Database.encrypt(folder.database(), null, key);
        }
        Services opened = null;
        try {
            opened = Services.open(folder, database(key), keyring(), derivation, clock, random);
            Account created = opened.setup().establish(office, admin);
            opened.officeKeys().ensure(created);
            Credential.Opened own = keyring().find(created.login()).flatMap(c -> c.open(admin.password()))
                    .orElseThrow();
            opened.officeKeys().administratorPresent(created, own);
            opened.access().signIn(created);
            services = opened;
            return opened;
        } catch (RuntimeException e) {
            if (opened != null) {
                opened.close();
            }
            forgetServer();
            if (encryptedEarlierData) {
                H2Database.encrypt(folder.database(), key, null);
            }
            throw e;
        }
    }

    /** Checks the password; on success opens the database (first time only) and signs the account in. */
    public synchronized Outcome signIn(String login, char[] password) {
        Authenticator.Verdict verdict = authenticator().verify(login, password);
        if (verdict instanceof Authenticator.Verdict.Wait wait) {
            return new Outcome.Wait(wait.remaining());
        }
        if (verdict instanceof Authenticator.Verdict.NeedsReset) {
            return new Outcome.NeedsReset();
        }
        if (!(verdict instanceof Authenticator.Verdict.Unlocked unlocked)) {
            return new Outcome.Refused();
        }
        if (services == null) {
            services = open(unlocked.opened());
        } else if (!services.opensWith(unlocked.key())) {
            throw new IllegalStateException("The keyring does not belong to the open database");
        }
        Account account = services.accountRepository().find(unlocked.accountId()).orElse(null);
        if (account == null || !account.active()) {
            return new Outcome.Inactive();
        }
        services.accountRepository().recordSignIn(account.id(), clock.instant());
        services.officeKeys().administratorPresent(account, unlocked.opened());
        services.access().signIn(account);
        return new Outcome.SignedIn(services, account);
    }

    /**
     * Opens the database with the account's key. When a renewal of the key was cut short, the file may
     * already be encrypted with the pending key: it is tried then, and the renewal finished.
     */
    private Services open(Credential.Opened opened) {
        try {
            return openWith(opened);
        } catch (RuntimeException e) {
            forgetServer();
            throw e;
        }
    }

    private Services openWith(Credential.Opened opened) {
        Optional<DatabaseKey> pending = opened.pendingKey();
        try {
            Services opening = Services.open(folder, database(opened.databaseKey().orElseThrow()), keyring(),
                    derivation, clock, random);
            KeyRotation.settle(keyring(), false);
            return opening;
        } catch (DatabaseOpenException e) {
            if (e.reason() != DatabaseOpenException.Reason.WRONG_KEY || pending.isEmpty()) {
                throw e;
            }
            Services opening = Services.open(folder, database(pending.get()), keyring(), derivation, clock, random);
            KeyRotation.settle(keyring(), true);
            return opening;
        }
    }

    /** Checks the password of the account that locked the window, without changing who is signed in. */
    public synchronized Outcome unlock(Account locked, char[] password) {
        Outcome outcome = signIn(locked.login(), password);
        if (outcome instanceof Outcome.SignedIn signedIn && signedIn.account().id() != locked.id()) {
            return new Outcome.Refused();
        }
        return outcome;
    }

    public synchronized void signOut() {
        if (services != null) {
            services.rooms().stop();
            services.access().signOut();
        }
    }

    /**
     * Whether the data folder holds a database file of an earlier Suhbat that was never set up (it is
     * encrypted when the office is). A server's data is never in the folder.
     */
    public synchronized boolean hasEarlierData() {
        return server().isEmpty() && H2Database.exists(folder.database());
    }

    private Optional<ServerSetting> server() {
        if (server == null) {
            server = ServerSetting.in(folder.path());
        }
        return server;
    }

    /** The server the data folder names, as the start screen shows it: its database and hosts. */
    public synchronized String serverName() {
        return server().map(setting -> setting.database() + " (" + String.join(", ", setting.hosts()) + ")")
                .orElse("");
    }

    /**
     * Whether the data folder names a server whose password is typed at the start rather than read from a
     * file, and no one has typed it yet: nothing else can be known before.
     */
    public synchronized boolean needsServerPassword() {
        return server().isPresent() && server().get().asksForPassword() && serverDatabase == null;
    }

    /**
     * Connects to the server with the password typed; a wrong one is refused
     * ({@link DatabaseOpenException.Reason#SERVER_REFUSED}) and may be typed again.
     */
    public synchronized void connectToServer(char[] password) {
        if (serverDatabase == null) {
            serverDatabase = PostgresDatabase.connect(server().orElseThrow(), password);
        }
    }

    /** The server's database, connected on first need (its keyring is read before anyone signs in). */
    private PostgresDatabase serverDatabase() {
        if (serverDatabase == null) {
            ServerSetting setting = server().orElseThrow();
            if (setting.asksForPassword()) {
                throw new IllegalStateException("The server's password has not been typed yet");
            }
            serverDatabase = PostgresDatabase.connect(setting);
        }
        return serverDatabase;
    }

    /**
     * After a failed opening, which closes the server's connections with the services it was building: the
     * next attempt connects afresh and reads the keyring from the new connection.
     */
    private void forgetServer() {
        if (server().isPresent()) {
            if (serverDatabase != null) {
                serverDatabase.close();
            }
            serverDatabase = null;
            keyring = null;
            authenticator = null;
        }
    }

    /** The database the office's key opens: the laptop's file, or the server with the key unlocked. */
    private Database database(DatabaseKey key) {
        if (server().isEmpty()) {
            return H2Database.open(folder.database(), key);
        }
        PostgresDatabase database = serverDatabase();
        database.unlock(key);
        return database;
    }

    private Keyring keyring() {
        if (keyring == null) {
            keyring = server().isPresent() ? Keyring.in(new JdbiKeyringStore(serverDatabase().jdbi()))
                    : Keyring.open(folder.path());
        }
        return keyring;
    }

    private Authenticator authenticator() {
        if (authenticator == null) {
            authenticator = new Authenticator(keyring(), derivation, clock, random);
        }
        return authenticator;
    }

    @Override
    public synchronized void close() {
        if (services != null) {
            services.close();
            services = null;
        } else if (serverDatabase != null) {
            serverDatabase.close();
        }
        serverDatabase = null;
    }
}
