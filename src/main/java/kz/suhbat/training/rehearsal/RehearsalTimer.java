package kz.suhbat.training.rehearsal;

import java.time.Clock;
import java.time.Duration;
import kz.suhbat.interview.InterviewClock;

/**
 * The countdown of one rehearsed question: the question's suggested time, counted down while it runs
 * and paused at will. Running past the time is allowed and shown as time over; nothing stops the answer.
 */
public final class RehearsalTimer {

    private static final String ANSWER = "answer";

    private final InterviewClock clock;
    private final Duration limit;

    public RehearsalTimer(Clock clock, Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("A countdown needs some time to count down");
        }
        this.clock = new InterviewClock(clock);
        this.clock.moveTo(ANSWER);
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }

    public boolean running() {
        return clock.running();
    }

    public void start() {
        clock.start();
    }

    public void pause() {
        clock.pause();
    }

    public void toggle() {
        clock.toggle();
    }

    /** The time the answer has taken so far. */
    public Duration elapsed() {
        return clock.spentOn(ANSWER);
    }

    /** The time still left of the suggested time; zero once it has run out. */
    public Duration remaining() {
        Duration left = limit.minus(elapsed());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** How far the answer has run past the suggested time; zero while within it. */
    public Duration overtime() {
        Duration over = elapsed().minus(limit);
        return over.isNegative() ? Duration.ZERO : over;
    }

    public boolean over() {
        return elapsed().compareTo(limit) > 0;
    }

    /** A time as minutes and whole seconds, as a stopwatch shows it ("4:05", "12:00"). */
    public static String minutesAndSeconds(Duration time) {
        long seconds = Math.max(0, time.getSeconds());
        return String.format(java.util.Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
