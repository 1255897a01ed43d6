package kz.suhbat.training.ui.exercise;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.ViewSubscriptions;

/**
 * The feedback on a submitted exercise: the distance from the references first, then bias, spread and
 * halo, then each competency with the trainee's level beside the reference, its reason and indicators.
 * Esc (or the button) goes back to the list; the arrow keys scroll.
 */
public final class ExerciseFeedbackView {

    private final ExerciseFeedbackViewModel viewModel;
    private final I18n i18n;
    private final Runnable back;

    @FXML private BorderPane exerciseFeedback;
    @FXML private Button backButton;
    @FXML private Label feedbackTitle;
    @FXML private ScrollPane scroll;
    @FXML private Label feedbackDistance;
    @FXML private VBox measuresBox;
    @FXML private VBox competenciesBox;

    public ExerciseFeedbackView(ExerciseFeedbackViewModel viewModel, I18n i18n, Runnable back) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.back = back;
    }

    @FXML
    private void initialize() {
        ViewSubscriptions subscriptions = new ViewSubscriptions(exerciseFeedback);
        feedbackTitle.textProperty().bind(viewModel.titleProperty());
        feedbackDistance.textProperty().bind(viewModel.distanceProperty());
        subscriptions.listen(viewModel.measures(), (ListChangeListener<String>) c -> showMeasures());
        subscriptions.listen(viewModel.rows(), (ListChangeListener<ExerciseFeedbackViewModel.Row>) c -> showRows());
        exerciseFeedback.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (exerciseFeedback.isVisible() && e.getCode() == KeyCode.ESCAPE) {
                back();
                e.consume();
            }
        });
        exerciseFeedback.visibleProperty().addListener((obs, was, shown) -> {
            if (shown) {
                Platform.runLater(this::showTop);
            }
        });
        showMeasures();
        showRows();
        Platform.runLater(this::showTop);
    }

    private void showTop() {
        scroll.setVvalue(0);
        scroll.requestFocus();
    }

    private void showMeasures() {
        measuresBox.getChildren().setAll(viewModel.measures().stream().map(text -> line(text, "feedback-measure"))
                .toList());
    }

    private void showRows() {
        competenciesBox.getChildren().clear();
        for (ExerciseFeedbackViewModel.Row row : viewModel.rows()) {
            Label name = line(row.name(), "sheet-competency");
            Label levels = line(i18n.format("calibration.feedback.levels", row.level(), row.reference(),
                    row.difference()), row.onTarget() ? "feedback-on-target" : "feedback-off-target");
            levels.setId("feedback-" + row.code());
            VBox card = new VBox(4, name, levels);
            if (!row.evidence().isBlank()) {
                card.getChildren().add(line(i18n.format("calibration.feedback.evidence", row.evidence()), "muted"));
            }
            if (!row.reason().isBlank()) {
                card.getChildren().add(line(i18n.format("calibration.feedback.reason", row.reason()), "feedback-reason"));
            }
            if (!row.indicators().isEmpty()) {
                card.getChildren().add(line(i18n.get("calibration.feedback.indicators"), "caption"));
                row.indicators().forEach(text -> card.getChildren().add(line(text, "level-indicator")));
            }
            card.getStyleClass().add("level-card");
            competenciesBox.getChildren().add(card);
        }
    }

    private static Label line(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(style);
        return label;
    }

    @FXML
    private void back() {
        back.run();
    }
}
