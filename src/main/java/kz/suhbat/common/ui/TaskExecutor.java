package kz.suhbat.common.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (database, files) away from the JavaFX thread and hands the result, or the failure,
 * back on the JavaFX thread. All work goes through one worker thread, so writes never interleave.
 */
public interface TaskExecutor extends AutoCloseable {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * A {@link kz.suhbat.common.Progress} for work on the worker that passes each report to
     * {@code listener} on the JavaFX thread. This one calls it at once, for executors that run on the
     * calling thread.
     */
    default kz.suhbat.common.Progress relay(kz.suhbat.common.Progress listener) {
        return listener;
    }

    @Override
    void close();
}
