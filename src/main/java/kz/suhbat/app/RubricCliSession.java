package kz.suhbat.app;

import java.io.IOException;
import java.util.Optional;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.db.Database;
import kz.suhbat.rubric.RubricService;
import kz.suhbat.rubric.db.JdbiFrameworkRepository;

/**
 * The command line's hold on a data folder: the same single-instance lock as the window (so the two
 * never open the database together), the database, and the rubric service over it. Closing releases
 * the database, then the lock.
 */
final class RubricCliSession implements AutoCloseable {

    private final SingleInstance lock;
    private final Database database;
    private final RubricService rubric;

    private RubricCliSession(SingleInstance lock, Database database) {
        this.lock = lock;
        this.database = database;
        this.rubric = new RubricService(new JdbiFrameworkRepository(database.jdbi()));
    }

    /** Opens the folder, or returns empty when Suhbat (window or command) already has it open. */
    static Optional<RubricCliSession> open(DataFolder folder) throws IOException {
        Optional<SingleInstance> lock = SingleInstance.acquire(folder.path(), () -> { });
        if (lock.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RubricCliSession(lock.get(), Database.open(folder.database())));
        } catch (RuntimeException e) {
            lock.get().close();
            throw e;
        }
    }

    RubricService rubric() {
        return rubric;
    }

    @Override
    public void close() throws IOException {
        try {
            database.close();
        } finally {
            lock.close();
        }
    }
}
