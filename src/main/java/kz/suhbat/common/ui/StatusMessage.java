package kz.suhbat.common.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** A label that reports the outcome of the last action: red when it failed, green when it worked. */
public final class StatusMessage {

    private StatusMessage() {
    }

    public static void bind(Label label, ObservableStringValue text, ReadOnlyBooleanProperty failed,
                            ViewSubscriptions subscriptions) {
        label.textProperty().bind(text);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        subscriptions.listen(failed, (obs, old, isFailed) -> style(label, isFailed));
        style(label, failed.get());
    }

    /** Binds {@code label} to a screen's {@link ActionStatus}. */
    public static void bind(Label label, ActionStatus status, ViewSubscriptions subscriptions) {
        bind(label, status.messageProperty(), status.failedProperty(), subscriptions);
    }

    private static void style(Label label, boolean failed) {
        label.getStyleClass().removeAll("error-text", "success-text");
        label.getStyleClass().add(failed ? "error-text" : "success-text");
    }
}
