package kz.suhbat.app;

import kz.suhbat.common.db.Database;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.rubric.DemoFramework;
import kz.suhbat.rubric.FrameworkRepository;
import kz.suhbat.rubric.RubricService;
import kz.suhbat.rubric.db.JdbiFrameworkRepository;

/**
 * The composition root of everything below the screens: built once, on the worker thread, after the
 * database has opened and migrated.
 */
final class Services implements AutoCloseable {

    private final Database database;
    private final FrameworkRepository frameworks;
    private final RubricService rubric;

    private Services(Database database) {
        this.database = database;
        this.frameworks = new JdbiFrameworkRepository(database.jdbi());
        this.rubric = new RubricService(frameworks);
    }

    /** Opens the database, brings its schema up to date and stores the built-in data on first start. */
    static Services open(DataFolder folder) {
        Database database = Database.open(folder.database());
        try {
            Services services = new Services(database);
            DemoFramework.seedIfEmpty(services.frameworks);
            return services;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    RubricService rubric() {
        return rubric;
    }

    @Override
    public void close() {
        database.close();
    }
}
