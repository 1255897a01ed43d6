package kz.suhbat.training.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import kz.suhbat.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

class RehearsalTimerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final RehearsalTimer timer = new RehearsalTimer(clock, Duration.ofMinutes(5));

    @Test
    void countsDownOnlyWhileRunning() {
        clock.advance(Duration.ofSeconds(30));
        assertEquals(Duration.ofMinutes(5), timer.remaining(), "nothing counts before the start");

        timer.start();
        clock.advance(Duration.ofSeconds(75));
        assertEquals(Duration.ofSeconds(225), timer.remaining());
        timer.pause();
        clock.advance(Duration.ofMinutes(10));
        assertEquals(Duration.ofSeconds(75), timer.elapsed(), "a paused countdown stands still");
        assertFalse(timer.running());

        timer.toggle();
        clock.advance(Duration.ofSeconds(15));
        assertTrue(timer.running());
        assertEquals(Duration.ofSeconds(90), timer.elapsed());
    }

    @Test
    void runningOverTheSuggestedTimeIsShownNotStopped() {
        timer.start();
        clock.advance(Duration.ofMinutes(5));
        assertFalse(timer.over(), "exactly on time is not over");
        assertEquals(Duration.ZERO, timer.remaining());

        clock.advance(Duration.ofSeconds(42));
        assertTrue(timer.over());
        assertTrue(timer.running(), "the answer goes on");
        assertEquals(Duration.ZERO, timer.remaining());
        assertEquals(Duration.ofSeconds(42), timer.overtime());
    }

    @Test
    void startingTwiceDoesNotRestartTheCount() {
        timer.start();
        clock.advance(Duration.ofSeconds(20));
        timer.start();
        clock.advance(Duration.ofSeconds(20));
        assertEquals(Duration.ofSeconds(40), timer.elapsed());
    }

    @Test
    void showsMinutesAndWholeSeconds() {
        assertEquals("6:00", RehearsalTimer.minutesAndSeconds(Duration.ofMinutes(6)));
        assertEquals("4:05", RehearsalTimer.minutesAndSeconds(Duration.ofSeconds(245).plusMillis(900)));
        assertEquals("12:00", RehearsalTimer.minutesAndSeconds(Duration.ofMinutes(12)));
        assertEquals("0:00", RehearsalTimer.minutesAndSeconds(Duration.ZERO));
    }

    @Test
    void needsSomeTime() {
        assertThrows(IllegalArgumentException.class, () -> new RehearsalTimer(clock, Duration.ZERO));
    }
}
