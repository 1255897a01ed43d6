package kz.suhbat.interview.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.interview.Interview;
import kz.suhbat.interview.InterviewClock;
import kz.suhbat.interview.TimerCheckpoints;
import kz.suhbat.interview.TimerService;

/**
 * The guide's timers: counted on screen, written down through the worker at every checkpoint (another
 * question or step, a pause, closing) and every few seconds while they run, and read back, paused, when
 * the guide opens again. Only the guide of the secretary who runs the sitting writes; a follower's reads.
 */
final class GuideTimers {

    private final TimerService timers;
    private final TaskExecutor executor;
    private final InterviewClock clock;
    private final TimerCheckpoints checkpoints;
    private final boolean writes;
    private Consumer<Throwable> onFailure = failure -> { };
    private Interview interview;

    GuideTimers(TimerService timers, TaskExecutor executor, Clock time, boolean writes) {
        this.timers = timers;
        this.executor = executor;
        this.clock = new InterviewClock(time);
        this.checkpoints = new TimerCheckpoints(clock, time);
        this.writes = writes;
    }

    /** Where a failed write is reported. */
    void onFailure(Consumer<Throwable> report) {
        this.onFailure = report;
    }

    /** The times stored for the interview; called on the worker. */
    Map<String, Duration> read(long interviewId) {
        return timers.elapsed(interviewId);
    }

    /** Takes up the stored times of the interview, paused. */
    void restore(Interview opened, Map<String, Duration> stored) {
        interview = opened;
        checkpoints.restored(stored);
    }

    /** Follows the interview as reloaded: once finalised, its record is locked and nothing is written. */
    void follow(Interview reloaded) {
        interview = reloaded;
    }

    /** Charges the time so far to the part that was on screen and counts on for {@code part}. */
    void moveTo(String part) {
        clock.moveTo(part);
        checkpoint();
    }

    void toggle() {
        clock.toggle();
        if (!clock.running()) {
            checkpoint();
        }
    }

    /** The second's tick: writes down the running time every few seconds. */
    void tick() {
        checkpoints.tick().ifPresent(this::write);
    }

    /** The guide closes: the clock stops and what it counted is written down. */
    void close() {
        clock.pause();
        checkpoint();
    }

    boolean running() {
        return clock.running();
    }

    Duration spentOn(String part) {
        return clock.spentOn(part);
    }

    Duration spentOn(Collection<String> parts) {
        return clock.spentOn(parts);
    }

    private void checkpoint() {
        checkpoints.checkpoint().ifPresent(this::write);
    }

    private void write(Map<String, Duration> changed) {
        Interview shown = interview;
        if (!writes || shown == null || shown.finalised()) {
            return;
        }
        executor.run(() -> {
            timers.save(shown.id(), changed);
            return changed;
        }, saved -> { }, onFailure);
    }
}
