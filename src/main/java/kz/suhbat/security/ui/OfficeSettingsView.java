package kz.suhbat.security.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.EnumChoice;
import kz.suhbat.common.ui.Spinners;
import kz.suhbat.common.ui.StatusMessage;
import kz.suhbat.common.ui.ViewSubscriptions;
import kz.suhbat.security.Region;

/** The office's details, the idle lock and the backup schedule. */
public final class OfficeSettingsView {

    private final OfficeSettingsViewModel viewModel;
    private final I18n i18n;

    @FXML private BorderPane officePage;
    @FXML private ProgressIndicator busy;
    @FXML private TextField officeName;
    @FXML private TextField officeCode;
    @FXML private ComboBox<Region> regionBox;
    @FXML private Spinner<Integer> lockMinutes;
    @FXML private Spinner<Integer> backupHours;
    @FXML private Spinner<Integer> backupsKept;
    @FXML private Button saveOfficeButton;
    @FXML private Label message;

    public OfficeSettingsView(OfficeSettingsViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        officeName.textProperty().bindBidirectional(viewModel.nameProperty());
        officeCode.textProperty().bindBidirectional(viewModel.codeProperty());
        EnumChoice.install(regionBox, Region.values(), "region", i18n);
        regionBox.valueProperty().bindBidirectional(viewModel.regionProperty());
        ViewSubscriptions subscriptions = new ViewSubscriptions(officePage);
        Spinners.bind(lockMinutes, 1, 240, viewModel.lockMinutesProperty(), subscriptions);
        Spinners.bind(backupHours, 0, 168, viewModel.backupHoursProperty(), subscriptions);
        Spinners.bind(backupsKept, 1, 100, viewModel.backupsKeptProperty(), subscriptions);
        busy.visibleProperty().bind(viewModel.status().busyProperty());
        saveOfficeButton.disableProperty().bind(viewModel.status().busyProperty());
        StatusMessage.bind(message, viewModel.status(), subscriptions);
        viewModel.load();
    }



    @FXML
    private void save() {
        Spinners.commit(lockMinutes);
        Spinners.commit(backupHours);
        Spinners.commit(backupsKept);
        viewModel.save();
    }
}
