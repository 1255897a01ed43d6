package kz.suhbat.sittingday.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import kz.suhbat.analytics.ui.RaterStatisticsWindows;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.exchange.ui.AdministratorUnlockDialog;
import kz.suhbat.common.ui.DateFields;
import kz.suhbat.common.ui.Nodes;
import kz.suhbat.common.ui.SpreadsheetChoice;
import kz.suhbat.common.ui.StatusMessage;
import kz.suhbat.common.ui.ViewSubscriptions;
import kz.suhbat.common.ui.WrappingCell;
import kz.suhbat.devices.ui.RoomWindows;
import javafx.beans.binding.Bindings;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import kz.suhbat.common.ui.DialogService;
import kz.suhbat.interview.Interview;
import kz.suhbat.interview.ui.InterviewLauncher;
import kz.suhbat.panel.Agenda;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.panel.PanelRole;
import kz.suhbat.panel.Sitting;
import kz.suhbat.panel.SittingStatus;

/** Sittings and the day agenda: attendance on the left, the candidates in time order on the right. */
public final class ScheduleView {

    private final ScheduleViewModel viewModel;
    private final SittingPapersViewModel papers;
    private final I18n i18n;
    private final DateTimeFormatter dates;

    @FXML private BorderPane schedulePane;
    @FXML private ComboBox<Sitting> sittingBox;
    @FXML private ProgressIndicator busy;
    @FXML private FlowPane planBox;
    @FXML private DatePicker newDate;
    @FXML private TextField newRoom;
    @FXML private Label message;
    @FXML private Label observerRules;
    @FXML private VBox attendanceBox;
    @FXML private Label quorumState;
    @FXML private Button openButton;
    @FXML private Button closeButton;
    @FXML private Button devicesButton;
    @FXML private Label nextLabel;
    @FXML private TableView<Agenda.Item> agendaTable;
    @FXML private TableColumn<Agenda.Item, String> timeColumn;
    @FXML private TableColumn<Agenda.Item, String> candidateColumn;
    @FXML private TableColumn<Agenda.Item, String> quorumColumn;
    @FXML private TableColumn<Agenda.Item, String> interviewColumn;
    @FXML private FlowPane slotBox;
    @FXML private TextField slotTime;
    @FXML private ComboBox<Candidate> slotCandidate;
    @FXML private Button removeSlotButton;
    @FXML private Button interviewButton;
    @FXML private Button absentButton;
    @FXML private Button protocolButton;
    @FXML private Button ratersButton;
    @FXML private Button exportButton;

    /** Marks the selected candidate absent, or withdraws the mark, as the button says. */
    private static final double TIME_COLUMN_EMS = 5.0;
    /** Room beside a heading's text: the cell's padding and the sort arrow. */
    private static final double HEADING_ALLOWANCE_EMS = 2.2;
    private static final KeyCodeCombination ABSENT_KEY = new KeyCodeCombination(KeyCode.D,
            KeyCombination.SHORTCUT_DOWN);

    private final InterviewLauncher interviews;

    private final DialogService dialogs;

    private final RaterStatisticsWindows raters;

    private final RoomWindows devices;

    public ScheduleView(ScheduleViewModel viewModel, SittingPapersViewModel papers, I18n i18n,
                        InterviewLauncher interviews, DialogService dialogs, RaterStatisticsWindows raters,
                        RoomWindows devices) {
        this.raters = raters;
        this.devices = devices;
        this.papers = papers;
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.interviews = interviews;
        this.dialogs = dialogs;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.language().locale());
    }

    @FXML
    private void initialize() {
        ViewSubscriptions subscriptions = new ViewSubscriptions(schedulePane);
        sittingBox.setItems(viewModel.sittings());
        sittingBox.setCellFactory(list -> new SittingCell());
        sittingBox.setButtonCell(new SittingCell());
        sittingBox.valueProperty().bindBidirectional(viewModel.sittingProperty());
        DateFields.localize(newDate, i18n);
        newDate.valueProperty().bindBidirectional(viewModel.newDateProperty());
        newRoom.textProperty().bindBidirectional(viewModel.newRoomProperty());
        slotTime.textProperty().bindBidirectional(viewModel.slotTimeProperty());
        slotCandidate.setItems(viewModel.candidates());
        slotCandidate.setCellFactory(list -> new CandidateCell());
        slotCandidate.setButtonCell(new CandidateCell());
        slotCandidate.valueProperty().bindBidirectional(viewModel.slotCandidateProperty());
        timeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().slot().startsAt().toString()));
        // The time never wraps: its column is as wide as "88:88" in the chosen text size. No heading is cut
        // ("Уақыты", "Кворум"): the time, quorum and interview columns are at least as wide as theirs.
        timeColumn.minWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(
                interviewButton.getFont().getSize() * TIME_COLUMN_EMS, headingWidth(timeColumn)),
                interviewButton.fontProperty()));
        for (TableColumn<Agenda.Item, String> column : List.of(quorumColumn, interviewColumn)) {
            column.minWidthProperty().bind(Bindings.createDoubleBinding(() -> headingWidth(column),
                    interviewButton.fontProperty()));
        }
        // The candidate, and on a line of its own who is recused from them.
        WrappingCell.show(candidateColumn, item -> (item.candidate() == null ? "" : item.candidate().fullName())
                + (item.recused().isEmpty() ? "" : "\n" + i18n.get("sitting.recused") + ": " + item.recused().stream()
                .map(PanelMember::fullName).collect(Collectors.joining(", "))));
        WrappingCell.show(quorumColumn, item -> i18n.format(item.quorumMet()
                ? "sitting.quorumYes" : "sitting.quorumNo", item.eligible(),
                viewModel.agendaProperty().get() == null ? 0 : viewModel.agendaProperty().get().required()));
        WrappingCell.show(interviewColumn, item -> item.absent()
                ? "✗ " + i18n.get("sitting.absent")
                : interviewState(viewModel.interviews().get(item.slot().candidateId())));
        Nodes.whenEmpty(agendaTable, i18n.get("sitting.noSlots"));
        removeSlotButton.disableProperty().bind(agendaTable.getSelectionModel().selectedItemProperty().isNull());
        interviewButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !canOpenInterview(),
                agendaTable.getSelectionModel().selectedItemProperty(), viewModel.sittingProperty(),
                viewModel.interviews()));
        protocolButton.disableProperty().bind(viewModel.sittingProperty().isNull());
        ratersButton.disableProperty().bind(viewModel.sittingProperty().isNull());
        Nodes.show(viewModel.editable(), ratersButton);
        interviewButton.setText(i18n.get(viewModel.editable() ? "sitting.startInterview" : "sitting.followInterview"));
        absentButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !canMarkAbsent(),
                agendaTable.getSelectionModel().selectedItemProperty(), viewModel.sittingProperty(),
                viewModel.interviews()));
        absentButton.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(selectedAbsent()
                ? "sitting.withdrawAbsence" : "sitting.markAbsent"), agendaTable.getSelectionModel()
                .selectedItemProperty()));
        agendaTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !interviewButton.isDisabled() && interviewButton.isVisible()) {
                startInterview();
                e.consume();
            } else if (ABSENT_KEY.match(e) && !absentButton.isDisabled() && absentButton.isVisible()) {
                toggleAbsent();
                e.consume();
            }
        });
        StatusMessage.bind(message, viewModel.status(), subscriptions);
        busy.visibleProperty().bind(viewModel.status().busyProperty());
        busy.progressProperty().bind(viewModel.status().progressProperty());
        boolean editable = viewModel.editable();
        Nodes.show(editable, planBox, slotBox, openButton, closeButton, absentButton, devicesButton);
        exportButton.visibleProperty().bind(viewModel.exportable());
        exportButton.managedProperty().bind(exportButton.visibleProperty());
        // Whoever only watches the sittings (observers above all) sees the rules that bind them.
        Nodes.show(!editable, observerRules);
        subscriptions.listen(viewModel.agendaLoadsProperty(), (obs, old, loads) ->
                showAgenda(viewModel.agendaProperty().get()));
        showAgenda(viewModel.agendaProperty().get());
    }

    @FXML
    private void saveProtocol() {
        Sitting shown = viewModel.sittingProperty().get();
        if (shown == null) {
            return;
        }
        dialogs.chooseFileToSave(i18n.get("sitting.protocol"), "protocol-" + shown.date() + ".pdf",
                i18n.get("sitting.protocolFile"), "pdf").ifPresent(papers::saveProtocol);
    }

    @FXML
    private void savePack() {
        dialogs.chooseFileToSave(i18n.get("sitting.pack"), "interview-pack.pdf", i18n.get("sitting.protocolFile"),
                "pdf").ifPresent(papers::savePack);
    }

    @FXML
    private void saveResults() {
        Sitting shown = viewModel.sittingProperty().get();
        new SpreadsheetChoice(i18n).choose(dialogs, i18n.get("sitting.results"), "results-" + (shown == null
                ? "campaign" : shown.date()) + ".xlsx").ifPresent(papers::saveResults);
    }

    /** The secretary reads how the panel's members rated over the campaign's finalised interviews. */
    @FXML
    private void openRaters() {
        Sitting shown = viewModel.sittingProperty().get();
        if (shown != null) {
            raters.openCampaign(shown.campaignId());
        }
    }

    @FXML
    private void exportPackage() {
        dialogs.chooseFolder(i18n.get("exchange.chooseStick")).ifPresent(folder -> papers.exportPackage(folder,
                () -> dialogs.confirm(i18n.get("exchange.unencryptedTitle"), i18n.get("exchange.unencryptedWarning")),
                () -> AdministratorUnlockDialog.ask(schedulePane.getScene().getWindow(), i18n)));
    }

    @FXML
    private void startInterview() {
        Agenda.Item item = agendaTable.getSelectionModel().getSelectedItem();
        if (item != null && viewModel.sittingProperty().get() != null) {
            interviews.open(viewModel.sittingProperty().get().id(), item.slot().candidateId(),
                    viewModel::refreshAgenda);
        }
    }

    /** Asks, then records that the selected candidate did not appear, or withdraws that record. */
    @FXML
    private void toggleAbsent() {
        Agenda.Item item = agendaTable.getSelectionModel().getSelectedItem();
        if (item == null || !canMarkAbsent()) {
            return;
        }
        boolean absent = !item.absent();
        String name = item.candidate() == null ? "" : item.candidate().fullName();
        if (dialogs.confirm(i18n.get(absent ? "sitting.absentTitle" : "sitting.withdrawTitle"),
                i18n.format(absent ? "sitting.absentConfirm" : "sitting.withdrawConfirm", name))) {
            viewModel.setAbsent(item, absent);
        }
        agendaTable.requestFocus();
    }

    private boolean selectedAbsent() {
        Agenda.Item item = agendaTable.getSelectionModel().getSelectedItem();
        return item != null && item.absent();
    }

    /** Only at an open sitting, and only for a candidate whose interview has not started. */
    private boolean canMarkAbsent() {
        Agenda.Item item = agendaTable.getSelectionModel().getSelectedItem();
        Sitting shown = viewModel.sittingProperty().get();
        return viewModel.editable() && item != null && shown != null && shown.status() == SittingStatus.OPEN
                && !viewModel.interviews().containsKey(item.slot().candidateId());
    }

    /**
     * The secretary starts an interview at an open sitting, or resumes one; everyone else can follow
     * an interview the secretary has started. A candidate who did not appear has no interview.
     */
    private boolean canOpenInterview() {
        Agenda.Item item = agendaTable.getSelectionModel().getSelectedItem();
        Sitting shown = viewModel.sittingProperty().get();
        if (item == null || shown == null || item.absent()) {
            return false;
        }
        boolean started = viewModel.interviews().containsKey(item.slot().candidateId());
        return viewModel.editable() ? started || shown.status() == SittingStatus.OPEN : started;
    }

    private String interviewState(Interview interview) {
        if (interview == null) {
            return "";
        }
        return interview.finalised() ? "✓ " + i18n.get("outcome." + interview.decision().name())
                : "… " + i18n.get("sitting.interviewUnderWay");
    }

    private void showAgenda(Agenda agenda) {
        attendanceBox.getChildren().clear();
        if (agenda == null) {
            agendaTable.getItems().clear();
            quorumState.setText(viewModel.sittings().isEmpty() ? i18n.get("sitting.none") : "");
            nextLabel.setText("");
            openButton.setDisable(true);
            closeButton.setDisable(true);
            devicesButton.setDisable(true);
            return;
        }
        for (PanelMember member : viewModel.members()) {
            CheckBox box = new CheckBox(member.fullName() + " · " + i18n.get("panel.role." + member.role().name()));
            box.setId("present-" + member.id());
            box.setWrapText(true);
            box.setSelected(agenda.present().contains(member.id()));
            box.setDisable(!viewModel.editable() || agenda.sitting().status() != SittingStatus.PLANNED);
            box.selectedProperty().addListener((obs, old, now) -> viewModel.markPresent(member, now));
            attendanceBox.getChildren().add(box);
            if (member.role() == PanelRole.OBSERVER && agenda.observersNotAdmitted().contains(member)) {
                Label late = new Label(i18n.get("sitting.observerLate"));
                late.getStyleClass().add("error-text");
                late.setWrapText(true);
                attendanceBox.getChildren().add(late);
            }
        }
        int chosen = agendaTable.getSelectionModel().getSelectedIndex();
        agendaTable.getItems().setAll(agenda.items());
        if (chosen >= 0 && chosen < agenda.items().size()) {
            agendaTable.getSelectionModel().select(chosen);
        }
        quorumState.setText(i18n.format(agenda.quorumMet() ? "sitting.quorumMet" : "sitting.quorumNotMet",
                agenda.presentVoting(), agenda.votingMembers(), agenda.required()));
        quorumState.getStyleClass().removeAll("error-text", "success-text");
        quorumState.getStyleClass().add(agenda.quorumMet() ? "success-text" : "error-text");
        openButton.setDisable(agenda.sitting().status() != SittingStatus.PLANNED);
        closeButton.setDisable(agenda.sitting().status() != SittingStatus.OPEN);
        devicesButton.setDisable(agenda.sitting().status() != SittingStatus.OPEN);
        nextLabel.setText(viewModel.next(agenda)
                .map(i -> i18n.format("sitting.next", i.slot().startsAt(), i.candidate().fullName()))
                .orElse(i18n.format("sitting.status." + agenda.sitting().status().name(),
                        dates.format(agenda.sitting().date()))));
    }


    /** The width a column's heading needs in bold at the chosen text size, with its padding and sort arrow. */
    private double headingWidth(TableColumn<?, ?> column) {
        javafx.scene.text.Font font = interviewButton.getFont();
        javafx.scene.text.Text heading = new javafx.scene.text.Text(column.getText());
        heading.setFont(javafx.scene.text.Font.font(font.getFamily(), javafx.scene.text.FontWeight.BOLD,
                font.getSize()));
        return heading.getLayoutBounds().getWidth() + font.getSize() * HEADING_ALLOWANCE_EMS;
    }

    @FXML
    private void plan() {
        viewModel.planSitting();
    }

    @FXML
    private void addSlot() {
        viewModel.addSlot();
    }

    @FXML
    private void removeSlot() {
        Agenda.Item item = agendaTable.getSelectionModel().getSelectedItem();
        if (item != null) {
            viewModel.removeSlot(item);
        }
    }

    @FXML
    private void openSitting() {
        viewModel.open();
    }

    @FXML
    private void openDevices() {
        Sitting shown = viewModel.sittingProperty().get();
        if (shown != null) {
            devices.open(shown);
        }
    }

    @FXML
    private void closeSitting() {
        if (dialogs.confirm(i18n.get("sitting.closeTitle"), i18n.get("sitting.closeConfirm"))) {
            viewModel.close();
        }
    }

    private final class SittingCell extends ListCell<Sitting> {
        @Override
        protected void updateItem(Sitting sitting, boolean empty) {
            super.updateItem(sitting, empty);
            setText(empty || sitting == null ? null : dates.format(sitting.date())
                    + (sitting.room().isEmpty() ? "" : " · " + sitting.room()) + " · "
                    + i18n.get("sitting.state." + sitting.status().name()));
        }
    }

    private static final class CandidateCell extends ListCell<Candidate> {
        @Override
        protected void updateItem(Candidate candidate, boolean empty) {
            super.updateItem(candidate, empty);
            setText(empty || candidate == null ? null : candidate.fullName());
        }
    }
}
