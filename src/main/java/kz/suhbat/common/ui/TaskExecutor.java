package kz.suhbat.common.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (database, files) away from the JavaFX thread and hands the result, or the failure,
 * back on the JavaFX thread. All work goes through one worker thread, so writes never interleave.
 */
public interface TaskExecutor extends AutoCloseable {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    @Override
    void close();
}
