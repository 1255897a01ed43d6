package kz.suhbat.interview.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import kz.suhbat.common.ui.DigitChoice;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.StatusMessage;
import kz.suhbat.common.ui.TrainingBanner;
import kz.suhbat.common.ui.ViewSubscriptions;
import kz.suhbat.interview.GuideCompetency;
import kz.suhbat.interview.InterviewClock;
import kz.suhbat.interview.InterviewGuide;

/**
 * The guided sitting, full screen and readable across the room: the candidate and the timers on top,
 * the steps on the left, the step itself in the middle, and at the foot every key the step answers to.
 * The whole sitting runs from the keyboard.
 */
public final class InterviewView {

    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");

    private final InterviewViewModel viewModel;
    private final I18n i18n;
    private final Timeline ticker = new Timeline();
    private GuidePane guidePane;
    private ScoringPane scoringPane;
    private DeliberationPane deliberationPane;
    private DecisionPane decisionPane;
    private StepPane shown;
    private boolean pressConsumed;

    @FXML private BorderPane interviewPane;
    @FXML private VBox headerBox;
    @FXML private Label candidateLabel;
    @FXML private Label campaignLabel;
    @FXML private ProgressIndicator busy;
    @FXML private VBox timerBox;
    @FXML private Label questionTimer;
    @FXML private Label competencyTimer;
    @FXML private ListView<Step> stepList;
    @FXML private StackPane content;
    @FXML private Label message;
    @FXML private FlowPane shortcutBar;

    private final Runnable keepAwake;

    /** {@code keepAwake} tells the idle lock the sitting is in progress while its timer runs. */
    public InterviewView(InterviewViewModel viewModel, I18n i18n, Runnable keepAwake) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.keepAwake = keepAwake;
    }

    @FXML
    private void initialize() {
        ViewSubscriptions subscriptions = new ViewSubscriptions(interviewPane);
        guidePane = new GuidePane(viewModel, i18n);
        scoringPane = new ScoringPane(viewModel.sheets(), i18n, viewModel.running());
        deliberationPane = new DeliberationPane(viewModel.deliberation(), viewModel, i18n);
        decisionPane = new DecisionPane(viewModel.deliberation(), viewModel, i18n);
        headerBox.getChildren().add(0, TrainingBanner.shownWhile(viewModel.training(), i18n));
        stepList.setItems(viewModel.steps());
        stepList.setCellFactory(list -> new StepCell());
        stepList.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) ->
                viewModel.goTo(index.intValue()));
        subscriptions.listen(viewModel.stepIndexProperty(), (obs, old, index) -> showStep());
        subscriptions.listen(viewModel.questionIndexProperty(), (obs, old, index) -> showStep());
        subscriptions.listen(viewModel.guideProperty(), (obs, old, guide) -> showHeader(guide));
        // While a member's sheet is open, the steps give their room to the sheet and its descriptors.
        subscriptions.listen(viewModel.sheets().keyProperty(), (obs, old, key) -> {
            kz.suhbat.common.ui.Nodes.show(key == null, stepList);
            showShortcuts();
        });
        subscriptions.listen(viewModel.deliberation().deliberationProperty(), (obs, old, now) -> {
            showShortcuts();
            if (now != null && old != null && now.interview().finalised() != old.interview().finalised()) {
                viewModel.reload();
            }
        });
        StatusMessage.bind(message, viewModel.status(), subscriptions);
        bindMessages(subscriptions);
        busy.visibleProperty().bind(viewModel.status().busyProperty().or(viewModel.sheets().status().busyProperty())
                .or(viewModel.deliberation().status().busyProperty()));
        ticker.getKeyFrames().add(new KeyFrame(Duration.seconds(1), e -> {
            viewModel.tick();
            viewModel.watchSheets();
            showTimers();
            if (viewModel.timerRunning()) {
                keepAwake.run();
            }
        }));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        interviewPane.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
                scene.addEventFilter(KeyEvent.KEY_TYPED, this::keyTyped);
                scene.focusOwnerProperty().addListener((o, was, owner) -> keepSpaceIn(owner));
            }
        });
    }

    /** The sheets' and the deliberation's messages share the one message line. */
    private void bindMessages(ViewSubscriptions subscriptions) {
        for (var status : List.of(viewModel.sheets().status(), viewModel.deliberation().status())) {
            subscriptions.listen(status.messageProperty(), (obs, old, text) -> {
                if (text.isEmpty()) {
                    return;
                }
                if (status.failedProperty().get()) {
                    viewModel.status().failedWith(text);
                } else {
                    viewModel.status().succeeded(text);
                }
            });
        }
    }

    private void showHeader(InterviewGuide guide) {
        if (guide == null) {
            return;
        }
        candidateLabel.setText(i18n.format("guide.candidate", guide.candidate().fullName(), guide.candidate().postName(i18n.language())));
        campaignLabel.setText(guide.campaign().title(i18n.language()));
        if (interviewPane.getScene() != null && interviewPane.getScene().getWindow() instanceof Stage stage) {
            stage.setTitle(i18n.format("guide.windowTitle", guide.candidate().fullName()));
        }
    }

    private void showStep() {
        Step step = viewModel.step();
        if (step == null) {
            return;
        }
        stepList.getSelectionModel().select(viewModel.stepIndexProperty().get());
        stepList.scrollTo(Math.max(0, viewModel.stepIndexProperty().get() - 3));
        StepPane pane = switch (step.kind()) {
            case OPENING, COMPETENCY, CLOSING -> guidePane;
            case SCORING -> scoringPane;
            case DELIBERATION -> deliberationPane;
            case DECISION -> decisionPane;
        };
        if (pane != shown) {
            content.getChildren().setAll(pane.node());
            shown = pane;
        }
        pane.showStep();
        if (pane == guidePane) {
            javafx.application.Platform.runLater(interviewPane::requestFocus);
        }
        showTimers();
        showShortcuts();
    }

    private void showTimers() {
        GuideCompetency competency = viewModel.competency();
        boolean visible = competency != null && viewModel.question() != null;
        kz.suhbat.common.ui.Nodes.show(visible, timerBox);
        if (!visible) {
            return;
        }
        java.time.Duration questionLimit = java.time.Duration.ofMinutes(viewModel.question().question()
                .suggestedMinutes());
        java.time.Duration competencyLimit = java.time.Duration.ofMinutes(competency.minutes());
        String paused = viewModel.timerRunning() ? "" : i18n.get("guide.timerPaused") + " · ";
        questionTimer.setText(paused + i18n.format("guide.questionTimer", clock(viewModel.questionSpent()),
                clock(questionLimit)));
        competencyTimer.setText(i18n.format("guide.competencyTimer", clock(viewModel.competencySpent()),
                clock(competencyLimit)));
        zone(questionTimer, InterviewClock.zone(viewModel.questionSpent(), questionLimit));
        zone(competencyTimer, InterviewClock.zone(viewModel.competencySpent(), competencyLimit));
    }

    private static void zone(Label label, InterviewClock.Zone zone) {
        label.pseudoClassStateChanged(WARNING, zone == InterviewClock.Zone.WARNING);
        label.pseudoClassStateChanged(OVER, zone == InterviewClock.Zone.OVER);
    }

    private static String clock(java.time.Duration duration) {
        return String.format("%d:%02d", duration.toMinutes(), duration.toSecondsPart());
    }

    private void showShortcuts() {
        List<Shortcut> keys = new ArrayList<>();
        if (shown == null || shown.shortcuts().stream().noneMatch(s -> s.keys().equals("← →"))) {
            keys.add(new Shortcut("← →", "shortcut.step"));
        }
        Step step = viewModel.step();
        if (step != null && step.kind() == Step.Kind.COMPETENCY) {
            keys.add(new Shortcut(i18n.get("key.space"), "shortcut.timer"));
        }
        if (shown != null) {
            keys.addAll(shown.shortcuts());
        }
        keys.add(new Shortcut("F11", "shortcut.fullScreen"));
        keys.add(new Shortcut("Ctrl+W", "shortcut.closeGuide"));
        shortcutBar.getChildren().clear();
        for (Shortcut shortcut : keys) {
            Label key = new Label(shortcut.keys());
            key.getStyleClass().add("key-cap");
            Label what = new Label(i18n.get(shortcut.labelKey()));
            HBox pair = new HBox(6, key, what);
            pair.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            shortcutBar.getChildren().add(pair);
        }
    }

    private void keyPressed(KeyEvent event) {
        pressConsumed = false;
        interviewPane.getScene().getProperties().remove(DigitChoice.TOOK_KEY);
        Scene scene = interviewPane.getScene();
        boolean typing = scene != null && scene.getFocusOwner() instanceof TextInputControl;
        KeyCode code = event.getCode();
        if (code == KeyCode.PAGE_DOWN || code == KeyCode.PAGE_UP) {
            step(code == KeyCode.PAGE_DOWN);
        } else if (code == KeyCode.W && event.isShortcutDown()) {
            scene.getWindow().hide();
        } else if (code == KeyCode.F11) {
            if (scene.getWindow() instanceof Stage stage) {
                stage.setFullScreen(!stage.isFullScreen());
            }
        } else if (shown != null && shown.keyPressed(event, typing)) {
            showShortcuts();
        } else if (typing) {
            if (code == KeyCode.ESCAPE) {
                interviewPane.requestFocus();
            } else {
                return;
            }
        } else if (code == KeyCode.RIGHT || code == KeyCode.LEFT) {
            step(code == KeyCode.RIGHT);
        } else if (code == KeyCode.SPACE && viewModel.competency() != null) {
            viewModel.toggleTimer();
            showTimers();
        } else {
            return;
        }
        event.consume();
        pressConsumed = true;
    }

    /**
     * The character of a key taken as a command is not typed anywhere: N opens the note and the note
     * must not begin with an "n"; the digit of an agreed level must not land in the reason field the
     * focus moves to.
     */
    private void keyTyped(KeyEvent event) {
        if (pressConsumed || interviewPane.getScene().getProperties().remove(DigitChoice.TOOK_KEY) != null) {
            pressConsumed = false;
            event.consume();
        }
    }

    /**
     * A space typed in a text field must stay there: unconsumed, its key press would bubble up to the
     * scroll pane around the field, which takes it for "page down".
     */
    private static void keepSpaceIn(javafx.scene.Node owner) {
        if (owner instanceof TextInputControl field && !field.getProperties().containsKey(KEEPS_SPACE)) {
            field.getProperties().put(KEEPS_SPACE, Boolean.TRUE);
            field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.SPACE) {
                    e.consume();
                }
            });
        }
    }

    private static final String KEEPS_SPACE = "suhbat.keepsSpace";

    private void step(boolean forward) {
        if (forward) {
            viewModel.nextStep();
        } else {
            viewModel.previousStep();
        }
    }

    /** Stops the timers, writing down their time, and locks an open sheet when the window closes. */
    public void closed() {
        ticker.stop();
        viewModel.close();
        viewModel.sheets().close();
    }

    private final class StepCell extends ListCell<Step> {
        @Override
        protected void updateItem(Step step, boolean empty) {
            super.updateItem(step, empty);
            InterviewGuide guide = viewModel.guideProperty().get();
            if (empty || step == null || guide == null) {
                setText(null);
                return;
            }
            String text = step.kind() == Step.Kind.COMPETENCY
                    ? i18n.text(guide.competencies().get(step.competency()).competency().name())
                    : i18n.get("guide.step." + step.kind().name());
            setText((getIndex() + 1) + ". " + text);
            setWrapText(true);
            setPrefWidth(0);
        }
    }
}
