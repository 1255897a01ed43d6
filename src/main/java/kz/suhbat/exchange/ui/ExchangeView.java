package kz.suhbat.exchange.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import kz.suhbat.analytics.ui.RaterStatisticsWindows;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.DialogService;
import kz.suhbat.common.ui.Nodes;
import kz.suhbat.common.ui.StatusMessage;
import kz.suhbat.common.ui.ViewSubscriptions;
import kz.suhbat.exchange.CentralKeyFile;
import kz.suhbat.exchange.ImportedCampaign;
import kz.suhbat.exchange.OfficeKeyFile;
import kz.suhbat.exchange.PackageFormat;
import kz.suhbat.exchange.RegisteredKey;

/** The central office's exchange page: imports, imported campaigns by office, and the offices' keys. */
public final class ExchangeView {

    private final ExchangeViewModel viewModel;
    private final I18n i18n;
    private final DialogService dialogs;
    private final RaterStatisticsWindows raters;
    private final CentralKeyViewModel centralKeys;

    @FXML private BorderPane exchangePage;
    @FXML private ProgressIndicator busy;
    @FXML private Button importFolderButton;
    @FXML private Button importFilesButton;
    @FXML private Label message;
    @FXML private TabPane tabs;
    @FXML private TableView<ExchangeViewModel.OutcomeLine> outcomeTable;
    @FXML private TableColumn<ExchangeViewModel.OutcomeLine, String> fileColumn;
    @FXML private TableColumn<ExchangeViewModel.OutcomeLine, String> officeColumn;
    @FXML private TableColumn<ExchangeViewModel.OutcomeLine, String> sequenceColumn;
    @FXML private TableColumn<ExchangeViewModel.OutcomeLine, String> outcomeColumn;
    @FXML private TableView<ImportedCampaign> campaignTable;
    @FXML private TableColumn<ImportedCampaign, String> regionColumn;
    @FXML private TableColumn<ImportedCampaign, String> campaignOfficeColumn;
    @FXML private TableColumn<ImportedCampaign, String> titleColumn;
    @FXML private TableColumn<ImportedCampaign, String> opensColumn;
    @FXML private TableColumn<ImportedCampaign, String> candidatesColumn;
    @FXML private TableColumn<ImportedCampaign, String> decidedColumn;
    @FXML private TableColumn<ImportedCampaign, String> scoresColumn;
    @FXML private TableColumn<ImportedCampaign, String> packageColumn;
    @FXML private TableView<ExchangeViewModel.CandidateLine> candidateTable;
    @FXML private TableColumn<ExchangeViewModel.CandidateLine, String> candidateNameColumn;
    @FXML private TableColumn<ExchangeViewModel.CandidateLine, String> candidateIinColumn;
    @FXML private TableColumn<ExchangeViewModel.CandidateLine, String> candidateDateColumn;
    @FXML private TableColumn<ExchangeViewModel.CandidateLine, String> candidateStatusColumn;
    @FXML private TableColumn<ExchangeViewModel.CandidateLine, String> candidateTotalColumn;
    @FXML private TableColumn<ExchangeViewModel.CandidateLine, String> candidateDecisionColumn;
    @FXML private FlowPane keyButtons;
    @FXML private Label ownKey;
    @FXML private Label centralRecipient;
    @FXML private Label centralOwn;
    @FXML private Button registerCentralButton;
    @FXML private FlowPane centralRecipientButtons;
    @FXML private Button makeCentralButton;
    @FXML private Button saveCentralButton;
    @FXML private Button revokeButton;
    @FXML private Button ratersButton;
    @FXML private TableView<RegisteredKey> keyTable;
    @FXML private TableColumn<RegisteredKey, String> keyOfficeColumn;
    @FXML private TableColumn<RegisteredKey, String> keyRegionColumn;
    @FXML private TableColumn<RegisteredKey, String> fingerprintColumn;
    @FXML private TableColumn<RegisteredKey, String> registeredColumn;
    @FXML private TableColumn<RegisteredKey, String> keyStateColumn;

    public ExchangeView(ExchangeViewModel viewModel, CentralKeyViewModel centralKeys, I18n i18n, DialogService dialogs,
                        RaterStatisticsWindows raters) {
        this.raters = raters;
        this.centralKeys = centralKeys;
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(i18n.language().locale()).withZone(ZoneId.systemDefault());
        text(fileColumn, ExchangeViewModel.OutcomeLine::file);
        text(officeColumn, ExchangeViewModel.OutcomeLine::office);
        text(sequenceColumn, ExchangeViewModel.OutcomeLine::sequence);
        text(outcomeColumn, ExchangeViewModel.OutcomeLine::text);
        outcomeTable.setItems(viewModel.outcomes());
        Nodes.whenEmpty(outcomeTable, i18n.get("exchange.noImportYet"));
        text(regionColumn, c -> i18n.get("region." + c.region()));
        text(campaignOfficeColumn, c -> c.officeName() + " (" + c.officeCode() + ")");
        text(titleColumn, c -> c.title() + " (" + i18n.get("campaign.type." + c.type()) + ")");
        DateTimeFormatter shortDates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                .withLocale(i18n.language().locale());
        text(opensColumn, c -> shortDates.format(c.opens()));
        text(candidatesColumn, c -> Integer.toString(c.candidates()));
        text(decidedColumn, c -> Integer.toString(c.decided()));
        text(scoresColumn, c -> Integer.toString(c.scores()));
        text(packageColumn, c -> Long.toString(c.sequence()));
        campaignTable.setItems(viewModel.campaigns());
        Nodes.whenEmpty(campaignTable, i18n.get("exchange.noCampaigns"));
        campaignTable.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) ->
                viewModel.show(chosen));
        text(candidateNameColumn, ExchangeViewModel.CandidateLine::name);
        text(candidateIinColumn, ExchangeViewModel.CandidateLine::iin);
        text(candidateDateColumn, ExchangeViewModel.CandidateLine::date);
        text(candidateStatusColumn, ExchangeViewModel.CandidateLine::status);
        text(candidateTotalColumn, ExchangeViewModel.CandidateLine::total);
        text(candidateDecisionColumn, ExchangeViewModel.CandidateLine::decision);
        candidateTable.setItems(viewModel.candidates());
        Nodes.whenEmpty(candidateTable, i18n.get("exchange.chooseCampaign"));
        text(keyOfficeColumn, k -> k.officeName() + " (" + k.officeCode() + ")");
        text(keyRegionColumn, k -> i18n.get("region." + k.region()));
        text(fingerprintColumn, RegisteredKey::shortFingerprint);
        text(registeredColumn, k -> dates.format(k.registeredAt()));
        text(keyStateColumn, k -> k.revokedAt().map(at -> i18n.format("exchange.revokedOn", dates.format(at)))
                .orElse(i18n.get("exchange.keyValid")));
        keyTable.setItems(viewModel.keys());
        Nodes.whenEmpty(keyTable, i18n.get("exchange.noKeys"));
        Nodes.show(viewModel.managesKeys(), keyButtons);
        ownKey.textProperty().bind(viewModel.ownKeyProperty());
        centralRecipient.textProperty().bind(centralKeys.recipientProperty());
        centralOwn.textProperty().bind(centralKeys.ownProperty());
        Nodes.show(centralKeys.managesKeys(), centralRecipientButtons);
        if (centralKeys.managesKeys()) {
            makeCentralButton.visibleProperty().bind(centralKeys.hasOwnKeyProperty().not());
            makeCentralButton.managedProperty().bind(makeCentralButton.visibleProperty());
        } else {
            Nodes.show(false, makeCentralButton);
        }
        saveCentralButton.visibleProperty().bind(centralKeys.hasOwnKeyProperty());
        saveCentralButton.managedProperty().bind(saveCentralButton.visibleProperty());
        revokeButton.disableProperty().bind(keyTable.getSelectionModel().selectedItemProperty().isNull());
        ratersButton.disableProperty().bind(campaignTable.getSelectionModel().selectedItemProperty().isNull());
        ViewSubscriptions subscriptions = new ViewSubscriptions(exchangePage);
        StatusMessage.bind(message, viewModel.status(), subscriptions);
        busy.visibleProperty().bind(viewModel.status().busyProperty());
        busy.progressProperty().bind(viewModel.status().progressProperty());
        importFolderButton.disableProperty().bind(viewModel.status().busyProperty());
        importFilesButton.disableProperty().bind(viewModel.status().busyProperty());
        viewModel.refresh();
        centralKeys.refresh();
    }

    /** A column of text; a text cut short by the column's width shows whole when pointed at. */
    private static <T> void text(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
    }

    @FXML
    private void importFolder() {
        dialogs.chooseFolder(i18n.get("exchange.chooseStick")).ifPresent(folder -> {
            tabs.getSelectionModel().select(0);
            viewModel.importFolder(folder);
        });
    }

    @FXML
    private void importFiles() {
        var files = dialogs.chooseFilesToOpen(i18n.get("exchange.importFiles"), i18n.get("exchange.packageFiles"),
                PackageFormat.EXTENSION.substring(1));
        tabs.getSelectionModel().select(0);
        viewModel.importFiles(files);
    }

    /** How the chosen campaign's panel rated, from the scores its package carried. */
    @FXML
    private void openRaters() {
        ImportedCampaign chosen = campaignTable.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            raters.openImported(chosen.id());
        }
    }

    @FXML
    private void registerKey() {
        dialogs.chooseFileToOpen(i18n.get("exchange.registerKey"), i18n.get("exchange.keyFiles"),
                OfficeKeyFile.EXTENSION.substring(1)).ifPresent(file -> viewModel.readKeyFile(file, this::confirm));
    }

    private void confirm(OfficeKeyFile file) {
        if (dialogs.confirm(i18n.get("exchange.registerKey"), i18n.format("exchange.confirmKey", file.officeCode(),
                file.officeName(), file.shortFingerprint()))) {
            viewModel.register(file);
        }
    }

    @FXML
    private void saveOwnKey() {
        dialogs.chooseFileToSave(i18n.get("exchange.saveOwnKey"), viewModel.ownKeyFileName(),
                i18n.get("exchange.keyFiles"), OfficeKeyFile.EXTENSION.substring(1)).ifPresent(viewModel::saveOwnKey);
    }

    @FXML
    private void registerCentralKey() {
        dialogs.chooseFileToOpen(i18n.get("centralKey.register"), i18n.get("centralKey.files"),
                CentralKeyFile.EXTENSION.substring(1)).ifPresent(file -> centralKeys.readKeyFile(file, read -> {
                    if (dialogs.confirm(i18n.get("centralKey.register"), i18n.format("centralKey.confirm",
                            read.officeCode(), read.officeName(), read.shortFingerprint()))) {
                        centralKeys.register(read);
                    }
                }));
    }

    @FXML
    private void makeCentralKey() {
        if (dialogs.confirm(i18n.get("centralKey.make"), i18n.get("centralKey.confirmMake"))) {
            centralKeys.makeOwnKey();
        }
    }

    @FXML
    private void saveCentralKey() {
        dialogs.chooseFileToSave(i18n.get("centralKey.save"), centralKeys.ownKeyFileName(),
                i18n.get("centralKey.files"), CentralKeyFile.EXTENSION.substring(1)).ifPresent(centralKeys::saveOwnKey);
    }

    @FXML
    private void revokeKey() {
        RegisteredKey key = keyTable.getSelectionModel().getSelectedItem();
        if (key != null && dialogs.confirm(i18n.get("exchange.revokeKey"), i18n.format("exchange.confirmRevoke",
                key.officeCode(), key.shortFingerprint()))) {
            viewModel.revoke(key);
        }
    }
}
