package kz.suhbat.common.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The application's task executor: one daemon worker thread, results delivered with {@code runLater}. */
public final class FxTaskExecutor implements TaskExecutor {


    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "suhbat-worker");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (worker.isShutdown()) {
            // Suhbat is closing: a window closed on the way out has nothing left to load or save.
            log().debug("Work handed in after closing, not run");
            return;
        }
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                if (e instanceof kz.suhbat.common.Refusal) {
                    log().info("Refused: {}", e.getMessage());
                } else {
                    log().warn("Background task failed", e);
                }
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    /** Reports reach the JavaFX thread at most one at a time; a report overtaken by a newer one is dropped. */
    @Override
    public kz.suhbat.common.Progress relay(kz.suhbat.common.Progress listener) {
        java.util.concurrent.atomic.AtomicReference<long[]> latest = new java.util.concurrent.atomic.AtomicReference<>();
        return (done, total) -> {
            if (latest.getAndSet(new long[] {done, total}) == null) {
                Platform.runLater(() -> {
                    long[] report = latest.getAndSet(null);
                    listener.report(report[0], report[1]);
                });
            }
        };
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                log().warn("Background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Taken when needed, so that setting up logging stays off the path to the first window. */
    private static Logger log() {
        return LoggerFactory.getLogger(FxTaskExecutor.class);
    }
}
