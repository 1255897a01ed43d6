package kz.suhbat.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.suhbat.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

/** The question and competency timers, and when they warn. */
class InterviewClockTest {

    @Test
    void timeIsChargedToTheQuestionOnScreenWhileTheClockRuns() {
        MutableClock time = new MutableClock(Instant.parse("2027-03-15T10:00:00Z"));
        InterviewClock clock = new InterviewClock(time);
        clock.moveTo("DEC/0");
        time.advance(Duration.ofMinutes(1));
        assertEquals(Duration.ZERO, clock.spentOn("DEC/0"), "not started yet");
        clock.start();
        time.advance(Duration.ofMinutes(3));
        clock.moveTo("DEC/1");
        time.advance(Duration.ofMinutes(2));
        clock.pause();
        time.advance(Duration.ofMinutes(5));
        assertEquals(Duration.ofMinutes(3), clock.spentOn("DEC/0"));
        assertEquals(Duration.ofMinutes(2), clock.spentOn("DEC/1"));
        assertEquals(Duration.ofMinutes(5), clock.spentOn(List.of("DEC/0", "DEC/1", "DEC/2")));
        clock.moveTo("DEC/0");
        clock.toggle();
        time.advance(Duration.ofSeconds(30));
        assertEquals(Duration.ofSeconds(210), clock.spentOn("DEC/0"), "going back adds to what it had");
    }

    @Test
    void theWarningStartsAtFourFifthsOrInTheLastMinute() {
        assertEquals(InterviewClock.Zone.NORMAL, InterviewClock.zone(Duration.ofMinutes(7), Duration.ofMinutes(10)));
        assertEquals(InterviewClock.Zone.WARNING, InterviewClock.zone(Duration.ofMinutes(8), Duration.ofMinutes(10)));
        assertEquals(InterviewClock.Zone.NORMAL, InterviewClock.zone(Duration.ofSeconds(30), Duration.ofMinutes(3)));
        assertEquals(InterviewClock.Zone.WARNING, InterviewClock.zone(Duration.ofMinutes(2), Duration.ofMinutes(3)),
                "the last minute of three");
        assertEquals(InterviewClock.Zone.WARNING, InterviewClock.zone(Duration.ofMinutes(10), Duration.ofMinutes(10)));
        assertEquals(InterviewClock.Zone.OVER, InterviewClock.zone(Duration.ofSeconds(601), Duration.ofMinutes(10)));
    }

    @Test
    void restoredTimesStandPausedAndCountOnFromWhereTheyWere() {
        MutableClock time = new MutableClock(Instant.parse("2027-03-15T10:00:00Z"));
        InterviewClock clock = new InterviewClock(time);
        clock.restore(Map.of("DEC/0", Duration.ofSeconds(95), "OPENING", Duration.ofMinutes(2)));
        clock.moveTo("DEC/0");
        time.advance(Duration.ofMinutes(1));
        assertFalse(clock.running(), "a reopened guide's clock waits for the secretary");
        assertEquals(Duration.ofSeconds(95), clock.spentOn("DEC/0"));
        clock.toggle();
        time.advance(Duration.ofSeconds(10));
        assertEquals(Map.of("DEC/0", Duration.ofSeconds(105), "OPENING", Duration.ofMinutes(2)), clock.elapsed(),
                "the running question's time counts up to now");
        assertEquals(Duration.ofSeconds(225), clock.spentOn(List.of("DEC/0", "OPENING")));
    }

    @Test
    void timesAreWrittenAtCheckpointsAndEveryFewSecondsWhileRunning() {
        MutableClock time = new MutableClock(Instant.parse("2027-03-15T10:00:00Z"));
        InterviewClock clock = new InterviewClock(time);
        TimerCheckpoints checkpoints = new TimerCheckpoints(clock, time);
        checkpoints.restored(Map.of("DEC/0", Duration.ofSeconds(30)));
        clock.moveTo("DEC/0");
        assertEquals(Optional.empty(), checkpoints.checkpoint(), "nothing changed since it was read");
        time.advance(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), checkpoints.tick(), "a paused clock is not written again");
        clock.start();
        time.advance(Duration.ofSeconds(3));
        assertEquals(Optional.empty(), checkpoints.tick(), "not yet: less than the interval since the last write");
        time.advance(Duration.ofSeconds(2));
        assertEquals(Optional.of(Map.of("DEC/0", Duration.ofSeconds(35))), checkpoints.tick());
        time.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), checkpoints.tick());
        clock.moveTo("DEC/1");
        time.advance(Duration.ofMillis(2500));
        assertEquals(Optional.of(Map.of("DEC/0", Duration.ofSeconds(36), "DEC/1", Duration.ofMillis(2500))),
                checkpoints.checkpoint(), "moving on writes what changed, without waiting for the interval");
        clock.pause();
        assertEquals(Optional.empty(), checkpoints.checkpoint(), "only what changed is written");
        time.advance(Duration.ofSeconds(10));
        assertEquals(Optional.empty(), checkpoints.tick());
    }
}
