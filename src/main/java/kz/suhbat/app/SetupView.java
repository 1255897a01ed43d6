package kz.suhbat.app;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.security.PasswordRules;
import kz.suhbat.security.Region;
import javafx.scene.layout.VBox;
import kz.suhbat.common.ui.EnumChoice;
import kz.suhbat.common.ui.TrilingualField;

/** The first-start form. */
public final class SetupView {

    private final SetupViewModel viewModel;
    private final MainWindowViewModel window;
    private final I18n i18n;

    @FXML private ComboBox<Language> languageBox;
    @FXML private Label earlierData;
    @FXML private VBox officeNameBox;
    @FXML private VBox officeCityBox;
    @FXML private TextField officeCode;
    @FXML private ComboBox<Region> regionBox;
    @FXML private TextField adminName;
    @FXML private TextField adminLogin;
    @FXML private PasswordField password;
    @FXML private PasswordField repeated;
    @FXML private Label passwordRules;
    @FXML private Button setUpButton;
    @FXML private ProgressIndicator busy;
    @FXML private Label message;

    SetupView(SetupViewModel viewModel, MainWindowViewModel window, I18n i18n) {
        this.viewModel = viewModel;
        this.window = window;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        LanguageChoice.install(languageBox, window);
        earlierData.setVisible(viewModel.earlierData());
        earlierData.setManaged(viewModel.earlierData());
        TrilingualField name = TrilingualField.stacked("officeName");
        name.valueProperty().bindBidirectional(viewModel.officeNameProperty());
        officeNameBox.getChildren().add(name);
        TrilingualField city = new TrilingualField("officeCity", false);
        city.valueProperty().bindBidirectional(viewModel.officeCityProperty());
        officeCityBox.getChildren().add(city);
        officeCode.textProperty().bindBidirectional(viewModel.officeCodeProperty());
        EnumChoice.install(regionBox, Region.values(), "region", i18n);
        regionBox.valueProperty().bindBidirectional(viewModel.regionProperty());
        adminName.textProperty().bindBidirectional(viewModel.adminNameProperty());
        adminLogin.textProperty().bindBidirectional(viewModel.adminLoginProperty());
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        repeated.textProperty().bindBidirectional(viewModel.repeatedProperty());
        passwordRules.setText(i18n.format("password.rules", PasswordRules.MIN_LENGTH));
        message.textProperty().bind(viewModel.messageProperty());
        busy.visibleProperty().bind(viewModel.busyProperty());
        setUpButton.disableProperty().bind(viewModel.busyProperty());
    }

    @FXML
    private void setUp() {
        viewModel.setUp();
    }
}
