package kz.suhbat.backup.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import kz.suhbat.backup.BackupInfo;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.DialogService;
import kz.suhbat.common.ui.Nodes;
import kz.suhbat.common.ui.StatusMessage;
import kz.suhbat.common.ui.ViewSubscriptions;

/** Backups: the list, "back up now", to a drive too, and restore into a new folder from the list or a drive. */
public final class BackupsView {

    private final BackupsViewModel viewModel;
    private final I18n i18n;
    private final DialogService dialogs;

    @FXML private BorderPane backupsPage;
    @FXML private ProgressIndicator busy;
    @FXML private Label folderLabel;
    @FXML private Label subtitle;
    @FXML private javafx.scene.layout.FlowPane toolbar;
    @FXML private Label message;
    @FXML private Button backupNowButton;
    @FXML private Button restoreButton;
    @FXML private Button toDriveButton;
    @FXML private Button restoreFileButton;
    @FXML private Label selectHint;
    @FXML private TableView<BackupInfo> backupTable;
    @FXML private TableColumn<BackupInfo, String> createdColumn;
    @FXML private TableColumn<BackupInfo, String> sizeColumn;
    @FXML private TableColumn<BackupInfo, String> fileColumn;

    public BackupsView(BackupsViewModel viewModel, I18n i18n, DialogService dialogs) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(i18n.language().locale()).withZone(ZoneId.systemDefault());
        createdColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(when.format(c.getValue().createdAt())));
        sizeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(i18n.format("backup.megabytes",
                c.getValue().bytes() / 1_048_576.0)));
        fileColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file().getFileName().toString()));
        backupTable.setItems(viewModel.backups());
        Nodes.whenEmpty(backupTable, i18n.get("backup.none"));
        backupTable.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, backup) -> viewModel.selectedProperty().set(backup));
        restoreButton.disableProperty().bind(backupTable.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.status().busyProperty()));
        backupNowButton.disableProperty().bind(viewModel.status().busyProperty());
        toDriveButton.disableProperty().bind(viewModel.status().busyProperty());
        // On a server the page only says whose backups keep the data: nothing here applies to it.
        for (javafx.scene.Node laptopOnly : java.util.List.of(subtitle, toolbar, backupTable)) {
            laptopOnly.visibleProperty().bind(viewModel.keptByServerProperty().not());
            laptopOnly.managedProperty().bind(viewModel.keptByServerProperty().not());
        }
        restoreFileButton.disableProperty().bind(viewModel.status().busyProperty());
        busy.progressProperty().bind(viewModel.status().progressProperty());
        var hintShown = backupTable.getSelectionModel().selectedItemProperty().isNull()
                .and(javafx.beans.binding.Bindings.isNotEmpty(viewModel.backups()));
        selectHint.visibleProperty().bind(hintShown);
        selectHint.managedProperty().bind(hintShown);
        folderLabel.textProperty().bind(viewModel.folderProperty());
        busy.visibleProperty().bind(viewModel.status().busyProperty());
        ViewSubscriptions subscriptions = new ViewSubscriptions(backupsPage);
        StatusMessage.bind(message, viewModel.status(), subscriptions);
        viewModel.refresh();
    }


    @FXML
    private void backupNow() {
        viewModel.backupNow();
    }

    @FXML
    private void restore() {
        dialogs.chooseFolder(i18n.get("backup.chooseTarget")).ifPresent(viewModel::restore);
    }

    @FXML
    private void backupToDrive() {
        dialogs.chooseFolder(i18n.get("backup.chooseDrive")).ifPresent(viewModel::backupToDrive);
    }

    @FXML
    private void restoreFromFile() {
        dialogs.chooseFileToOpen(i18n.get("backup.chooseFile"), i18n.get("backup.files"), "zip")
                .ifPresent(file -> dialogs.chooseFolder(i18n.get("backup.chooseTarget"))
                        .ifPresent(target -> viewModel.restoreFrom(file, target)));
    }
}
