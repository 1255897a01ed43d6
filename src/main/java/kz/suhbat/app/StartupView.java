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
    private static final double MESSAGE_WIDTH = 640;

    private final I18n i18n;
    private final VBox root = new VBox(16);
    private final Label message = new Label();
    private final Label refusal = new Label();
    private final javafx.beans.property.BooleanProperty connecting = new javafx.beans.property.SimpleBooleanProperty();
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

    /**
     * Asks for the password of {@code server}, which the data folder does not keep; {@code connect} gets
     * what was typed (the field is cleared), and {@link #serverRefused} brings the form back with why.
     */
    void askServerPassword(String server, java.util.function.Consumer<char[]> connect) {
        failed = true;
        message.setText(i18n.format("startup.serverPassword", server));
        message.setMaxWidth(MESSAGE_WIDTH);
        message.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        refusal.setMaxWidth(MESSAGE_WIDTH);
        refusal.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        field.setId("serverPasswordField");
        field.setMaxWidth(360);
        field.setAccessibleText(i18n.get("startup.serverPasswordField"));
        javafx.scene.control.Button connectButton = new javafx.scene.control.Button(i18n.get("startup.connect"));
        connectButton.setId("connectButton");
        connectButton.setDefaultButton(true);
        connectButton.disableProperty().bind(field.textProperty().isEmpty().or(connecting));
        refusal.setId("serverRefusal");
        refusal.setWrapText(true);
        refusal.getStyleClass().add("error-text");
        connectButton.setOnAction(event -> {
            connecting.set(true);
            refusal.setText(i18n.get("startup.connecting"));
            char[] typed = field.getText().toCharArray();
            field.clear();
            connect.accept(typed);
        });
        root.getChildren().addAll(field, connectButton, refusal);
        Platform.runLater(field::requestFocus);
    }

    /** The server refused the password typed (or did not answer): says why and asks again. */
    void serverRefused(Throwable failure) {
        connecting.set(false);
        String reason = reason(failure);
        refusal.setText(Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".");
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
        message.setText(i18n.format("startup.failed", reason(failure)));
        message.getStyleClass().add("error-text");
    }

    private String reason(Throwable failure) {
        if (failure instanceof DatabaseOpenException refused) {
            return i18n.get("startup.db." + refused.reason().name());
        }
        if (failure instanceof kz.suhbat.security.KeyringException keyring) {
            return i18n.get("startup.keyring." + keyring.reason().name());
        }
        return String.valueOf(failure.getMessage());
    }
}
