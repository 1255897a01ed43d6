package kz.suhbat.common.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one embedded H2 file database, opened once per process.
 *
 * <p>{@code WRITE_DELAY=0} makes H2 write every commit to the file before the commit returns: with the
 * default delay of 500 ms, commits reported as saved were lost when the process was killed. There is
 * no AUTO_SERVER: only one Suhbat process ever opens the file (see the application's instance guard).
 * Migrations ({@code db/migration/V<n>__*.sql}, append-only) run on every open.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String FILE_NAME = "suhbat";
    private static final String USER = "suhbat";

    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    }

    public static String url(Path folder) {
        return "jdbc:h2:file:" + folder.resolve(FILE_NAME).toAbsolutePath() + ";WRITE_DELAY=0";
    }

    /** Opens (creating if needed) the database in {@code folder} and brings its schema up to date. */
    public static Database open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.UNREADABLE, e);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(folder), USER, "");
        try {
            pool.getConnection().close();
            int installed = SchemaVersion.installed(pool);
            if (installed > SchemaVersion.LATEST) {
                // Written by a newer Suhbat: this one must not touch what it does not understand.
                pool.dispose();
                throw new DatabaseOpenException(DatabaseOpenException.Reason.OTHER_VERSION,
                        new IllegalStateException("schema version " + installed + " is newer than "
                                + SchemaVersion.LATEST));
            }
            if (installed == SchemaVersion.LATEST) {
                LOG.info("Database {} at schema version {}", folder, SchemaVersion.LATEST);
            } else {
                var result = Flyway.configure()
                        .dataSource(pool)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
                LOG.info("Database {} migrated to schema version {} ({} migrations applied)", folder,
                        result.targetSchemaVersion, result.migrationsExecuted);
            }
            return new Database(pool);
        } catch (DatabaseOpenException e) {
            throw e;
        } catch (RuntimeException | java.sql.SQLException e) {
            pool.dispose();
            throw DatabaseOpenException.classify(e);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        pool.dispose();
        LOG.info("Database closed");
    }
}
