package kz.suhbat.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import kz.suhbat.common.db.DatabaseOpenException;
import kz.suhbat.common.i18n.I18n;

/**
 * What the window shows while the database opens, or why it could not. The spinning indicator comes only
 * when the wait is long enough to need one: its animation would otherwise take, on the window's first
 * frames, the processor that makes the next screen.
 */
final class StartupView {

    private static final long SPINNER_AFTER_MILLIS = 600;

    private final I18n i18n;
    private final VBox root = new VBox(16);
    private final Label message = new Label();
    private boolean failed;

    StartupView(I18n i18n) {
        this.i18n = i18n;
        message.setText(i18n.get("startup.opening"));
        message.setWrapText(true);
        message.setId("startupMessage");
        root.getChildren().add(message);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("startup");
        // A timer thread, not an animation: a running animation keeps the toolkit pulsing meanwhile.
        CompletableFuture.delayedExecutor(SPINNER_AFTER_MILLIS, TimeUnit.MILLISECONDS)
                .execute(() -> Platform.runLater(this::showSpinner));
    }

    private void showSpinner() {
        if (!failed && root.getScene() != null) {
            root.getChildren().add(0, new ProgressIndicator());
        }
    }

    Parent root() {
        return root;
    }

    void showFailure(Throwable failure) {
        failed = true;
        String reason;
        if (failure instanceof DatabaseOpenException refused) {
            reason = i18n.get("startup.db." + refused.reason().name());
        } else if (failure instanceof kz.suhbat.security.KeyringException keyring) {
            reason = i18n.get("startup.keyring." + keyring.reason().name());
        } else {
            reason = String.valueOf(failure.getMessage());
        }
        message.setText(i18n.format("startup.failed", reason));
        message.getStyleClass().add("error-text");
    }
}
