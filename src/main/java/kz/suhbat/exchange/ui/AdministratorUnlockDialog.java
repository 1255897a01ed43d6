package kz.suhbat.exchange.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.DialogButtons;

/**
 * Asks for an administrator's login and password before a package is signed: only an administrator's
 * password unlocks the office's signing key. What they open is checked on the worker, and refused in
 * words in the screen's status line.
 */
public final class AdministratorUnlockDialog {

    /** What was typed; the password is cleared by whoever uses it. */
    public record Answer(String login, char[] password) {
    }

    private AdministratorUnlockDialog() {
    }

    public static Optional<Answer> ask(Window owner, I18n i18n) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("exchange.unlock.title"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        DialogButtons buttons = new DialogButtons(i18n);
        ButtonType ok = buttons.ok();
        dialog.getDialogPane().getButtonTypes().setAll(ok, buttons.cancel());

        Label explanation = new Label(i18n.get("exchange.unlock.explanation"));
        explanation.setWrapText(true);
        explanation.setMinHeight(Label.USE_PREF_SIZE);
        TextField login = new TextField();
        login.setId("adminLoginField");
        PasswordField password = new PasswordField();
        password.setId("adminPasswordField");
        Label loginLabel = new Label(i18n.get("exchange.unlock.login"));
        loginLabel.setLabelFor(login);
        loginLabel.setWrapText(true);
        Label passwordLabel = new Label(i18n.get("exchange.unlock.password"));
        passwordLabel.setLabelFor(password);
        passwordLabel.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(160);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.addRow(0, loginLabel, login);
        grid.addRow(1, passwordLabel, password);
        VBox content = new VBox(12, explanation, grid);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(login.textProperty().isEmpty()
                .or(password.textProperty().isEmpty()));
        dialog.setResultConverter(button -> button == ok
                ? new Answer(login.getText().strip(), password.getText().toCharArray()) : null);
        Platform.runLater(login::requestFocus);
        return dialog.showAndWait();
    }
}
