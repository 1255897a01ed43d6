package kz.suhbat.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.suhbat.common.db.PostgresDatabase;
import kz.suhbat.common.db.ServerSetting;

/**
 * The PostgreSQL server the storage tests run against when {@code -Dsuhbat.test.engine=postgresql} (the
 * second run of {@code mvn verify}): the cluster {@code .ci/run} starts with
 * {@code installer/postgresql/setup-server.sh --createdb}. Each test office gets a database of its own,
 * copied from a template the migrations built once per test JVM, and dropped when the JVM ends.
 *
 * <p>Where it is: {@code -Dsuhbat.test.pg.host} (default {@code localhost:5432}), {@code .user} and
 * {@code .password} (default {@code suhbat_test}), {@code .database} (the role's own database, default
 * {@code suhbat_test}).
 */
public final class TestServer {

    public static final String ENGINE = System.getProperty("suhbat.test.engine", "h2");
    private static final String HOST = System.getProperty("suhbat.test.pg.host", "localhost:5432");
    private static final String USER = System.getProperty("suhbat.test.pg.user", "suhbat_test");
    public static final String PASSWORD = System.getProperty("suhbat.test.pg.password", "suhbat_test");
    private static final String HOME = System.getProperty("suhbat.test.pg.database", "suhbat_test");
    private static final String PREFIX = "t_" + ProcessHandle.current().pid() + "_";
    private static final String TEMPLATE = PREFIX + "template";
    private static final List<String> CREATED = new ArrayList<>();
    private static boolean templateReady;

    private TestServer() {
    }

    /** Whether this run keeps the test offices on the server. */
    public static boolean active() {
        return ENGINE.equals("postgresql");
    }

    /**
     * When the server is in use, points {@code dataFolder} at a new, migrated database of its own (writes
     * its {@code server.properties} and password file); otherwise leaves the folder to the embedded file.
     */
    public static void prepare(Path dataFolder) {
        if (active()) {
            pointAt(dataFolder, newDatabase());
        }
    }

    /** Writes {@code dataFolder}'s server setting for {@code database} on the test server, over {@code hosts}. */
    public static ServerSetting pointAt(Path dataFolder, String database, String... hosts) {
        try {
            Files.createDirectories(dataFolder);
            Path password = dataFolder.resolve("server.password");
            Files.deleteIfExists(password);
            Files.createFile(password, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(password, PASSWORD + "\n");
            ServerSetting setting = new ServerSetting(hosts.length == 0 ? List.of(HOST) : List.of(hosts), database,
                    USER, Optional.of(password), false, Optional.empty());
            setting.writeTo(dataFolder);
            return setting;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new database on the test server, its schema already built; dropped when the test JVM ends. */
    public static synchronized String newDatabase() {
        try {
            if (!templateReady) {
                execute("CREATE DATABASE " + TEMPLATE);
                CREATED.add(TEMPLATE);
                Path scratch = Files.createTempDirectory("suhbat-template");
                try (PostgresDatabase ignored = PostgresDatabase.connect(pointAt(scratch, TEMPLATE))) {
                    templateReady = true;
                }
                Runtime.getRuntime().addShutdownHook(new Thread(TestServer::dropAll));
            }
            String name = PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
            CREATED.add(name);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code sql} on the role's own database (not in a transaction: CREATE DATABASE needs that). */
    public static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/" + HOME, USER,
                PASSWORD); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("The test server (" + HOST + ", role " + USER + ") refused: " + sql
                    + "; start it with installer/postgresql/setup-server.sh (see the README)", e);
        }
    }

    private static synchronized void dropAll() {
        for (String name : CREATED) {
            try {
                execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (IllegalStateException e) {
                // The server went away first; the databases are dropped with the cluster.
            }
        }
    }
}
