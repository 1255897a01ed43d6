package kz.suhbat.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import kz.suhbat.testsupport.ChildJvm;
import kz.suhbat.testsupport.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup must not cost later entries their durability: with H2's own {@code BACKUP TO}, a row committed
 * and synced after the backup of a churned database was gone once the process was killed.
 */
class BackupDurabilityTest {

    @TempDir
    Path temp;

    @Test
    void whatIsCommittedAfterABackupSurvivesKillNineAndTheCopyIsWhole() throws Exception {
        Path folder = temp.resolve("db");
        Path copy = temp.resolve("copy");
        Files.createDirectories(copy);
        Process child = ChildJvm.builder(BackupThenWriter.class, folder.toString(), copy.toString())
                .redirectError(temp.resolve("writer.err").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("saved")) {
                // wait for the acknowledgement
            }
            assertEquals("saved", line, Files.readString(temp.resolve("writer.err")));
        }
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the writer did not die");

        try (Database database = H2Database.open(folder, TestKeys.KEY)) {
            assertEquals(Integer.valueOf(1), database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT COUNT(*) FROM framework WHERE code = 'AFTER'").mapTo(Integer.class).one()),
                    "the row committed after the backup was lost");
        }
        try (Database backup = H2Database.open(copy, TestKeys.KEY)) {
            // the last round deleted the ids whose remainder by 3 is 1
            int expected = (int) java.util.stream.IntStream.range(0, BackupThenWriter.ROWS).filter(i -> i % 3 != 1).count();
            assertEquals(Integer.valueOf(expected), backup.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT COUNT(*) FROM filler").mapTo(Integer.class).one()), "the copy holds every row");
            assertEquals(Integer.valueOf(0), backup.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT COUNT(*) FROM framework WHERE code = 'AFTER'").mapTo(Integer.class).one()),
                    "the copy is the database as it was when it was taken");
        }
        assertTrue(Files.notExists(temp.resolve("copy.sql")), "the script is deleted");
    }
}
