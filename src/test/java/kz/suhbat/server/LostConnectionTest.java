package kz.suhbat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import kz.suhbat.common.db.JdbiTransactor;
import kz.suhbat.common.db.PostgresDatabase;
import kz.suhbat.testsupport.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transaction whose connection the server cuts in the middle (as a failing primary does) runs again
 * from the start on a new connection: what it wrote is there once, never twice and never half. A failure
 * that is not a lost connection is not run again.
 */
class LostConnectionTest {

    @TempDir
    Path folder;

    private PostgresDatabase database;

    @BeforeEach
    void server() {
        assumeTrue(TestServer.active(), "needs the test server");
        database = PostgresDatabase.connect(TestServer.pointAt(folder, TestServer.newDatabase()));
        database.jdbi().useHandle(h -> h.execute("CREATE TABLE lost_probe (id INT PRIMARY KEY, note VARCHAR(20))"));
    }

    @Test
    void aTransactionCutOffRunsAgainAndItsRowsAreStoredOnce() {
        JdbiTransactor transactor = new JdbiTransactor(database);
        AtomicInteger attempts = new AtomicInteger();
        try {
            transactor.run(() -> database.jdbi().useHandle(h -> {
                attempts.incrementAndGet();
                h.execute("INSERT INTO lost_probe VALUES (1, 'first'), (2, 'second')");
                if (attempts.get() == 1) {
                    int pid = h.createQuery("SELECT pg_backend_pid()").mapTo(Integer.class).one();
                    TestServer.execute("SELECT pg_terminate_backend(" + pid + ")");
                }
                h.execute("INSERT INTO lost_probe VALUES (3, 'third')");
            }));
            assertEquals(2, attempts.get(), "run once more after the connection was cut");
            assertEquals(Integer.valueOf(3), database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM lost_probe")
                    .mapTo(Integer.class).one()), "each row once");
        } finally {
            database.close();
        }
    }

    @Test
    void aFailureThatIsNotALostConnectionIsNotRunAgain() {
        JdbiTransactor transactor = new JdbiTransactor(database);
        AtomicInteger attempts = new AtomicInteger();
        try {
            assertThrows(RuntimeException.class, () -> transactor.run(() -> database.jdbi().useHandle(h -> {
                attempts.incrementAndGet();
                h.execute("INSERT INTO lost_probe VALUES (1, 'a'), (1, 'b')");
            })));
            assertEquals(1, attempts.get());
            assertEquals(Integer.valueOf(0), database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM lost_probe")
                    .mapTo(Integer.class).one()));
        } finally {
            database.close();
        }
    }
}
