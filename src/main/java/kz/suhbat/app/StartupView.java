package kz.suhbat.app;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import kz.suhbat.common.db.DatabaseOpenException;
import kz.suhbat.common.i18n.I18n;

/** What the window shows while the database opens, or why it could not. */
final class StartupView {

    private final I18n i18n;
    private final VBox root = new VBox(16);
    private final Label message = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();

    StartupView(I18n i18n) {
        this.i18n = i18n;
        message.setText(i18n.get("startup.opening"));
        message.setWrapText(true);
        message.setId("startupMessage");
        root.getChildren().addAll(progress, message);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("startup");
    }

    Parent root() {
        return root;
    }

    void showFailure(Throwable failure) {
        progress.setVisible(false);
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
