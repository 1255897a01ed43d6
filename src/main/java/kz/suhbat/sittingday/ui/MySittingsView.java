package kz.suhbat.sittingday.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import kz.suhbat.analytics.ui.RaterStatisticsWindows;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.Nodes;
import kz.suhbat.common.ui.StatusMessage;
import kz.suhbat.common.ui.TrainingBanner;
import kz.suhbat.common.ui.ViewSubscriptions;
import kz.suhbat.interview.ui.InterviewLauncher;
import kz.suhbat.panel.MyCandidate;
import kz.suhbat.panel.MySitting;
import kz.suhbat.panel.PanelRole;
import kz.suhbat.panel.SheetState;

/**
 * A panel member's start page: their sittings on the left (today's, then those to come), the chosen
 * sitting's candidates on the right. By keyboard: Enter opens the member's own sheet (or follows the
 * interview), N declares no conflict of interest, C a conflict with its reason, F5 looks again.
 */
public final class MySittingsView {

    private final MySittingsViewModel viewModel;
    private final I18n i18n;
    private final InterviewLauncher interviews;
    private final DateTimeFormatter dates;

    @FXML private BorderPane mySittingsPage;
    @FXML private ProgressIndicator busy;
    @FXML private Label summary;
    @FXML private Label message;
    @FXML private ListView<MySitting> sittingList;
    @FXML private Label sittingTitle;
    @FXML private Label sittingDetails;
    @FXML private TableView<MyCandidate> candidateTable;
    @FXML private TableColumn<MyCandidate, String> timeColumn;
    @FXML private TableColumn<MyCandidate, String> candidateColumn;
    @FXML private TableColumn<MyCandidate, String> stateColumn;
    @FXML private TableColumn<MyCandidate, String> conflictColumn;
    @FXML private Button openButton;
    @FXML private Button ratersButton;
    @FXML private Button noConflictButton;
    @FXML private Button conflictButton;
    @FXML private VBox sittingDetail;
    @FXML private VBox conflictForm;
    @FXML private Label conflictQuestion;
    @FXML private TextField conflictReason;
    private boolean tookKey;
    private final RaterStatisticsWindows raters;

    public MySittingsView(MySittingsViewModel viewModel, I18n i18n, InterviewLauncher interviews,
                          RaterStatisticsWindows raters) {
        this.raters = raters;
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.interviews = interviews;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(i18n.language().locale());
    }

    @FXML
    private void initialize() {
        ViewSubscriptions subscriptions = new ViewSubscriptions(mySittingsPage);
        sittingList.setItems(viewModel.sittings());
        sittingList.setCellFactory(list -> new SittingCell());
        sittingDetail.getChildren().add(0, TrainingBanner.shownWhile(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.sittingProperty().get() != null && viewModel.sittingProperty().get().training(),
                viewModel.sittingProperty()), i18n));
        sittingList.setPlaceholder(placeholder(i18n.get("mySittings.none")));
        sittingList.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                viewModel.sittingProperty().set(chosen);
            }
        });
        subscriptions.listen(viewModel.sittingProperty(), (obs, old, shown) -> showSitting(shown));
        candidateTable.setItems(viewModel.candidates());
        candidateTable.setPlaceholder(placeholder(i18n.get("sitting.noSlots")));
        timeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().startsAt().toString()));
        candidateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()
                + (c.getValue().post().lacksWorkingLanguage() ? "" : "\n" + i18n.name(c.getValue().post()))));
        stateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(stateText(c.getValue())));
        conflictColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(declarationText(c.getValue())));
        for (TableColumn<MyCandidate, String> column : java.util.List.of(candidateColumn, stateColumn,
                conflictColumn)) {
            column.setCellFactory(c -> new WrappingCell(column == stateColumn ? this::stateStyle : m -> null));
        }
        candidateTable.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) ->
                showActions(chosen));
        candidateTable.addEventFilter(KeyEvent.KEY_PRESSED, this::tableKey);
        mySittingsPage.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (tookKey) {
                e.consume();
            }
            tookKey = false;
        });
        mySittingsPage.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            tookKey = false;
            if (e.getCode() == KeyCode.F5) {
                viewModel.refresh();
                e.consume();
            }
        });
        conflictQuestion.setLabelFor(conflictReason);
        conflictReason.textProperty().bindBidirectional(viewModel.reasonProperty());
        conflictReason.setOnAction(e -> viewModel.declareConflict());
        conflictReason.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelConflict();
                e.consume();
            }
        });
        subscriptions.listen(viewModel.conflictForProperty(), (obs, old, candidate) -> showConflictForm(candidate));
        showConflictForm(viewModel.conflictForProperty().get());
        summary.textProperty().bind(viewModel.summaryProperty());
        StatusMessage.bind(message, viewModel.status(), subscriptions);
        busy.visibleProperty().bind(viewModel.status().busyProperty());
        subscriptions.listen(viewModel.dayProperty(), (obs, old, day) -> loaded());
        showSitting(viewModel.sittingProperty().get());
        viewModel.refresh();
    }

    private static Label placeholder(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    /** After each load: the list shows the chosen sitting, the keyboard waits on the first row to act on. */
    private void loaded() {
        sittingList.getSelectionModel().select(viewModel.sittingProperty().get());
        showSitting(viewModel.sittingProperty().get());
        if (viewModel.conflictForProperty().get() == null) {
            Platform.runLater(candidateTable::requestFocus);
        }
    }

    private void showSitting(MySitting shown) {
        MyCandidate chosen = candidateTable.getSelectionModel().getSelectedItem();
        if (shown == null) {
            sittingTitle.setText("");
            sittingDetails.setText("");
            showActions(null);
            return;
        }
        sittingTitle.setText(i18n.name(shown.campaignTitle()));
        sittingDetails.setText(i18n.format("mySittings.details", dates.format(shown.sitting().date()),
                shown.sitting().room().isEmpty() ? "—" : shown.sitting().room(),
                i18n.get("sitting.state." + shown.sitting().status().name()),
                i18n.get("panel.role." + shown.member().role().name())));
        int keep = chosen == null ? -1 : viewModel.candidates().stream().map(MyCandidate::candidateId).toList()
                .indexOf(chosen.candidateId());
        int row = keep >= 0 ? keep : viewModel.firstToAct();
        if (row >= 0) {
            candidateTable.getSelectionModel().select(row);
            candidateTable.getFocusModel().focus(row);
            candidateTable.scrollTo(Math.max(0, row - 1));
        }
        showActions(candidateTable.getSelectionModel().getSelectedItem());
    }

    private void showActions(MyCandidate candidate) {
        MySittingsViewModel.Opening opening = viewModel.opening(candidate);
        openButton.setText(i18n.get(opening == MySittingsViewModel.Opening.SHEET ? "mySittings.openSheet"
                : "sitting.followInterview"));
        openButton.setDisable(opening == MySittingsViewModel.Opening.NOTHING);
        boolean declarable = candidate != null && candidate.state() == SheetState.NOT_STARTED
                && viewModel.sittingProperty().get() != null
                && viewModel.sittingProperty().get().member().role().voting();
        noConflictButton.setDisable(!declarable);
        conflictButton.setDisable(!declarable);
        MySitting shown = viewModel.sittingProperty().get();
        Nodes.show(shown != null && (shown.member().role() == PanelRole.CHAIR || shown.member().deputy()),
                ratersButton);
    }

    /** The chair (or deputy chair) reads how the panel's members rated over the campaign's finalised interviews. */
    @FXML
    private void openRaters() {
        MySitting shown = viewModel.sittingProperty().get();
        if (shown != null) {
            raters.openCampaign(shown.sitting().campaignId());
        }
    }

    private void showConflictForm(MyCandidate candidate) {
        Nodes.show(candidate != null, conflictForm);
        if (candidate != null) {
            conflictQuestion.setText(i18n.format("mySittings.conflictQuestion", candidate.name()));
            Platform.runLater(conflictReason::requestFocus);
        } else if (conflictReason.isFocused()) {
            candidateTable.requestFocus();
        }
    }

    private void tableKey(KeyEvent event) {
        MyCandidate candidate = candidateTable.getSelectionModel().getSelectedItem();
        if (event.isControlDown() || event.isAltDown() || event.isShortcutDown()) {
            return;
        }
        switch (event.getCode()) {
            case ENTER -> open();
            case N -> viewModel.declareNoConflict(candidate);
            case C -> viewModel.startConflict(candidate);
            default -> {
                return;
            }
        }
        event.consume();
        // The letter of the command is typed nowhere, not even in the reason field it opens.
        tookKey = true;
    }

    @FXML
    private void open() {
        MyCandidate candidate = candidateTable.getSelectionModel().getSelectedItem();
        MySitting shown = viewModel.sittingProperty().get();
        if (candidate == null || shown == null) {
            return;
        }
        switch (viewModel.opening(candidate)) {
            case SHEET -> interviews.openSheet(shown.sitting().id(), candidate.candidateId(), shown.member().id(),
                    viewModel::refresh);
            case FOLLOW -> interviews.open(shown.sitting().id(), candidate.candidateId(), viewModel::refresh);
            case NOTHING -> viewModel.cannotOpen(candidate);
        }
    }

    @FXML
    private void declareNone() {
        viewModel.declareNoConflict(candidateTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void askConflict() {
        viewModel.startConflict(candidateTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void declareConflict() {
        viewModel.declareConflict();
    }

    @FXML
    private void cancelConflict() {
        viewModel.cancelConflict();
        candidateTable.requestFocus();
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    private String stateText(MyCandidate candidate) {
        return (candidate.state() == SheetState.TO_FILL ? "✎ " : "") + i18n.get("mySittings.state."
                + candidate.state().name());
    }

    private String stateStyle(MyCandidate candidate) {
        return candidate.state() == SheetState.TO_FILL ? "to-fill" : null;
    }

    private String declarationText(MyCandidate candidate) {
        return candidate.declaration().map(d -> d.conflict() ? i18n.format("panel.cellConflict", d.reason())
                : i18n.get("mySittings.noConflictDeclared"))
                .orElse(candidate.declarationDue() ? i18n.get("mySittings.declarationDue")
                        : i18n.get("panel.cellUndeclared"));
    }

    /** A cell whose text wraps onto more lines rather than being cut, optionally styled by its row. */
    private final class WrappingCell extends TableCell<MyCandidate, String> {
        private final Function<MyCandidate, String> style;
        private final Label text = new Label();

        WrappingCell(Function<MyCandidate, String> style) {
            this.style = style;
            text.setWrapText(true);
            text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            text.maxWidthProperty().bind(widthProperty().subtract(snappedLeftInset() + snappedRightInset() + 2));
        }

        /** As tall as the wrapped text needs at the column's width. */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null || getTableColumn() == null) {
                return super.computePrefHeight(width);
            }
            double inner = (width > 0 ? width : getTableColumn().getWidth()) - snappedLeftInset()
                    - snappedRightInset();
            return Math.max(super.computePrefHeight(width), text.prefHeight(inner) + snappedTopInset()
                    + snappedBottomInset());
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            text.getStyleClass().removeAll("to-fill", "declaration-due");
            if (empty || value == null) {
                setGraphic(null);
                return;
            }
            text.setText(value);
            MyCandidate row = getTableRow() == null ? null : getTableRow().getItem();
            String extra = row == null ? null : style.apply(row);
            if (extra != null) {
                text.getStyleClass().add(extra);
            }
            setGraphic(text);
        }
    }

    /** A sitting: the group it belongs to above the first of each, its date, campaign, room and role. */
    private final class SittingCell extends ListCell<MySitting> {
        @Override
        protected void updateItem(MySitting sitting, boolean empty) {
            super.updateItem(sitting, empty);
            setText(null);
            if (empty || sitting == null) {
                setGraphic(null);
                return;
            }
            VBox box = new VBox(2);
            int index = getIndex();
            boolean today = viewModel.today(sitting);
            boolean first = index == 0 || viewModel.today(getListView().getItems().get(index - 1)) != today;
            if (first) {
                Label group = new Label(i18n.get(today ? "mySittings.today" : "mySittings.next"));
                group.getStyleClass().addAll("caption", "sitting-group");
                box.getChildren().add(group);
            }
            if (sitting.training()) {
                box.getChildren().add(TrainingBanner.shown(i18n));
            }
            Label date = new Label(dates.format(sitting.sitting().date()));
            date.getStyleClass().add("campaign-title");
            Label title = new Label(i18n.name(sitting.campaignTitle()));
            Label work = new Label(i18n.format("mySittings.work", sitting.toFill(), sitting.declarationsDue()));
            work.getStyleClass().add("muted");
            for (Label label : java.util.List.of(date, title, work)) {
                label.setWrapText(true);
                label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                box.getChildren().add(label);
            }
            box.setMaxWidth(Double.MAX_VALUE);
            setGraphic(box);
            setPrefWidth(0);
        }
    }
}
