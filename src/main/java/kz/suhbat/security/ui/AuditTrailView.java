package kz.suhbat.security.ui;

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
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import kz.suhbat.audit.AuditAction;
import kz.suhbat.audit.AuditEntry;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.Nodes;
import kz.suhbat.common.ui.StatusMessage;
import kz.suhbat.common.ui.ViewSubscriptions;

/** The audit trail: newest changes, their before and after values, and the chain check. */
public final class AuditTrailView {

    /** The kinds of record the audit trail names, each with a label {@code audit.entityType.<type>}. */
    public static final java.util.Set<String> ENTITY_TYPES = java.util.Set.of("framework", "account", "office",
            "campaign", "candidate", "panelMember", "sitting", "interview", "package", "trail");

    private final AuditTrailViewModel viewModel;
    private final I18n i18n;

    @FXML private BorderPane auditPage;
    @FXML private ProgressIndicator busy;
    @FXML private Button verifyButton;
    @FXML private Label verdict;
    @FXML private TableView<AuditEntry> entryTable;
    @FXML private TableColumn<AuditEntry, String> seqColumn;
    @FXML private TableColumn<AuditEntry, String> whenColumn;
    @FXML private TableColumn<AuditEntry, String> whoColumn;
    @FXML private TableColumn<AuditEntry, String> actionColumn;
    @FXML private TableColumn<AuditEntry, String> entityColumn;
    @FXML private TextArea details;

    public AuditTrailView(AuditTrailViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(i18n.language().locale()).withZone(ZoneId.systemDefault());
        seqColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Long.toString(c.getValue().seq())));
        whenColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(when.format(c.getValue().at())));
        whoColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().actorLogin()));
        actionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(AuditAction.ofCode(c.getValue().action())
                .map(action -> i18n.get("audit.action." + action.name())).orElse(c.getValue().action())));
        entityColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(entity(c.getValue())));
        details.setPromptText(i18n.get("audit.detailsPrompt"));
        entryTable.setItems(viewModel.entries());
        Nodes.whenEmpty(entryTable, i18n.get("audit.none"));
        entryTable.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> showDetails(entry));
        busy.visibleProperty().bind(viewModel.busyProperty());
        verifyButton.disableProperty().bind(viewModel.busyProperty());
        StatusMessage.bind(verdict, viewModel.verdictProperty(), viewModel.brokenProperty(),
                new ViewSubscriptions(auditPage));
        viewModel.reload();
    }

    /** "Account 6", "Рамка 2": the kind of record in the user's language, and its number or code. */
    private String entity(AuditEntry entry) {
        return ENTITY_TYPES.contains(entry.entityType())
                ? i18n.format("audit.entityType." + entry.entityType(), entry.entityId())
                : entry.entityType() + " " + entry.entityId();
    }

    private void showDetails(AuditEntry entry) {
        if (entry == null) {
            details.clear();
            return;
        }
        details.setText(i18n.format("audit.detailText", entry.hash(), entry.prevHash(),
                entry.before() == null ? "—" : entry.before(), entry.after() == null ? "—" : entry.after()));
    }

    @FXML
    private void verify() {
        viewModel.verify();
    }

    @FXML
    private void reload() {
        viewModel.reload();
    }
}
