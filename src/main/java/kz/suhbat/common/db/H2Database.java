package kz.suhbat.common.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one embedded H2 file database of an office's laptop, opened once per process.
 *
 * <p>{@code WRITE_DELAY=0} makes H2 write every commit to the file before the commit returns: with the
 * default delay of 500 ms, commits reported as saved were lost when the process was killed. There is
 * no AUTO_SERVER: only one Suhbat process ever opens the file (see the application's instance guard).
 * Migrations ({@code db/migration/V<n>__*.sql}, append-only) run on every open.
 *
 * <p>The file is encrypted ({@code CIPHER=AES}) with a random {@link DatabaseKey}, and H2's trace file
 * is off: it would otherwise log statements, with their values, in plain text beside the database.
 */
public final class H2Database extends Database {

    private static final Logger LOG = LoggerFactory.getLogger(H2Database.class);
    static final String FILE_NAME = "suhbat";
    private static final String USER = "suhbat";

    /** More connections than any process opens at once: the gate's permits. */
    private static final int GATE = Integer.MAX_VALUE;

    /** The migrations that build a laptop's file: the common ones and H2's own spelling of the rest. */
    public static final String[] MIGRATIONS = {COMMON_MIGRATIONS, "classpath:db/migration/h2"};

    private final Path folder;
    private final Semaphore gate = new Semaphore(GATE);
    private final Jdbi jdbi;
    private final int versionAtOpen;
    private volatile JdbcConnectionPool pool;
    private volatile DatabaseKey key;

    private H2Database(Path folder, DatabaseKey key, JdbcConnectionPool pool, int versionAtOpen) {
        this.folder = folder;
        this.key = key;
        this.versionAtOpen = versionAtOpen;
        this.pool = pool;
        // Every connection passes the gate, so a change of key can wait until none is open.
        this.jdbi = Jdbi.create(new ConnectionFactory() {
            @Override
            public Connection openConnection() throws SQLException {
                gate.acquireUninterruptibly();
                try {
                    return H2Database.this.pool.getConnection();
                } catch (SQLException | RuntimeException e) {
                    gate.release();
                    throw e;
                }
            }

            @Override
            public void closeConnection(Connection connection) throws SQLException {
                try {
                    connection.close();
                } finally {
                    gate.release();
                }
            }
        }).installPlugin(new SqlObjectPlugin());
    }

    public static String url(Path folder) {
        return "jdbc:h2:file:" + folder.resolve(FILE_NAME).toAbsolutePath()
                + ";CIPHER=AES;WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
    }

    /** Whether {@code folder} holds a database file (encrypted or not). */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(file(folder));
    }

    /** Whether the database file in {@code folder} is encrypted (H2 starts such files with a marker). */
    public static boolean isEncrypted(Path folder) {
        byte[] marker = "H2encrypt\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (var in = Files.newInputStream(file(folder))) {
            return java.util.Arrays.equals(in.readNBytes(marker.length), marker);
        } catch (IOException e) {
            return false;
        }
    }

    /** The database file itself: what a backup copies and a restore puts back. */
    public static Path file(Path folder) {
        return folder.resolve(FILE_NAME + ".mv.db");
    }

    /**
     * Changes the key of the database file in place: {@code from} null encrypts a database written
     * before files were encrypted (a data folder of an earlier Suhbat); {@code to} null decrypts it
     * again. The file must not be open.
     */
    public static void encrypt(Path folder, DatabaseKey from, DatabaseKey to) {
        try {
            org.h2.tools.ChangeFileEncryption.execute(folder.toAbsolutePath().toString(), FILE_NAME, "AES",
                    from == null ? null : from.filePassword(), to == null ? null : to.filePassword(), true);
        } catch (java.sql.SQLException e) {
            throw DatabaseOpenException.classify(e);
        }
    }

    /** Opens (creating if needed) the database in {@code folder} and brings its schema up to date. */
    public static H2Database open(Path folder, DatabaseKey key) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.UNREADABLE, e);
        }
        boolean existed = exists(folder);
        // H2 takes "<file password> <user password>"; the user password is empty.
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(folder), USER, new String(key.filePassword()) + " ");
        try {
            pool.getConnection().close();
            int installed = SchemaVersion.installed(pool, "PUBLIC");
            if (existed && installed < 0) {
                // H2 opens a file whose every chunk is unreadable as an empty database: it is damaged,
                // and must not be set up again over what a backup could restore.
                pool.dispose();
                throw new DatabaseOpenException(DatabaseOpenException.Reason.DAMAGED,
                        new IllegalStateException("the database file holds no readable schema"));
            }
            if (installed > SchemaVersion.LATEST) {
                // Written by a newer Suhbat: this one must not touch what it does not understand.
                pool.dispose();
                throw new DatabaseOpenException(DatabaseOpenException.Reason.OTHER_VERSION,
                        new IllegalStateException("schema version " + installed + " is newer than "
                                + SchemaVersion.LATEST));
            }
            Flyway flyway = Flyway.configure().dataSource(pool)
                    .locations(MIGRATIONS).load();
            if (installed == SchemaVersion.LATEST) {
                // Every applied migration must still be the one this Suhbat ships (its checksum): a schema
                // built by an edited migration is refused, not used.
                flyway.validate();
                LOG.info("Database {} at schema version {}", folder, SchemaVersion.LATEST);
            } else {
                var result = flyway.migrate();
                LOG.info("Database {} migrated to schema version {} ({} migrations applied)", folder,
                        result.targetSchemaVersion, result.migrationsExecuted);
            }
            return new H2Database(folder, key, pool, installed);
        } catch (DatabaseOpenException e) {
            throw e;
        } catch (RuntimeException | java.sql.SQLException e) {
            pool.dispose();
            throw DatabaseOpenException.classify(e);
        }
    }

    @Override
    public Jdbi jdbi() {
        return jdbi;
    }

    /** The key the file is encrypted with now. */
    @Override
    public DatabaseKey key() {
        return key;
    }

    /**
     * Re-encrypts the database file with {@code to}, crash-safely: once every connection is closed, the
     * file is copied into a scratch folder beside it, re-encrypted there with H2's own tool, checked
     * (every table's digest must match the original's), forced to the disk and moved over the file in
     * one step. A process killed at any moment leaves either the old file or the new one, never a mix:
     * the caller has already written the new key where it can be found ({@code pending} in the keyring).
     * Then {@code swapped} runs (to make the new key the current one) and the database reopens with it.
     * On a failure before the move, the database reopens with its old key and the failure is thrown.
     */
    @Override
    public void rekey(DatabaseKey to, Runnable swapped, kz.suhbat.common.Progress progress) {
        gate.acquireUninterruptibly(GATE);
        DatabaseKey from = key;
        Path scratch = folder.resolve(".rekey");
        try {
            pool.dispose();
            progress.report(1, REKEY_STEPS);
            deleteTree(scratch);
            Files.createDirectories(scratch);
            Files.copy(file(folder), file(scratch));
            progress.report(2, REKEY_STEPS);
            encrypt(scratch, from, to);
            progress.report(3, REKEY_STEPS);
            if (!digestsOf(folder, from).equals(digestsOf(scratch, to))) {
                throw new IllegalStateException("The re-encrypted copy differs from the database");
            }
            progress.report(4, REKEY_STEPS);
            try (FileChannel channel = FileChannel.open(file(scratch), StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(file(scratch), file(folder), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            key = to;
        } catch (IOException | RuntimeException e) {
            pool = JdbcConnectionPool.create(url(folder), USER, new String(from.filePassword()) + " ");
            gate.release(GATE);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        try {
            swapped.run();
        } finally {
            pool = JdbcConnectionPool.create(url(folder), USER, new String(to.filePassword()) + " ");
            gate.release(GATE);
            try {
                deleteTree(scratch);
            } catch (IOException e) {
                LOG.warn("The scratch folder {} could not be deleted", scratch, e);
            }
        }
        progress.report(REKEY_STEPS, REKEY_STEPS);
        LOG.info("Database {} re-encrypted with a new key", folder);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The schema version the file had before this open brought it up to date (-1 for a new file). */
    @Override
    public int versionAtOpen() {
        return versionAtOpen;
    }

    /**
     * Forces what is committed onto the disk itself, past the operating system's buffers: a commit alone
     * survives the program being killed, this survives a power cut as well.
     */
    @Override
    public void syncToDisk() {
        jdbi.useHandle(handle -> handle.execute("CHECKPOINT SYNC"));
    }

    /**
     * Writes a transactionally consistent copy of this database into a new database in {@code folder},
     * encrypted with {@code key}, by way of an encrypted SQL script at {@code script} (deleted after).
     * H2's own {@code BACKUP TO} is not used: after it, H2 2.x no longer stores later commits durably
     * (a process killed after a backup lost what was committed since; {@code BackupDurabilityTest}).
     */
    @Override
    public void copyTo(Path folder, DatabaseKey key, Path script) {
        String password = new String(key.filePassword());
        String scriptPath = script.toAbsolutePath().toString();
        try {
            jdbi.useHandle(handle -> handle.execute("SCRIPT TO ? CIPHER AES PASSWORD ?", scriptPath, password));
            JdbcConnectionPool copy = JdbcConnectionPool.create(url(folder), USER, password + " ");
            try (var connection = copy.getConnection(); var statement = connection.prepareStatement(
                    "RUNSCRIPT FROM ? CIPHER AES PASSWORD ?")) {
                statement.setString(1, scriptPath);
                statement.setString(2, password);
                statement.execute();
            } finally {
                copy.dispose();
            }
        } catch (java.sql.SQLException e) {
            throw new UncheckedIOException(new IOException("The database could not be copied", e));
        } finally {
            try {
                Files.deleteIfExists(script);
            } catch (IOException e) {
                LOG.warn("The copy's script {} could not be deleted", script, e);
            }
        }
    }

    /** Opens the database copy in {@code folder} just long enough to digest its tables. */
    public static java.util.List<TableDigest> digestsOf(Path folder, DatabaseKey key) {
        return readCopy(folder, key, H2Database::tableDigests);
    }

    /** Opens the database copy in {@code folder} just long enough for {@code work} to read it. */
    public static <T> T readCopy(Path folder, DatabaseKey key, java.util.function.Function<H2Database, T> work) {
        try (H2Database copy = open(folder, key)) {
            return work.apply(copy);
        }
    }

    /** Every table's row count and content digest: what a restored copy must match. */
    public java.util.List<TableDigest> tableDigests() {
        return jdbi.withHandle(TableDigest::all);
    }

    @Override
    public boolean keepsOwnBackups() {
        return true;
    }

    /** One process writes the file, and its writers already take turns (see {@link JdbiTransactor}). */
    @Override
    public void takeWritersTurn(org.jdbi.v3.core.Handle handle) {
    }

    /** A file does not lose its connection. */
    @Override
    public boolean mayRetry(Throwable failure) {
        return false;
    }

    @Override
    public void close() {
        pool.dispose();
        LOG.info("Database closed");
    }
}
