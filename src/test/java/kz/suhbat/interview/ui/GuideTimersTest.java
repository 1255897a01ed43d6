package kz.suhbat.interview.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.suhbat.interview.Interview;
import kz.suhbat.interview.TimerService;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.CurrentThreadTaskExecutor;
import kz.suhbat.testsupport.MutableClock;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The secretary's guide writes its running timers down every few seconds, so a process killed while a
 * question runs loses at most that much; a follower's guide never writes.
 */
class GuideTimersTest {

    @TempDir
    Path temp;

    @Test
    void aRunningTimerIsWrittenDownEveryFewSecondsAndAFollowersNever() {
        try (TestOffice office = TestOffice.create(temp, new KeyDerivation(1_000))) {
            TestPanel panel = TestPanel.seat(office);
            Interview interview = office.services().interviews().start(panel.sitting.id(),
                    panel.candidates.get(1).id());
            TimerService service = office.services().timers();
            MutableClock time = new MutableClock(Instant.parse("2027-03-15T10:00:00Z"));
            List<Throwable> failures = new ArrayList<>();
            GuideTimers secretary = new GuideTimers(service, new CurrentThreadTaskExecutor(), time, true);
            secretary.onFailure(failures::add);
            secretary.restore(interview, service.elapsed(interview.id()));
            secretary.moveTo("DEC/0");
            secretary.toggle();
            for (int second = 0; second < 12; second++) {
                time.advance(Duration.ofSeconds(1));
                secretary.tick();
            }
            assertEquals(Map.of("DEC/0", Duration.ofSeconds(10)), service.elapsed(interview.id()),
                    "written at 5 and 10 seconds, without a pause or a move");

            GuideTimers follower = new GuideTimers(service, new CurrentThreadTaskExecutor(), time, false);
            follower.restore(interview, service.elapsed(interview.id()));
            follower.moveTo("DEC/0");
            follower.toggle();
            time.advance(Duration.ofSeconds(30));
            follower.tick();
            follower.close();
            assertEquals(Map.of("DEC/0", Duration.ofSeconds(10)), service.elapsed(interview.id()));
            assertTrue(failures.isEmpty(), failures.toString());
        }
    }
}
