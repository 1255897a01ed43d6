package kz.suhbat.training.rehearsal.ui;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.ui.DialogService;
import kz.suhbat.common.ui.Nodes;
import kz.suhbat.common.ui.Spinners;
import kz.suhbat.common.ui.StatusMessage;
import kz.suhbat.common.ui.ViewSubscriptions;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.FrameworkSummary;
import kz.suhbat.rubric.ScaleLevel;
import kz.suhbat.training.rehearsal.PlannedQuestion;
import kz.suhbat.training.rehearsal.Rehearsal;
import kz.suhbat.training.rehearsal.RehearsalScope;
import kz.suhbat.training.rehearsal.RehearsalSummary;
import kz.suhbat.training.rehearsal.SummaryText;

/**
 * The rehearsal screen: the choices, then each question with its countdown and the person's own rating
 * against the indicators, then the summary, which is saved only when the person asks.
 */
public final class RehearsalView {

    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    private final RehearsalViewModel viewModel;
    private final I18n i18n;
    private final DialogService dialogs;
    private final RehearsalCards cards;
    private final Timeline ticker = new Timeline();
    private final ToggleGroup levels = new ToggleGroup();

    @FXML private StackPane rehearsalPage;
    @FXML private BorderPane setupPane;
    @FXML private BorderPane questionPane;
    @FXML private BorderPane ratingPane;
    @FXML private BorderPane summaryPane;
    @FXML private ProgressIndicator busy;
    @FXML private javafx.scene.layout.HBox frameworkChooser;
    @FXML private ComboBox<FrameworkSummary> frameworkBox;
    @FXML private Label frameworkName;
    @FXML private Label noFramework;
    @FXML private ListView<RehearsalScope> scopeList;
    @FXML private Spinner<Integer> countSpinner;
    @FXML private ComboBox<Language> languageBox;
    @FXML private Button startButton;
    @FXML private Label setupMessage;
    @FXML private Label progress;
    @FXML private Label competency;
    @FXML private Label kind;
    @FXML private Label timerLabel;
    @FXML private Label timerCaption;
    @FXML private Label questionText;
    @FXML private Label probesCaption;
    @FXML private VBox probesBox;
    @FXML private Button timerButton;
    @FXML private Label ratingTitle;
    @FXML private ScrollPane levelsScroll;
    @FXML private VBox levelsBox;
    @FXML private TextField noteField;
    @FXML private Button nextButton;
    @FXML private Label summaryScope;
    @FXML private VBox summaryBox;
    @FXML private TextField nameField;
    @FXML private Button saveButton;
    @FXML private ProgressIndicator saving;
    @FXML private Label saveMessage;

    public RehearsalView(RehearsalViewModel viewModel, I18n i18n, DialogService dialogs) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.cards = new RehearsalCards(i18n);
    }

    @FXML
    private void initialize() {
        ViewSubscriptions subscriptions = new ViewSubscriptions(rehearsalPage);
        bindSetup(subscriptions);
        bindQuestion(subscriptions);
        bindRating(subscriptions);
        bindSummary(subscriptions);
        subscriptions.listen(viewModel.stageProperty(), (obs, old, stage) -> show(stage));
        show(viewModel.stageProperty().get());

        ticker.getKeyFrames().add(new KeyFrame(Duration.millis(250), e -> viewModel.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        rehearsalPage.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                ticker.stop();
            } else {
                ticker.play();
            }
        });
        viewModel.setup().refresh();
    }

    private void bindSetup(ViewSubscriptions subscriptions) {
        RehearsalSetupViewModel setup = viewModel.setup();
        frameworkBox.setItems(setup.frameworks());
        frameworkBox.setCellFactory(list -> new SummaryCell());
        frameworkBox.setButtonCell(new SummaryCell());
        frameworkBox.valueProperty().bindBidirectional(setup.selectedFrameworkProperty());
        BooleanBinding severalFrameworks = Bindings.size(setup.frameworks()).greaterThan(1);
        frameworkChooser.visibleProperty().bind(severalFrameworks);
        frameworkChooser.managedProperty().bind(severalFrameworks);
        frameworkName.textProperty().bind(Bindings.createStringBinding(() -> frameworkTitle(
                setup.frameworkProperty().get()), setup.frameworkProperty()));
        BooleanBinding none = setup.loadedProperty().and(Bindings.isEmpty(setup.frameworks()));
        noFramework.visibleProperty().bind(none);
        noFramework.managedProperty().bind(none);

        scopeList.setItems(setup.scopes());
        scopeList.setCellFactory(list -> new ScopeCell());
        scopeList.getSelectionModel().select(setup.selectedScopeProperty().get());
        scopeList.getSelectionModel().selectedItemProperty().addListener((obs, old, scope) -> {
            if (scope != null) {
                setup.selectedScopeProperty().set(scope);
            }
        });
        subscriptions.listen(setup.selectedScopeProperty(), (obs, old, scope) -> {
            if (scopeList.getSelectionModel().getSelectedItem() != scope) {
                scopeList.getSelectionModel().select(scope);
            }
        });

        // Enter on the chosen item starts, as the default button does elsewhere (the list keeps Enter to itself).
        scopeList.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !startButton.isDisabled()) {
                event.consume();
                start();
            }
        });

        Spinners.bind(countSpinner, 1, 99, setup.questionCountProperty(), subscriptions);
        ((SpinnerValueFactory.IntegerSpinnerValueFactory) countSpinner.getValueFactory()).maxProperty()
                .bind(setup.availableQuestionsProperty());

        languageBox.getItems().setAll(Language.values());
        languageBox.setCellFactory(list -> new LanguageCell());
        languageBox.setButtonCell(new LanguageCell());
        languageBox.valueProperty().bindBidirectional(setup.languageProperty());
        startButton.disableProperty().bind(setup.selectedScopeProperty().isNull());
        busy.visibleProperty().bind(viewModel.status().busyProperty());
        StatusMessage.bind(setupMessage, viewModel.status(), subscriptions);
    }

    private String frameworkTitle(Framework framework) {
        return framework == null ? "" : i18n.format("rubric.frameworkChoice", i18n.name(framework.name()),
                framework.version());
    }

    private void bindQuestion(ViewSubscriptions subscriptions) {
        subscriptions.listen(viewModel.questionProperty(), (obs, old, question) -> showQuestion(question));
        showQuestion(viewModel.questionProperty().get());
        progress.textProperty().bind(viewModel.progressProperty());
        timerLabel.textProperty().bind(viewModel.timerTextProperty());
        timerCaption.textProperty().bind(viewModel.timerCaptionProperty());
        subscriptions.listen(viewModel.overtimeProperty(), (obs, old, over) -> timerLabel.pseudoClassStateChanged(OVER,
                over));
        timerLabel.pseudoClassStateChanged(OVER, viewModel.overtimeProperty().get());
        timerButton.textProperty().bind(Bindings.when(viewModel.timerRunningProperty())
                .then(i18n.get("rehearsal.timer.pause")).otherwise(i18n.get("rehearsal.timer.start")));
    }

    /** The question, its kind and probes in the language the rehearsal is read in. */
    private void showQuestion(PlannedQuestion question) {
        Rehearsal rehearsal = viewModel.rehearsal();
        if (question == null || rehearsal == null) {
            return;
        }
        Language language = rehearsal.language();
        competency.setText(question.competency().name().inOrElse(language));
        kind.setText(i18n.get("rubric.kind." + question.question().kind().name()));
        questionText.setText(question.question().text().inOrElse(language));
        probesBox.getChildren().setAll(question.question().probes().stream()
                .map(probe -> (Node) RehearsalCards.wrapped("• " + probe.inOrElse(language), "rehearsal-probe"))
                .toList());
        Nodes.show(!question.question().probes().isEmpty(), probesCaption, probesBox);
        ratingTitle.setText(i18n.format("rehearsal.rateTitle", question.competency().name().inOrElse(language)));
        showLevels(question, rehearsal);
    }

    private void bindRating(ViewSubscriptions subscriptions) {
        noteField.textProperty().bindBidirectional(viewModel.noteProperty());
        nextButton.textProperty().bind(Bindings.when(viewModel.lastQuestionProperty())
                .then(i18n.get("rehearsal.toSummary")).otherwise(i18n.get("rehearsal.next")));
        levels.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                viewModel.chooseLevel((Integer) toggle.getUserData());
            }
        });
        subscriptions.listen(viewModel.levelProperty(), (obs, old, level) -> markLevel(level));
        // A level's digit chooses it, wherever the focus is but in the note.
        ratingPane.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            String typed = event.getCharacter();
            if (!(ratingPane.getScene().getFocusOwner() instanceof TextInputControl) && typed.length() == 1
                    && Character.isDigit(typed.charAt(0))) {
                levelChoice(Character.digit(typed.charAt(0), 10)).ifPresent(choice -> {
                    choice.setSelected(true);
                    choice.requestFocus();
                });
                event.consume();
            }
        });
    }

    private void showLevels(PlannedQuestion question, Rehearsal rehearsal) {
        levels.getToggles().clear();
        levelsBox.getChildren().clear();
        for (ScaleLevel level : rehearsal.framework().scale().levels()) {
            VBox card = cards.level(level, question.competency(), rehearsal.language(), levels);
            card.getChildren().get(0).focusedProperty().addListener((obs, was, focused) -> {
                if (focused) {
                    reveal(card);
                }
            });
            levelsBox.getChildren().add(card);
        }
        markLevel(viewModel.levelProperty().get());
        levelsScroll.setVvalue(0);
    }

    /**
     * Marks the chosen level. Tab stops at one level only, the chosen one (the first while none is): the
     * arrow keys move between levels, and Tab goes on to the note.
     */
    private void markLevel(Integer level) {
        boolean none = levels.getToggles().stream().noneMatch(toggle -> toggle.getUserData().equals(level));
        for (Toggle toggle : levels.getToggles()) {
            boolean chosen = toggle.getUserData().equals(level);
            RadioButton choice = (RadioButton) toggle;
            toggle.setSelected(chosen);
            choice.getParent().pseudoClassStateChanged(CHOSEN, chosen);
            choice.setFocusTraversable(chosen || none && toggle == levels.getToggles().get(0));
        }
    }

    /** Scrolls the levels so that the card of the focused level is in sight. */
    private void reveal(Node card) {
        double hidden = levelsBox.getBoundsInLocal().getHeight() - levelsScroll.getViewportBounds().getHeight();
        if (hidden <= 0) {
            return;
        }
        double top = levelsScroll.getVvalue() * hidden;
        double viewport = levelsScroll.getViewportBounds().getHeight();
        if (card.getBoundsInParent().getMinY() < top) {
            levelsScroll.setVvalue(card.getBoundsInParent().getMinY() / hidden);
        } else if (card.getBoundsInParent().getMaxY() > top + viewport) {
            levelsScroll.setVvalue(Math.min(1, (card.getBoundsInParent().getMaxY() - viewport) / hidden));
        }
    }

    private java.util.Optional<RadioButton> levelChoice(int level) {
        return levels.getToggles().stream().filter(toggle -> toggle.getUserData().equals(level))
                .map(RadioButton.class::cast).findFirst();
    }

    private void bindSummary(ViewSubscriptions subscriptions) {
        RehearsalSummaryViewModel summary = viewModel.summary();
        subscriptions.listen(summary.summaryProperty(), (obs, old, shown) -> showSummary(shown));
        showSummary(summary.summaryProperty().get());
        nameField.textProperty().bindBidirectional(summary.nameProperty());
        saving.visibleProperty().bind(summary.status().busyProperty());
        StatusMessage.bind(saveMessage, summary.status(), subscriptions);
    }

    private void showSummary(RehearsalSummary shown) {
        summaryBox.getChildren().clear();
        if (shown == null) {
            summaryScope.setText("");
            return;
        }
        SummaryText text = viewModel.summary().text();
        summaryScope.setText(text.text(shown.framework()) + " · " + text.text(shown.scope()));
        shown.competencies().forEach(result -> summaryBox.getChildren().add(cards.summary(result, text)));
        if (shown.competencies().isEmpty()) {
            summaryBox.getChildren().add(RehearsalCards.wrapped(i18n.get("rehearsal.summary.empty"), "muted"));
        }
    }

    private void show(RehearsalViewModel.Stage stage) {
        setupPane.setVisible(stage == RehearsalViewModel.Stage.SETUP);
        questionPane.setVisible(stage == RehearsalViewModel.Stage.QUESTION);
        ratingPane.setVisible(stage == RehearsalViewModel.Stage.RATING);
        summaryPane.setVisible(stage == RehearsalViewModel.Stage.SUMMARY);
        Node focus = switch (stage) {
            case SETUP -> scopeList;
            case QUESTION -> timerButton;
            case RATING -> levelChoice(viewModel.levelProperty().get() == null ? -1 : viewModel.levelProperty().get())
                    .map(Node.class::cast).orElseGet(() -> levels.getToggles().isEmpty() ? noteField
                            : (Node) levels.getToggles().get(0));
            case SUMMARY -> saveButton;
        };
        Platform.runLater(focus::requestFocus);
    }

    @FXML
    private void start() {
        Spinners.commit(countSpinner);
        viewModel.start();
    }

    @FXML
    private void toggleTimer() {
        viewModel.toggleTimer();
    }

    @FXML
    private void rate() {
        viewModel.rate();
    }

    @FXML
    private void back() {
        viewModel.backToQuestion();
    }

    @FXML
    private void next() {
        viewModel.next();
    }

    @FXML
    private void finish() {
        viewModel.finish();
    }

    @FXML
    private void practiseAgain() {
        viewModel.practiseAgain();
    }

    @FXML
    private void save() {
        dialogs.chooseFileToSave(i18n.get("rehearsal.save"), viewModel.summary().suggestedFileName(),
                i18n.get("rehearsal.pdfKind"), "pdf").ifPresent(viewModel.summary()::save);
    }

    private final class SummaryCell extends ListCell<FrameworkSummary> {
        @Override
        protected void updateItem(FrameworkSummary summary, boolean empty) {
            super.updateItem(summary, empty);
            setText(empty || summary == null ? null
                    : i18n.format("rubric.frameworkChoice", i18n.name(summary.name()), summary.version()));
        }
    }

    private final class ScopeCell extends ListCell<RehearsalScope> {
        @Override
        protected void updateItem(RehearsalScope scope, boolean empty) {
            super.updateItem(scope, empty);
            setWrapText(true);
            setPrefWidth(0);
            if (empty || scope == null) {
                setText(null);
            } else if (scope instanceof RehearsalScope.Profile profile) {
                setText(i18n.format("rehearsal.scope.profile", i18n.name(profile.name()),
                        profile.competencies().size()));
            } else {
                RehearsalScope.Single single = (RehearsalScope.Single) scope;
                setText(i18n.format("rehearsal.scope.competency", single.competency().code(),
                        i18n.name(single.name())));
            }
        }
    }

    private static final class LanguageCell extends ListCell<Language> {
        @Override
        protected void updateItem(Language language, boolean empty) {
            super.updateItem(language, empty);
            setText(empty || language == null ? null : language.nativeName());
        }
    }
}
