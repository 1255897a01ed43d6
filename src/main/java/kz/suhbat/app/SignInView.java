package kz.suhbat.app;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.ui.ViewSubscriptions;
import kz.suhbat.security.Account;

/** Sign in, or unlock the locked window. */
public final class SignInView {

    private final SignInViewModel viewModel;
    private final MainWindowViewModel window;
    private final I18n i18n;

    @FXML private BorderPane signInScreen;
    @FXML private ComboBox<Language> languageBox;
    @FXML private Label heading;
    @FXML private Label note;
    @FXML private TextField loginField;
    @FXML private PasswordField passwordField;
    @FXML private Button signInButton;
    @FXML private ProgressIndicator busy;
    @FXML private Hyperlink otherAccount;
    @FXML private Label message;
    @FXML private Label demoHint;

    SignInView(SignInViewModel viewModel, MainWindowViewModel window, I18n i18n) {
        this.viewModel = viewModel;
        this.window = window;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        LanguageChoice.install(languageBox, window);
        loginField.textProperty().bindBidirectional(viewModel.loginProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        message.textProperty().bind(viewModel.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        busy.visibleProperty().bind(viewModel.busyProperty());
        signInButton.disableProperty().bind(viewModel.busyProperty());
        demoHint.setText(viewModel.demoHint().orElse(""));
        demoHint.setVisible(viewModel.demoHint().isPresent());
        demoHint.setManaged(viewModel.demoHint().isPresent());
        ViewSubscriptions subscriptions = new ViewSubscriptions(signInScreen);
        subscriptions.listen(viewModel.lockedProperty(), (obs, old, account) -> showMode(account));
        showMode(viewModel.lockedProperty().get());
    }

    private void showMode(Account locked) {
        boolean isLocked = locked != null;
        heading.setText(i18n.get(isLocked ? "signin.lockedTitle" : "signin.title"));
        note.setText(isLocked ? i18n.format("signin.lockedNote", locked.displayName()) : i18n.get("signin.note"));
        signInButton.setText(i18n.get(isLocked ? "signin.unlock" : "signin.action"));
        loginField.setDisable(isLocked);
        otherAccount.setVisible(isLocked);
        otherAccount.setManaged(isLocked);
        Platform.runLater(() -> (isLocked || !loginField.getText().isEmpty() ? passwordField : loginField)
                .requestFocus());
    }

    @FXML
    private void signIn() {
        viewModel.signIn();
    }

    @FXML
    private void otherAccount() {
        viewModel.otherAccount();
    }
}
