package kz.suhbat.panel.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.ui.DateFields;
import kz.suhbat.common.ui.DialogService;
import kz.suhbat.common.ui.Nodes;
import kz.suhbat.common.ui.EnumChoice;
import kz.suhbat.common.ui.StatusMessage;
import kz.suhbat.common.ui.TrilingualField;
import kz.suhbat.common.ui.ViewSubscriptions;
import kz.suhbat.common.ui.WrappingCell;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.panel.PanelRole;
import kz.suhbat.panel.Affiliation;
import kz.suhbat.security.Account;

/**
 * The panel: its members with their roles and where they come from, and a grid of the voting members'
 * conflict-of-interest declarations per candidate (a cell is chosen, then declared).
 */
public final class PanelView {

    private final PanelViewModel viewModel;
    private final I18n i18n;
    private final DialogService dialogs;

    @FXML private BorderPane panelPane;
    @FXML private ProgressIndicator busy;
    @FXML private Label quorumSummary;
    @FXML private Label message;
    @FXML private Button addMemberButton;
    @FXML private Button editMemberButton;
    @FXML private Button removeMemberButton;
    @FXML private TableView<PanelMember> memberTable;
    @FXML private TableColumn<PanelMember, String> memberNameColumn;
    @FXML private TableColumn<PanelMember, String> memberRoleColumn;
    @FXML private TableColumn<PanelMember, String> memberFromColumn;
    @FXML private TableColumn<PanelMember, String> memberCalibratedColumn;
    @FXML private TableColumn<PanelMember, String> memberNoteColumn;
    @FXML private TableView<Candidate> conflictTable;
    @FXML private HBox declareBox;
    @FXML private VBox conflictsBox;
    @FXML private javafx.scene.control.SplitPane panelSplit;
    @FXML private VBox memberForm;
    @FXML private TextField memberName;
    @FXML private ComboBox<PanelRole> memberRole;
    @FXML private javafx.scene.control.CheckBox memberDeputy;
    @FXML private ComboBox<Affiliation> memberAffiliation;
    @FXML private Label organisationLabel;
    @FXML private VBox organisationBox;
    @FXML private Label missingOrganisation;
    private final TrilingualField memberOrganisation = TrilingualField.stacked("memberOrganisation")
            .optional(Language.EN);
    @FXML private ComboBox<Account> memberAccount;
    @FXML private Label registeredLabel;
    @FXML private DatePicker memberRegistered;
    @FXML private Label observerRules;

    public PanelView(PanelViewModel viewModel, I18n i18n, DialogService dialogs) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        ViewSubscriptions subscriptions = new ViewSubscriptions(panelPane);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(i18n.language().locale());
        WrappingCell.show(memberNameColumn, PanelMember::fullName);
        WrappingCell.show(memberRoleColumn, m -> m.deputy() ? i18n.get("panel.deputyChair")
                : i18n.get("panel.role." + m.role().name()));
        WrappingCell.show(memberFromColumn, m -> i18n.get("panel.affiliation." + m.affiliation().name())
                + (m.organisation().lacksWorkingLanguage() ? "" : " · " + i18n.name(m.organisation())));
        WrappingCell.show(memberCalibratedColumn, m -> viewModel.calibration(m, date),
                m -> viewModel.uncalibrated(m) ? "uncalibrated" : null);
        WrappingCell.show(memberNoteColumn, m -> m.role() == PanelRole.OBSERVER && m.registeredOn() != null
                ? i18n.format("panel.registered", date.format(m.registeredOn()))
                : m.accountId() != null ? i18n.get("panel.hasAccount") : "");
        memberTable.setItems(viewModel.members());
        Nodes.whenEmpty(memberTable, i18n.get("panel.none"));
        memberTable.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, member) -> viewModel.selectedProperty().set(member));
        var noneSelected = memberTable.getSelectionModel().selectedItemProperty().isNull();
        editMemberButton.disableProperty().bind(noneSelected);
        removeMemberButton.disableProperty().bind(noneSelected);
        boolean editable = viewModel.editable();
        Nodes.show(editable, addMemberButton, editMemberButton, removeMemberButton);

        conflictTable.setItems(viewModel.candidates());
        conflictTable.getSelectionModel().setCellSelectionEnabled(true);
        Nodes.whenEmpty(conflictTable, i18n.get("candidate.none"));
        subscriptions.listen(viewModel.members(), change -> buildConflictColumns());
        subscriptions.listen(viewModel.declarations(), change -> conflictTable.refresh());
        buildConflictColumns();

        memberName.textProperty().bindBidirectional(viewModel.nameProperty());
        EnumChoice.install(memberRole, PanelRole.values(), "panel.role", i18n);
        memberRole.valueProperty().bindBidirectional(viewModel.roleProperty());
        memberDeputy.selectedProperty().bindBidirectional(viewModel.deputyProperty());
        EnumChoice.install(memberAffiliation, Affiliation.values(), "panel.affiliation", i18n);
        memberAffiliation.valueProperty().bindBidirectional(viewModel.affiliationProperty());
        organisationBox.getChildren().add(memberOrganisation);
        organisationLabel.setLabelFor(memberOrganisation.input(Language.KK));
        memberOrganisation.valueProperty().bindBidirectional(viewModel.organisationProperty());
        Nodes.showWhileText(missingOrganisation, viewModel.missingOrganisationProperty());
        memberAccount.setItems(viewModel.accountChoices());
        memberAccount.setPromptText(i18n.get("panel.noAccount"));
        memberAccount.setCellFactory(list -> new AccountCell());
        memberAccount.setButtonCell(new AccountCell());
        memberAccount.valueProperty().bindBidirectional(viewModel.accountProperty());
        DateFields.localize(memberRegistered, i18n);
        memberRegistered.valueProperty().bindBidirectional(viewModel.registeredOnProperty());
        subscriptions.listen(viewModel.roleProperty(), (obs, old, role) -> showObserverFields(role));
        showObserverFields(viewModel.roleProperty().get());
        StatusMessage.bind(message, viewModel.status(), subscriptions);
        busy.visibleProperty().bind(viewModel.status().busyProperty());
        subscriptions.listen(viewModel.formProperty(), (obs, old, form) -> showForm(form));
        showForm(viewModel.formProperty().get());
        subscriptions.listen(viewModel.members(), change -> showQuorum());
        subscriptions.listen(viewModel.campaignProperty(), (obs, old, campaign) -> showQuorum());
        showQuorum();
    }

    /** The member form takes the place of the conflicts grid while it is open. */
    private void showForm(PanelViewModel.Form form) {
        boolean open = form != PanelViewModel.Form.NONE;
        Nodes.show(open, memberForm);
        Nodes.show(!open, conflictsBox);
        panelSplit.setDividerPositions(open ? 0.28 : 0.45);
    }

    private void showQuorum() {
        Campaign campaign = viewModel.campaignProperty().get();
        long voting = viewModel.members().stream().filter(m -> m.role().voting()).count();
        quorumSummary.setText(campaign == null ? "" : i18n.format("panel.quorumSummary", voting,
                campaign.quorum().required((int) voting), campaign.quorum().numerator(),
                campaign.quorum().denominator()));
    }

    private void showObserverFields(PanelRole role) {
        boolean observer = role == PanelRole.OBSERVER;
        Nodes.show(observer, registeredLabel, memberRegistered, observerRules);
        Nodes.show(role == PanelRole.MEMBER, memberDeputy);
    }

    /** One column per voting member; a cell shows that member's declaration about the row's candidate. */
    private void buildConflictColumns() {
        conflictTable.getColumns().clear();
        TableColumn<Candidate, String> name = new TableColumn<>(i18n.get("candidate.name"));
        WrappingCell.show(name, Candidate::fullName);
        name.setPrefWidth(240);
        conflictTable.getColumns().add(name);
        for (PanelMember member : viewModel.members()) {
            if (!member.role().voting()) {
                continue;
            }
            TableColumn<Candidate, String> column = new TableColumn<>(member.fullName());
            column.setUserData(member);
            column.setPrefWidth(150);
            WrappingCell.show(column, candidate -> viewModel.declaration(member, candidate)
                    .map(d -> d.conflict() ? i18n.format("panel.cellConflict", d.reason()) : i18n.get("panel.cellNone"))
                    .orElse(i18n.get("panel.cellUndeclared")));
            conflictTable.getColumns().add(column);
        }
    }

    private void declare(boolean conflict) {
        TablePosition<Candidate, ?> cell = conflictTable.getSelectionModel().getSelectedCells().isEmpty()
                ? conflictTable.getFocusModel().getFocusedCell()
                : conflictTable.getSelectionModel().getSelectedCells().get(0);
        if (cell == null || cell.getRow() < 0 || cell.getTableColumn() == null
                || !(cell.getTableColumn().getUserData() instanceof PanelMember member)) {
            dialogs.showInformation(i18n.get("panel.conflicts"), i18n.get("panel.chooseCell"));
            return;
        }
        Candidate candidate = conflictTable.getItems().get(cell.getRow());
        if (!conflict) {
            viewModel.declare(member, candidate, false, "");
            return;
        }
        dialogs.askText(i18n.get("panel.conflict"), i18n.format("panel.conflictReason", member.fullName(),
                candidate.fullName()), "").ifPresent(reason -> viewModel.declare(member, candidate, true, reason));
    }


    @FXML
    private void declareNone() {
        declare(false);
    }

    @FXML
    private void declareConflict() {
        declare(true);
    }

    @FXML
    private void startAdd() {
        viewModel.startAdd();
        memberName.requestFocus();
    }

    @FXML
    private void startEdit() {
        viewModel.startEdit();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void remove() {
        PanelMember member = viewModel.selectedProperty().get();
        if (member != null && dialogs.confirm(i18n.get("panel.remove"),
                i18n.format("panel.removeConfirm", member.fullName()))) {
            viewModel.remove();
        }
    }

    private final class AccountCell extends ListCell<Account> {
        @Override
        protected void updateItem(Account account, boolean empty) {
            super.updateItem(account, empty);
            setText(empty || account == null ? i18n.get("panel.noAccount")
                    : account.displayName() + " (" + account.login() + ")");
        }
    }
}
