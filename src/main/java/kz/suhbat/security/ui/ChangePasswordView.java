package kz.suhbat.security.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.StatusMessage;
import kz.suhbat.common.ui.ViewSubscriptions;
import kz.suhbat.security.PasswordRules;

/** The form for a new password. */
public final class ChangePasswordView {

    private final ChangePasswordViewModel viewModel;
    private final I18n i18n;

    @FXML private javafx.scene.layout.StackPane changePassword;
    @FXML private Label note;
    @FXML private PasswordField currentPassword;
    @FXML private PasswordField newPassword;
    @FXML private PasswordField repeatedPassword;
    @FXML private Label rules;
    @FXML private Button changeButton;
    @FXML private Button cancelButton;
    @FXML private ProgressIndicator busy;
    @FXML private Label message;

    public ChangePasswordView(ChangePasswordViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        note.setText(i18n.get(viewModel.required() ? "password.requiredNote" : "password.note"));
        rules.setText(i18n.format("password.rules", PasswordRules.MIN_LENGTH));
        currentPassword.textProperty().bindBidirectional(viewModel.currentProperty());
        newPassword.textProperty().bindBidirectional(viewModel.replacementProperty());
        repeatedPassword.textProperty().bindBidirectional(viewModel.repeatedProperty());
        StatusMessage.bind(message, viewModel.messageProperty(), viewModel.failedProperty(),
                new ViewSubscriptions(changePassword));
        busy.visibleProperty().bind(viewModel.busyProperty());
        changeButton.disableProperty().bind(viewModel.busyProperty());
        cancelButton.setVisible(!viewModel.required());
        cancelButton.setManaged(!viewModel.required());
        currentPassword.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(currentPassword::requestFocus);
            }
        });
    }


    @FXML
    private void change() {
        viewModel.change();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
