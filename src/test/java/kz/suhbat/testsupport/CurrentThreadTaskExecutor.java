package kz.suhbat.testsupport;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import kz.suhbat.common.ui.TaskExecutor;

/** Runs background work at once on the calling thread, so view models are tested without a toolkit. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void close() {
    }
}
