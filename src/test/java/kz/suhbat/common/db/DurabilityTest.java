package kz.suhbat.common.db;

import kz.suhbat.testsupport.TestKeys;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import kz.suhbat.testsupport.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed with SIGKILL in the middle of writing loses no commit it had reported as saved. */
class DurabilityTest {

    private static final int RUNS = 4;

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedCommitSurvivesKillNine() throws Exception {
        Set<String> acknowledged = new HashSet<>();
        int next = 0;
        for (int run = 0; run < RUNS; run++) {
            Process child = ChildJvm.builder(DurabilityWriter.class, folder.toString(), Integer.toString(next))
                    .redirectError(folder.resolveSibling(folder.getFileName() + "-writer.err").toFile())
                    .start();
            int killAfter = 50 + ThreadLocalRandom.current().nextInt(200);
            int seen = 0;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while (seen < killAfter && (line = out.readLine()) != null) {
                    if (line.startsWith("saved ")) {
                        acknowledged.add("K" + line.substring("saved ".length()));
                        seen++;
                    }
                }
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the writer did not die");
            }
            assertTrue(seen == killAfter, "the writer stopped before it was killed, run " + run + ": "
                    + java.nio.file.Files.readString(folder.resolveSibling(folder.getFileName() + "-writer.err")));
            next += 100_000;
        }
        try (Database database = H2Database.open(folder, TestKeys.KEY)) {
            List<String> stored = database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT code FROM framework").mapTo(String.class).list());
            Set<String> lost = new HashSet<>(acknowledged);
            stored.forEach(lost::remove);
            assertTrue(lost.isEmpty(), "lost after kill -9: " + lost);
        }
    }
}
