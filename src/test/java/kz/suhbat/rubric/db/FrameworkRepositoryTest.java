package kz.suhbat.rubric.db;

import kz.suhbat.common.db.H2Database;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.common.db.Database;
import kz.suhbat.common.db.JdbiTransactor;
import kz.suhbat.testsupport.TestKeys;
import kz.suhbat.rubric.DemoFramework;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.FrameworkSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Frameworks stored in a real H2 file come back exactly as they went in. */
class FrameworkRepositoryTest {

    @TempDir
    Path folder;

    @Test
    void theBuiltInFrameworkSurvivesStorageExactly() {
        Framework original = DemoFramework.read();
        long id;
        try (Database database = H2Database.open(folder, TestKeys.KEY)) {
            id = new JdbiFrameworkRepository(database.jdbi()).create(original, java.util.Optional.empty());
        }
        try (Database reopened = H2Database.open(folder, TestKeys.KEY)) {
            Framework stored = new JdbiFrameworkRepository(reopened.jdbi()).load(id).orElseThrow();
            assertEquals(original, stored);
        }
    }

    @Test
    void seedingHappensOnceOnly() {
        try (Database database = H2Database.open(folder, TestKeys.KEY)) {
            JdbiFrameworkRepository repository = new JdbiFrameworkRepository(database.jdbi());
            assertTrue(DemoFramework.seedIfEmpty(repository, audit(database), new JdbiTransactor(database)));
            assertFalse(DemoFramework.seedIfEmpty(repository, audit(database), new JdbiTransactor(database)));
            assertEquals(1, repository.list().size());
            FrameworkSummary summary = repository.list().get(0);
            assertEquals(8, summary.competencyCount());
            assertEquals("Базовые компетенции государственных служащих", summary.name().ru());
        }
    }

    @Test
    void anUnknownIdFindsNothing() {
        try (Database database = H2Database.open(folder, TestKeys.KEY)) {
            assertTrue(new JdbiFrameworkRepository(database.jdbi()).load(4242).isEmpty());
        }
    }

    private static AuditTrail audit(Database database) {
        return TestKeys.trail(database);
    }
}
