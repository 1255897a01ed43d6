package kz.suhbat.common.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.ProgressIndicator;
import kz.suhbat.common.Progress;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The state of a screen's last action: whether work is running on the worker, and what came of it (a
 * sentence that says it worked, or why not, in the user's language). A view shows it with
 * {@link StatusMessage} and a progress indicator.
 */
public final class ActionStatus {

    private final TaskExecutor executor;
    private final Function<Throwable, String> describe;
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(ProgressIndicator.INDETERMINATE_PROGRESS);

    /** Work that reports how far it has come. */
    @FunctionalInterface
    public interface ProgressWork<T> {
        T call(Progress progress) throws Exception;
    }

    /** {@code describe} turns a failure into the sentence the user reads. */
    public ActionStatus(TaskExecutor executor, Function<Throwable, String> describe) {
        this.executor = executor;
        this.describe = describe;
    }

    /** Runs {@code work} on the worker, then {@code then} on the JavaFX thread; a failure is reported. */
    public <T> void run(Callable<T> work, Consumer<T> then) {
        busy.set(true);
        executor.run(work, result -> {
            busy.set(false);
            then.accept(result);
        }, this::failed);
    }

    /** Like {@link #run}, with the work's progress shown in {@link #progressProperty()} meanwhile. */
    public <T> void runWithProgress(ProgressWork<T> work, Consumer<T> then) {
        progress.set(0);
        Progress relay = executor.relay((done, total) -> progress.set(total <= 0 ? 0 : (double) done / total));
        run(() -> work.call(relay), result -> {
            progress.set(ProgressIndicator.INDETERMINATE_PROGRESS);
            then.accept(result);
        });
    }

    public void succeeded(String text) {
        failed.set(false);
        message.set(text);
    }

    public void failed(Throwable failure) {
        failedWith(describe.apply(failure));
    }

    public void failedWith(String text) {
        busy.set(false);
        progress.set(ProgressIndicator.INDETERMINATE_PROGRESS);
        failed.set(true);
        message.set(text);
    }

    public void clear() {
        failed.set(false);
        message.set("");
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }

    /** The share of the running work done, from 0 to 1, or indeterminate when it does not say. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
