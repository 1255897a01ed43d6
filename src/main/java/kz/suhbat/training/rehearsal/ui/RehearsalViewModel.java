package kz.suhbat.training.rehearsal.ui;

import java.time.Clock;
import java.util.List;
import java.util.Random;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.rubric.RubricService;
import kz.suhbat.training.rehearsal.PlannedQuestion;
import kz.suhbat.training.rehearsal.QuestionPicker;
import kz.suhbat.training.rehearsal.Rehearsal;
import kz.suhbat.training.rehearsal.RehearsalTimer;

/**
 * A rehearsal for an interview, from the choices to the summary: each question with its countdown, then
 * the person's own rating of their answer. Everything stays in memory, in this signed-in session only.
 */
public final class RehearsalViewModel {

    /** What the screen shows. */
    public enum Stage { SETUP, QUESTION, RATING, SUMMARY }

    private final I18n i18n;
    private final Clock clock;
    private final QuestionPicker picker;
    private final ActionStatus status;
    private final RehearsalSetupViewModel setup;
    private final RehearsalSummaryViewModel summary;

    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.SETUP);
    private final ReadOnlyObjectWrapper<PlannedQuestion> question = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timerText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timerCaption = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper timerRunning = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper overtime = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Integer> level = new ReadOnlyObjectWrapper<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty lastQuestion = new SimpleBooleanProperty();
    private Rehearsal rehearsal;

    public RehearsalViewModel(RubricService rubric, TaskExecutor executor, I18n i18n, Clock clock, Random random) {
        this.i18n = i18n;
        this.clock = clock;
        this.picker = new QuestionPicker(random);
        this.status = new ActionStatus(executor,
                failure -> i18n.format("rehearsal.failed", String.valueOf(failure.getMessage())));
        this.setup = new RehearsalSetupViewModel(rubric, status, i18n.language());
        this.summary = new RehearsalSummaryViewModel(executor, i18n);
        i18n.onLanguageChange(setup::windowLanguage);
        note.addListener((obs, old, text) -> {
            if (rehearsal != null && !rehearsal.finished()) {
                rehearsal.note(text);
            }
        });
    }

    public RehearsalSetupViewModel setup() {
        return setup;
    }

    public RehearsalSummaryViewModel summary() {
        return summary;
    }

    public ActionStatus status() {
        return status;
    }

    /** Starts a rehearsal with the questions chosen in the setup. */
    public void start() {
        if (!setup.ready()) {
            status.failedWith(i18n.get("rehearsal.nothingChosen"));
            return;
        }
        List<PlannedQuestion> questions = picker.pick(setup.selectedScopeProperty().get(),
                setup.questionCountProperty().get());
        if (questions.isEmpty()) {
            status.failedWith(i18n.get("rehearsal.nothingChosen"));
            return;
        }
        status.clear();
        rehearsal = new Rehearsal(setup.frameworkProperty().get(), setup.selectedScopeProperty().get(),
                setup.languageProperty().get(), questions, clock);
        showQuestion();
    }

    private void showQuestion() {
        level.set(rehearsal.level().isPresent() ? rehearsal.level().getAsInt() : null);
        note.set(rehearsal.note());
        lastQuestion.set(rehearsal.last());
        progress.set(i18n.format("rehearsal.progress", rehearsal.position() + 1, rehearsal.size()));
        question.set(rehearsal.current());
        tick();
        stage.set(Stage.QUESTION);
    }

    /** Starts or pauses the countdown of the question on screen. */
    public void toggleTimer() {
        if (rehearsal != null && stage.get() == Stage.QUESTION) {
            rehearsal.timer().toggle();
            tick();
        }
    }

    /** The clock's tick: shows the time left, or the time over once the suggested time has run out. */
    public void tick() {
        if (rehearsal == null || rehearsal.finished()) {
            return;
        }
        RehearsalTimer timer = rehearsal.timer();
        boolean over = timer.over();
        timerText.set(over ? "+" + RehearsalTimer.minutesAndSeconds(timer.overtime())
                : RehearsalTimer.minutesAndSeconds(timer.remaining()));
        timerCaption.set(i18n.format(over ? "rehearsal.timer.over" : "rehearsal.timer.left",
                RehearsalTimer.minutesAndSeconds(timer.limit())));
        overtime.set(over);
        timerRunning.set(timer.running());
    }

    /** The answer is given: the countdown stops and the person rates it. */
    public void rate() {
        if (rehearsal != null && stage.get() == Stage.QUESTION) {
            rehearsal.timer().pause();
            tick();
            stage.set(Stage.RATING);
        }
    }

    /** Back from the rating to the question, its countdown where it stopped. */
    public void backToQuestion() {
        if (rehearsal != null && stage.get() == Stage.RATING) {
            stage.set(Stage.QUESTION);
        }
    }

    /** The level the answer reached, in the person's own view. */
    public void chooseLevel(int chosen) {
        if (rehearsal != null && stage.get() == Stage.RATING) {
            rehearsal.rate(chosen);
            level.set(chosen);
        }
    }

    /** On to the next question, or to the summary after the last. */
    public void next() {
        if (rehearsal == null || rehearsal.finished()) {
            return;
        }
        rehearsal.next();
        if (rehearsal.finished()) {
            showSummary();
        } else {
            showQuestion();
        }
    }

    /** Ends the rehearsal at once and shows the summary of what was answered. */
    public void finish() {
        if (rehearsal != null && !rehearsal.finished()) {
            rehearsal.finish();
            showSummary();
        }
    }

    private void showSummary() {
        timerRunning.set(false);
        summary.show(rehearsal.summary());
        stage.set(Stage.SUMMARY);
    }

    /** Leaves the rehearsal, forgetting it, for the choices of a new one. */
    public void practiseAgain() {
        if (rehearsal != null && !rehearsal.finished()) {
            rehearsal.finish();
        }
        rehearsal = null;
        question.set(null);
        summary.clear();
        status.clear();
        stage.set(Stage.SETUP);
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public ReadOnlyObjectProperty<PlannedQuestion> questionProperty() {
        return question.getReadOnlyProperty();
    }

    /** The rehearsal on screen, for its framework's scale and the language it is read in; null in the setup. */
    public Rehearsal rehearsal() {
        return rehearsal;
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timerTextProperty() {
        return timerText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timerCaptionProperty() {
        return timerCaption.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty timerRunningProperty() {
        return timerRunning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overtimeProperty() {
        return overtime.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> levelProperty() {
        return level.getReadOnlyProperty();
    }

    public StringProperty noteProperty() {
        return note;
    }

    public BooleanProperty lastQuestionProperty() {
        return lastQuestion;
    }
}
