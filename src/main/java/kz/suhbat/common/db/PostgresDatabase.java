package kz.suhbat.common.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.Set;
import kz.suhbat.common.Progress;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A central office's PostgreSQL 15+ server, shared by the analysts' workstations. The schema is built by
 * the same migrations as a laptop's file (the common ones, and {@code db/migration/postgresql} where the
 * engines spell a statement differently); Flyway's own lock lets several workstations start at once.
 *
 * <p>Data at rest is the server's concern (its disk encryption, its roles); the office's key, which the
 * credentials unwrap, seals the audit trail and the signing key as it does on a laptop. Writers take turns
 * through a transaction-scoped advisory lock, so the audit chain stays one chain and the office sequence
 * rule holds with importers on several workstations; readers never wait for it.
 */
public final class PostgresDatabase extends Database {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresDatabase.class);
    private static final String MIGRATIONS = "classpath:db/migration/postgresql";
    private static final int OLDEST_VERSION = 150_000;
    /** The advisory lock every writing transaction takes ("SUHBAT" in ASCII, as a number). */
    private static final long WRITERS_LOCK = 0x535548424154L;
    private static final int POOL_SIZE = 8;
    /** Connection lost, the server shutting down, or a standby not yet promoted (read-only). */
    private static final Set<String> RETRY_STATES = Set.of("57P01", "57P02", "57P03", "25006");

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final int versionAtOpen;
    private volatile DatabaseKey key;

    private PostgresDatabase(HikariDataSource pool, int versionAtOpen) {
        this.pool = pool;
        this.versionAtOpen = versionAtOpen;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    }

    /**
     * Connects to the server, checks its version and brings the schema up to date. A server that is down,
     * refuses the role or is too old is a {@link DatabaseOpenException} whose reason the start screen
     * translates.
     */
    public static PostgresDatabase connect(ServerSetting setting) {
        return connect(setting, setting.password());
    }

    /** {@link #connect(ServerSetting)} with the password the user typed (it is cleared after). */
    public static PostgresDatabase connect(ServerSetting setting, char[] password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("suhbat-server");
        config.setJdbcUrl(setting.jdbcUrl());
        config.setUsername(setting.user());
        config.setPassword(new String(password));
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(15_000);
        config.setInitializationFailTimeout(1);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw DatabaseOpenException.classify(e);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
        try {
            checkVersion(pool);
            int installed = SchemaVersion.installed(pool, "public");
            if (installed > SchemaVersion.LATEST) {
                throw new DatabaseOpenException(DatabaseOpenException.Reason.OTHER_VERSION,
                        new IllegalStateException("schema version " + installed + " is newer than "
                                + SchemaVersion.LATEST));
            }
            Flyway flyway = Flyway.configure().dataSource(pool).locations(COMMON_MIGRATIONS, MIGRATIONS).load();
            if (installed == SchemaVersion.LATEST) {
                flyway.validate();
            } else {
                var result = flyway.migrate();
                LOG.info("Server database migrated to schema version {} ({} migrations applied)",
                        result.targetSchemaVersion, result.migrationsExecuted);
            }
            LOG.info("Connected to the server database {} at schema version {}", setting.database(),
                    SchemaVersion.LATEST);
            return new PostgresDatabase(pool, installed);
        } catch (DatabaseOpenException e) {
            pool.close();
            throw e;
        } catch (RuntimeException | SQLException e) {
            pool.close();
            throw DatabaseOpenException.classify(e);
        }
    }

    private static void checkVersion(HikariDataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SHOW server_version_num")) {
            rs.next();
            int version = Integer.parseInt(rs.getString(1));
            if (version < OLDEST_VERSION) {
                throw new DatabaseOpenException(DatabaseOpenException.Reason.SERVER_TOO_OLD,
                        new IllegalStateException("PostgreSQL " + version + " is older than 15"));
            }
        }
    }

    /** Sets the office's key, once a password has unwrapped it from the server's keyring. */
    public void unlock(DatabaseKey unwrapped) {
        this.key = unwrapped;
    }

    @Override
    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public DatabaseKey key() {
        DatabaseKey current = key;
        if (current == null) {
            throw new IllegalStateException("No password has unlocked the office's key yet");
        }
        return current;
    }

    @Override
    public int versionAtOpen() {
        return versionAtOpen;
    }

    /** A commit on the server is on its disk (and its standby's, as the server is set) when it returns. */
    @Override
    public void syncToDisk() {
    }

    /** Nothing on the server is encrypted with the key: the credentials take it in {@code swapped}. */
    @Override
    public void rekey(DatabaseKey to, Runnable swapped, Progress progress) {
        progress.report(1, REKEY_STEPS);
        swapped.run();
        key = to;
        progress.report(REKEY_STEPS, REKEY_STEPS);
    }

    @Override
    public boolean keepsOwnBackups() {
        return false;
    }

    @Override
    public void copyTo(Path folder, DatabaseKey copyKey, Path script) {
        throw new IllegalStateException("A server's backups are its own base backups and WAL archive");
    }

    @Override
    public void takeWritersTurn(Handle handle) {
        handle.createQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(:lock)) turn").bind("lock", WRITERS_LOCK)
                .mapTo(Integer.class).one();
    }

    @Override
    public boolean mayRetry(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || RETRY_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        pool.close();
        LOG.info("Server database closed");
    }
}
