package kz.suhbat.training.ui.exercise;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.Confirmation;
import kz.suhbat.common.ui.Nodes;
import kz.suhbat.common.ui.ScrollIntoView;
import kz.suhbat.common.ui.StatusMessage;
import kz.suhbat.common.ui.ViewSubscriptions;

/**
 * An exercise's sheet: the question and the answer (transcript, and the recording when there is one) on
 * the left, the competencies to score on the right. By keyboard: a digit gives a level, Tab goes to the
 * evidence and on to the next competency, ↑ ↓ move between competencies, Ctrl+Enter submits (after a
 * confirmation, as on a real sheet), Esc goes back to the list.
 */
public final class ExerciseSheetView {

    private final ExerciseSheetViewModel viewModel;
    private final I18n i18n;
    private final Runnable back;
    private final List<CompetencyRowPane> rows = new ArrayList<>();
    private Confirmation confirmation;
    private ExerciseMediaPane media;

    @FXML private BorderPane exerciseSheet;
    @FXML private Label sheetTitle;
    @FXML private ProgressIndicator busy;
    @FXML private Label message;
    @FXML private SplitPane split;
    @FXML private Label question;
    @FXML private VBox mediaBox;
    @FXML private ScrollPane transcriptScroll;
    @FXML private Label transcript;
    @FXML private VBox scoringBox;
    @FXML private Label hint;
    @FXML private ScrollPane rowsScroll;
    @FXML private VBox rowsBox;
    @FXML private HBox sheetButtons;
    @FXML private Button submitButton;

    public ExerciseSheetView(ExerciseSheetViewModel viewModel, I18n i18n, Runnable back) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.back = back;
    }

    @FXML
    private void initialize() {
        ViewSubscriptions subscriptions = new ViewSubscriptions(exerciseSheet);
        sheetTitle.textProperty().bind(viewModel.titleProperty());
        question.textProperty().bind(viewModel.questionProperty());
        Nodes.show(!viewModel.questionProperty().get().isEmpty(), question);
        subscriptions.listen(viewModel.questionProperty(), (obs, old, now) -> Nodes.show(!now.isEmpty(), question));
        transcript.setId("transcript");
        transcript.textProperty().bind(viewModel.transcriptProperty());
        transcriptScroll.setFocusTraversable(true);
        hint.setText(i18n.get("calibration.sheet.hint"));
        StatusMessage.bind(message, viewModel.status(), subscriptions);
        busy.visibleProperty().bind(viewModel.status().busyProperty());
        confirmation = new Confirmation(i18n, "exerciseConfirmation");
        VBox.setVgrow(confirmation.node(), Priority.ALWAYS);
        scoringBox.getChildren().add(0, confirmation.node());
        subscriptions.listen(viewModel.rows(), (ListChangeListener<CompetencyRow>) change -> buildRows());
        subscriptions.listen(viewModel.mediaProperty(), (obs, old, now) -> showMedia());
        subscriptions.listen(viewModel.openProperty(), (obs, was, open) -> {
            if (!open) {
                confirmation.hide();
            }
        });
        exerciseSheet.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        exerciseSheet.visibleProperty().addListener((obs, was, shown) -> focusFirstRow());
        buildRows();
        showMedia();
    }

    private void keyPressed(KeyEvent event) {
        if (!exerciseSheet.isVisible()) {
            return;
        }
        if (confirmation.keyPressed(event)) {
            event.consume();
            if (!confirmation.showing()) {
                focusFirstRow();
            }
        } else if (event.getCode() == KeyCode.ENTER && event.isControlDown()) {
            askToSubmit();
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            back();
            event.consume();
        }
    }

    private void buildRows() {
        rowsBox.getChildren().clear();
        rows.clear();
        for (CompetencyRow row : viewModel.rows()) {
            CompetencyRowPane pane = new CompetencyRowPane(row, viewModel, i18n);
            int index = rows.size();
            pane.choice().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                    focusRow(index + (e.getCode() == KeyCode.DOWN ? 1 : -1));
                    e.consume();
                }
            });
            pane.evidence().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                    if (e.isShiftDown()) {
                        pane.choice().requestFocus();
                    } else if (index + 1 < viewModel.rows().size()) {
                        focusRow(index + 1);
                    } else {
                        submitButton.requestFocus();
                    }
                    e.consume();
                }
            });
            pane.choice().focusedProperty().addListener((obs, was, focused) -> {
                if (focused) {
                    ScrollIntoView.show(rowsScroll, pane.node());
                }
            });
            rowsBox.getChildren().add(pane.node());
            rows.add(pane);
        }
        rowsScroll.setVvalue(0);
        focusFirstRow();
    }

    /**
     * Once the sheet is in front, the keyboard starts on the first competency. The list it replaces gives up
     * the focus on a later pulse (to the sheet's first button), so the sheet checks a moment after and brings
     * it back to the competencies if it was moved.
     */
    private void focusFirstRow() {
        if (exerciseSheet.isVisible() && !rows.isEmpty()) {
            Platform.runLater(() -> {
                focusRow(0);
                keepFocus(5);
            });
        }
    }

    private void keepFocus(int attempts) {
        javafx.animation.PauseTransition check = new javafx.animation.PauseTransition(javafx.util.Duration.millis(120));
        check.setOnFinished(e -> {
            javafx.scene.Node owner = exerciseSheet.getScene() == null ? null : exerciseSheet.getScene().getFocusOwner();
            boolean inside = false;
            for (javafx.scene.Node n = owner; n != null && !inside; n = n.getParent()) {
                inside = n == rowsBox;
            }
            if (!inside && exerciseSheet.isVisible() && !rows.isEmpty()) {
                focusRow(0);
                if (attempts > 1) {
                    keepFocus(attempts - 1);
                }
            }
        });
        check.play();
    }

    private void focusRow(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.get(index).choice().requestFocus();
        }
    }

    private void showMedia() {
        if (media != null) {
            media.dispose();
            media = null;
        }
        mediaBox.getChildren().clear();
        viewModel.media().ifPresent(file -> {
            media = new ExerciseMediaPane(file, i18n);
            mediaBox.getChildren().add(media.node());
        });
        Nodes.show(media != null, mediaBox);
    }

    /** What is being typed is saved first, then every level and evidence is listed for confirmation. */
    @FXML
    private void askToSubmit() {
        if (!viewModel.openProperty().get()) {
            return;
        }
        saveAllEvidence();
        List<Confirmation.Line> lines = new ArrayList<>();
        for (CompetencyRow row : viewModel.rows()) {
            Integer level = row.levelProperty().get();
            String text = row.evidenceProperty().get().strip();
            lines.add(level == null ? new Confirmation.Line(i18n.format("confirm.notScored", row.name()), true)
                    : text.isEmpty() ? new Confirmation.Line(i18n.format("confirm.level", row.name(), level), true)
                    : Confirmation.Line.of(i18n.format("confirm.levelWithEvidence", row.name(), level, text)));
        }
        confirmation.ask(i18n.get("calibration.confirmTitle"), lines, i18n.get("calibration.confirmSubmit"),
                viewModel::submit, List.of(hint, rowsScroll, sheetButtons));
    }

    private void saveAllEvidence() {
        viewModel.rows().forEach(viewModel::saveEvidence);
    }

    @FXML
    private void back() {
        saveAllEvidence();
        confirmation.hide();
        back.run();
    }
}
