package kz.suhbat.interview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The timers of a sitting: how long each question has taken, counted while the clock runs and charged
 * to the question on screen. A competency's time is the sum of its questions'. Time against a limit is
 * in its warning zone from 80% of the limit or in its last minute, whichever comes first, and over once
 * the limit has passed. The times of an earlier opening of the guide are taken up with {@link #restore}.
 */
public final class InterviewClock {

    /** Where a time stands against its limit. */
    public enum Zone { NORMAL, WARNING, OVER }

    private final Clock clock;
    private final Map<String, Duration> spent = new HashMap<>();
    private String current;
    private Instant runningSince;

    public InterviewClock(Clock clock) {
        this.clock = clock;
    }

    public boolean running() {
        return runningSince != null;
    }

    public void start() {
        if (runningSince == null) {
            runningSince = clock.instant();
        }
    }

    public void pause() {
        charge();
        runningSince = null;
    }

    public void toggle() {
        if (running()) {
            pause();
        } else {
            start();
        }
    }

    /** Charges the time so far to the question that was on screen and counts on for {@code question}. */
    public void moveTo(String question) {
        charge();
        current = question;
    }

    private void charge() {
        if (runningSince != null && current != null) {
            Instant now = clock.instant();
            spent.merge(current, Duration.between(runningSince, now), Duration::plus);
            runningSince = now;
        }
    }

    public Duration spentOn(String question) {
        Duration total = spent.getOrDefault(question, Duration.ZERO);
        if (runningSince != null && question.equals(current)) {
            total = total.plus(Duration.between(runningSince, clock.instant()));
        }
        return total;
    }

    /** Takes up the times an earlier opening of the guide wrote down; the clock stands paused. */
    public void restore(Map<String, Duration> stored) {
        spent.clear();
        spent.putAll(stored);
        runningSince = null;
    }

    /** The time taken so far on every part (a question or a step), the running part's up to now. */
    public Map<String, Duration> elapsed() {
        Map<String, Duration> all = new HashMap<>(spent);
        if (runningSince != null && current != null) {
            all.merge(current, Duration.between(runningSince, clock.instant()), Duration::plus);
        }
        return Map.copyOf(all);
    }

    public Duration spentOn(Collection<String> questions) {
        return questions.stream().map(this::spentOn).reduce(Duration.ZERO, Duration::plus);
    }

    public static Zone zone(Duration spent, Duration limit) {
        if (spent.compareTo(limit) > 0) {
            return Zone.OVER;
        }
        Duration fourFifths = limit.multipliedBy(4).dividedBy(5);
        Duration lastMinute = limit.minusMinutes(1);
        Duration warnFrom = fourFifths.compareTo(lastMinute) < 0 ? fourFifths : lastMinute;
        return spent.compareTo(warnFrom) >= 0 ? Zone.WARNING : Zone.NORMAL;
    }
}
