package kz.suhbat.testsupport;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import kz.suhbat.app.Entrance;
import kz.suhbat.app.Services;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.security.Account;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.security.Office;
import kz.suhbat.security.OfficeSetup;
import kz.suhbat.security.Region;
import kz.suhbat.security.Role;

/**
 * A data folder with an office set up the way the first-start form does it: administrator
 * {@value #ADMIN} with password {@value #PASSWORD}, signed in. Further accounts can be added with the
 * same password.
 */
public final class TestOffice implements AutoCloseable {

    public static final String ADMIN = "admin";
    public static final String PASSWORD = "correct horse battery";

    private final DataFolder folder;
    private final Entrance entrance;
    private final Services services;
    private final Account admin;

    private TestOffice(DataFolder folder, Entrance entrance, Services services) {
        this.folder = folder;
        this.entrance = entrance;
        this.services = services;
        this.admin = services.access().current().orElseThrow();
    }

    public static TestOffice create(Path path) {
        return create(path, KeyDerivation.OWASP);
    }

    /** An office whose passwords are derived with {@code derivation} (fewer iterations make tests quicker). */
    public static TestOffice create(Path path, KeyDerivation derivation) {
        return create(path, derivation, Office.withDefaults("Test office", "TST-01", Region.ASTANA));
    }

    /** An office other than the usual test office: a second regional office, or the central office. */
    public static TestOffice create(Path path, KeyDerivation derivation, Office office) {
        return create(path, derivation, office, Clock.systemUTC());
    }

    /** The usual test office on a clock the test sets. */
    public static TestOffice create(Path path, KeyDerivation derivation, Clock clock) {
        return create(path, derivation, Office.withDefaults("Test office", "TST-01", Region.ASTANA), clock);
    }

    public static TestOffice create(Path path, KeyDerivation derivation, Office office, Clock clock) {
        TestServer.prepare(path);
        DataFolder folder = new DataFolder(path, DataFolder.Kind.EXPLICIT);
        Entrance entrance = new Entrance(folder, derivation, clock, new SecureRandom());
        Services services = entrance.setUp(office,
                new OfficeSetup.FirstAdministrator(ADMIN, "Әсем Администратор", PASSWORD.toCharArray(),
                        PASSWORD.toCharArray()));
        return new TestOffice(folder, entrance, services);
    }

    /** The office already set up in {@code folder}, opened again with the administrator signed in. */
    public static TestOffice signIn(DataFolder folder, KeyDerivation derivation) {
        Entrance entrance = new Entrance(folder, derivation, Clock.systemUTC(), new SecureRandom());
        Entrance.Outcome outcome = entrance.signIn(ADMIN, PASSWORD.toCharArray());
        if (!(outcome instanceof Entrance.Outcome.SignedIn signedIn)) {
            entrance.close();
            throw new IllegalStateException("The administrator cannot sign in: " + outcome);
        }
        return new TestOffice(folder, entrance, signedIn.services());
    }

    /**
     * Runs {@code statement} on the closed office's database file directly, the way someone with the
     * database key and a SQL console could, unlocking the key with the administrator's password.
     */
    public static void sql(DataFolder folder, KeyDerivation derivation, String statement, Object... args) {
        try (kz.suhbat.common.db.Database database = openDatabase(folder, derivation)) {
            database.jdbi().useHandle(h -> h.execute(statement, args));
        }
    }

    /**
     * The closed office's database, opened directly: the laptop's file with its key (unwrapped with the
     * administrator's password), or the server's database the folder names.
     */
    public static kz.suhbat.common.db.Database openDatabase(DataFolder folder, KeyDerivation derivation) {
        var server = kz.suhbat.common.db.ServerSetting.in(folder.path());
        return server.isPresent() ? kz.suhbat.common.db.PostgresDatabase.connect(server.get())
                : kz.suhbat.common.db.H2Database.open(folder.database(), databaseKey(folder, derivation));
    }

    /** The database key of the office in {@code folder}, unwrapped with the administrator's password. */
    public static kz.suhbat.common.db.DatabaseKey databaseKey(DataFolder folder, KeyDerivation derivation) {
        var server = kz.suhbat.common.db.ServerSetting.in(folder.path());
        if (server.isPresent()) {
            try (var database = kz.suhbat.common.db.PostgresDatabase.connect(server.get())) {
                return unwrap(kz.suhbat.security.Keyring.in(new kz.suhbat.security.db.JdbiKeyringStore(
                        database.jdbi())), derivation);
            }
        }
        return unwrap(kz.suhbat.security.Keyring.open(folder.path()), derivation);
    }

    /** Changes the closed office's keyring directly, as someone with access to its file or server could. */
    public static void changeKeyring(DataFolder folder, java.util.function.Consumer<kz.suhbat.security.Keyring> change) {
        var server = kz.suhbat.common.db.ServerSetting.in(folder.path());
        if (server.isEmpty()) {
            change.accept(kz.suhbat.security.Keyring.open(folder.path()));
            return;
        }
        try (var database = kz.suhbat.common.db.PostgresDatabase.connect(server.get())) {
            change.accept(kz.suhbat.security.Keyring.in(new kz.suhbat.security.db.JdbiKeyringStore(database.jdbi())));
        }
    }

    /** The closed office's keyring as it is now: its file, or the document in the server's database. */
    public static kz.suhbat.security.Keyring keyringOf(DataFolder folder) {
        var server = kz.suhbat.common.db.ServerSetting.in(folder.path());
        if (server.isEmpty()) {
            return kz.suhbat.security.Keyring.open(folder.path());
        }
        byte[] document;
        try (var database = kz.suhbat.common.db.PostgresDatabase.connect(server.get())) {
            document = new kz.suhbat.security.db.JdbiKeyringStore(database.jdbi()).read();
        }
        return kz.suhbat.security.Keyring.in(new kz.suhbat.security.KeyringStore() {
            @Override
            public byte[] read() {
                return document;
            }

            @Override
            public void update(java.util.function.UnaryOperator<byte[]> change) {
                throw new IllegalStateException("a copy of the keyring, to read");
            }
        });
    }

    private static kz.suhbat.common.db.DatabaseKey unwrap(kz.suhbat.security.Keyring keyring,
                                                          KeyDerivation derivation) {
        var verdict = new kz.suhbat.security.Authenticator(keyring, derivation, Clock.systemUTC(), new SecureRandom())
                .verify(ADMIN, PASSWORD.toCharArray());
        return ((kz.suhbat.security.Authenticator.Verdict.Unlocked) verdict).key();
    }

    /**
     * The office's signing key, unlocked by the administrator's password for the signed-in account's
     * export (as the export dialog asks for it).
     */
    public kz.suhbat.exchange.SigningKey signingKey() {
        return services.officeKeys().unlock(ADMIN, PASSWORD.toCharArray());
    }

    /** Adds an account with {@link #PASSWORD} that need not change it. */
    public Account addAccount(String login, String name, Role role) {
        return services.setup().addAccount(admin, login, name, role, PASSWORD.toCharArray());
    }

    /** Acts as {@code account} from now on (the check every service makes follows). */
    public void actAs(Account account) {
        services.access().signIn(account);
    }

    public void actAsAdmin() {
        services.access().signIn(admin);
    }

    public Account admin() {
        return admin;
    }

    public Services services() {
        return services;
    }

    public DataFolder folder() {
        return folder;
    }

    public Entrance entrance() {
        return entrance;
    }

    /** Closes the database (the files stay). */
    @Override
    public void close() {
        entrance.close();
    }
}
