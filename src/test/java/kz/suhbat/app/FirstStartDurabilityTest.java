package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.interview.Interview;
import kz.suhbat.testsupport.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is entered on the demo's first start survives a killed Suhbat. The demo office's set-up writes and
 * rewrites a great deal; some time later (here 50 seconds after it began, longer than the 45 seconds for
 * which the database keeps the space of superseded data) the space it left is reused for new commits. A
 * second process sets the demo up as the window does on its first start, waits on the sign-in screen,
 * signs in as the secretary and starts an interview from the agenda; it is killed with SIGKILL once the
 * start has returned. Reopened, the folder holds that interview.
 */
class FirstStartDurabilityTest {

    /** Longer than H2's retention time of 45 s, counted from the start of the set-up. */
    private static final int IDLE_SECONDS = 50;

    @TempDir
    Path temp;

    @Test
    void anInterviewStartedAfterTheDemoSetUpSurvivesKillNine() throws Exception {
        Path data = temp.resolve("data");
        Path errors = temp.resolve("child.err");
        Process child = ChildJvm.builder(FirstStartChild.class, data.toString(), Integer.toString(IDLE_SECONDS))
                .redirectError(errors.toFile()).start();
        ProcessHandle handle = child.toHandle();
        CompletableFuture.delayedExecutor(150, TimeUnit.SECONDS).execute(handle::destroyForcibly);
        String started = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.US_ASCII))) {
            for (String line; started == null && (line = out.readLine()) != null; ) {
                if (line.startsWith("STARTED ")) {
                    started = line;
                }
            }
            handle.destroyForcibly();
        }
        assertNotNull(started, "the child stopped before it started the interview: " + Files.readString(errors));
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
        assertEquals(137, child.exitValue(), "the child was killed with SIGKILL");
        String[] ids = started.split(" ");
        long sittingId = Long.parseLong(ids[1]);
        long candidateId = Long.parseLong(ids[2]);
        long interviewId = Long.parseLong(ids[3]);

        try (Entrance entrance = new Entrance(new DataFolder(data, DataFolder.Kind.EXPLICIT),
                FirstStartChild.DERIVATION, Clock.systemUTC(), new SecureRandom())) {
            Services services = assertInstanceOf(Entrance.Outcome.SignedIn.class,
                    entrance.signIn("secretary", DemoOffice.PASSWORD.toCharArray())).services();
            assertTrue(services.interviews().interviews(sittingId).stream().map(Interview::id)
                    .anyMatch(id -> id == interviewId), "the interview started before the kill is gone");
            assertEquals(interviewId, services.interviews().startedAt(sittingId, candidateId).id(),
                    "the agenda shows the candidate's interview under way");
        }
    }
}
