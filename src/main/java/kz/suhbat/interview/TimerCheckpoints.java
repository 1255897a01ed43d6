package kz.suhbat.interview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * When the guide's timers are written down, and what: at every checkpoint (a move to another question
 * or step, a pause, closing the guide) and, while the clock runs, every {@link #EVERY}, so that a killed
 * process loses at most that much. Only the parts whose time changed since the last write are given.
 */
public final class TimerCheckpoints {

    public static final Duration EVERY = Duration.ofSeconds(5);

    private final InterviewClock clock;
    private final Clock time;
    private Map<String, Duration> written = Map.of();
    private Instant writtenAt;

    public TimerCheckpoints(InterviewClock clock, Clock time) {
        this.clock = clock;
        this.time = time;
    }

    /** Restores the times read back from storage into the clock (paused): they count as written. */
    public void restored(Map<String, Duration> stored) {
        clock.restore(stored);
        written = Map.copyOf(stored);
        writtenAt = time.instant();
    }

    /** The parts whose time changed since the last write, to write now; empty when none did. */
    public Optional<Map<String, Duration>> checkpoint() {
        Map<String, Duration> now = clock.elapsed();
        Map<String, Duration> changed = new HashMap<>();
        now.forEach((part, spent) -> {
            Duration rounded = Duration.ofMillis(spent.toMillis());
            if (!rounded.equals(written.get(part))) {
                changed.put(part, rounded);
            }
        });
        writtenAt = time.instant();
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Duration> all = new HashMap<>(written);
        all.putAll(changed);
        written = Map.copyOf(all);
        return Optional.of(Map.copyOf(changed));
    }

    /** Called every second or so: a checkpoint once the clock has run {@link #EVERY} since the last. */
    public Optional<Map<String, Duration>> tick() {
        if (!clock.running()) {
            // While paused nothing can be lost: the interval counts from when the clock runs again.
            writtenAt = time.instant();
            return Optional.empty();
        }
        if (writtenAt != null && Duration.between(writtenAt, time.instant()).compareTo(EVERY) < 0) {
            return Optional.empty();
        }
        return checkpoint();
    }
}
