package kz.suhbat.interview.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.interview.GuideCompetency;
import kz.suhbat.interview.GuideQuestion;
import kz.suhbat.interview.GuideScriptService;
import kz.suhbat.interview.GuideScripts;
import kz.suhbat.interview.InterviewException;
import kz.suhbat.interview.InterviewGuide;
import kz.suhbat.interview.InterviewService;
import kz.suhbat.interview.Note;
import kz.suhbat.interview.ScriptPlaceholder;

/**
 * The guided sitting of one candidate: the steps from the opening script through each competency to
 * the decision, the question on screen, the timers, the panel's notes and dropping a question. The
 * score sheets and the deliberation have their own view models. The opening and closing scripts are the
 * office's own where it wrote them, else the built-in ones, in the language the guide is shown in.
 */
public final class InterviewViewModel {

    /** How often the scoring step reads whose sheets are in. */
    private static final int SHEETS_EVERY_SECONDS = 3;

    private final InterviewService interviews;
    private final GuideScriptService scriptService;
    private final I18n i18n;
    private final GuideTimers timers;
    private final SheetViewModel sheets;
    private final DeliberationViewModel deliberation;
    private final ObjectProperty<InterviewGuide> guide = new SimpleObjectProperty<>();
    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    private final IntegerProperty stepIndex = new SimpleIntegerProperty(-1);
    private int secondsSinceSheets;
    private final IntegerProperty questionIndex = new SimpleIntegerProperty(0);
    private final StringProperty note = new SimpleStringProperty("");
    private final Map<String, String> notes = new HashMap<>();
    private GuideScripts scripts = GuideScripts.BUILT_IN;
    private final ActionStatus status;
    private final boolean running;
    private boolean atSheets;

    InterviewViewModel(InterviewService interviews, GuideScriptService scriptService, SheetViewModel sheets,
                       DeliberationViewModel deliberation, GuideTimers timers, TaskExecutor executor, I18n i18n,
                       boolean running) {
        this.interviews = interviews;
        this.scriptService = scriptService;
        this.sheets = sheets;
        this.deliberation = deliberation;
        this.i18n = i18n;
        this.timers = timers;
        this.running = running;
        this.status = new ActionStatus(executor, failure -> InterviewErrors.text(failure, i18n));
        timers.onFailure(failure -> {
            if (!(failure instanceof InterviewException refused
                    && refused.reason() == InterviewException.Reason.FINALISED)) {
                status.failed(failure);
            }
        });
    }

    private record Loaded(InterviewGuide guide, List<Note> notes, GuideScripts scripts) {
    }

    private Loaded load(long interviewId) {
        return new Loaded(interviews.guide(interviewId), interviews.panelNotes(interviewId), scriptService.scripts());
    }

    private record Opened(Loaded loaded, Map<String, Duration> timers) {
    }

    /**
     * Loads the guide of the candidate's interview at the sitting: the secretary starts (or resumes)
     * it; everyone else follows one the secretary has started. The timers show the time taken so far,
     * paused.
     */
    public void start(long sittingId, long candidateId) {
        status.run(() -> {
            long id = (running ? interviews.start(sittingId, candidateId)
                    : interviews.startedAt(sittingId, candidateId)).id();
            return new Opened(load(id), timers.read(id));
        }, opened -> {
            timers.restore(opened.loaded().guide().interview(), opened.timers());
            loaded(opened.loaded());
        });
    }

    /** The same, then straight to the score sheets with {@code memberId}'s sheet asked for. */
    public void startAtSheet(long sittingId, long candidateId, long memberId) {
        sheets.ask(memberId);
        atSheets = true;
        start(sittingId, candidateId);
    }

    private void loaded(Loaded loaded) {
        InterviewGuide shown = loaded.guide();
        timers.follow(shown.interview());
        scripts = loaded.scripts();
        notes.clear();
        loaded.notes().forEach(n -> notes.put(key(n.competencyCode(), n.questionIndex()), n.text()));
        List<Step> all = new ArrayList<>(List.of(Step.of(Step.Kind.OPENING)));
        for (int i = 0; i < shown.competencies().size(); i++) {
            all.add(new Step(Step.Kind.COMPETENCY, i));
        }
        all.addAll(List.of(Step.of(Step.Kind.CLOSING), Step.of(Step.Kind.SCORING), Step.of(Step.Kind.DELIBERATION),
                Step.of(Step.Kind.DECISION)));
        sheets.show(shown);
        deliberation.show(shown.interview().id());
        int keep = Math.max(0, Math.min(stepIndex.get(), all.size() - 1));
        steps.setAll(all);
        guide.set(shown);
        stepIndex.set(-1);
        int sheetsStep = all.indexOf(Step.of(Step.Kind.SCORING));
        goTo(atSheets ? sheetsStep : shown.interview().finalised() ? all.size() - 1 : keep);
        atSheets = false;
    }

    /** Whether the signed-in account runs the sitting (the secretary) or only follows it. */
    public boolean running() {
        return running;
    }

    public void goTo(int index) {
        if (index < 0 || index >= steps.size() || index == stepIndex.get()) {
            return;
        }
        stepIndex.set(index);
        questionIndex.set(0);
        onQuestion();
        Step step = steps.get(index);
        if (step.kind() == Step.Kind.SCORING) {
            sheets.refreshRaters();
        } else if (step.kind() == Step.Kind.DELIBERATION || step.kind() == Step.Kind.DECISION) {
            deliberation.refresh();
        }
    }

    /**
     * Called every second: on the scoring step, every few seconds, reads whose sheets are in, since
     * members may submit from their own devices while this screen shows the step.
     */
    public void watchSheets() {
        Step step = step();
        if (step == null || step.kind() != Step.Kind.SCORING) {
            secondsSinceSheets = 0;
            return;
        }
        if (++secondsSinceSheets >= SHEETS_EVERY_SECONDS) {
            secondsSinceSheets = 0;
            sheets.watchSubmissions();
        }
    }

    public void nextStep() {
        goTo(stepIndex.get() + 1);
    }

    public void previousStep() {
        goTo(stepIndex.get() - 1);
    }

    public void nextQuestion() {
        GuideCompetency competency = competency();
        if (competency != null && questionIndex.get() < competency.questions().size() - 1) {
            questionIndex.set(questionIndex.get() + 1);
            onQuestion();
        }
    }

    public void previousQuestion() {
        if (competency() != null && questionIndex.get() > 0) {
            questionIndex.set(questionIndex.get() - 1);
            onQuestion();
        }
    }

    private void onQuestion() {
        GuideQuestion question = question();
        timers.moveTo(question != null ? key(competency().code(), question.index())
                : competency() != null ? competency().code() : step().kind().name());
        note.set(question == null ? "" : notes.getOrDefault(key(competency().code(), question.index()), ""));
    }

    public Step step() {
        int index = stepIndex.get();
        return index < 0 || index >= steps.size() ? null : steps.get(index);
    }

    public GuideCompetency competency() {
        Step step = step();
        return step == null || step.kind() != Step.Kind.COMPETENCY ? null
                : guide.get().competencies().get(step.competency());
    }

    public GuideQuestion question() {
        GuideCompetency competency = competency();
        return competency == null || competency.questions().isEmpty() ? null
                : competency.questions().get(Math.min(questionIndex.get(), competency.questions().size() - 1));
    }

    /** Saves the panel's note on the question on screen, when it changed. */
    public void saveNote(String text) {
        GuideQuestion question = question();
        if (question == null || !running) {
            return;
        }
        String code = competency().code();
        String noteKey = key(code, question.index());
        if (text.strip().equals(notes.getOrDefault(noteKey, ""))) {
            return;
        }
        long id = guide.get().interview().id();
        status.run(() -> interviews.writePanelNote(id, code, question.index(), text), saved -> {
            notes.put(noteKey, saved.text());
            status.succeeded(i18n.get("guide.noteSaved"));
        });
    }

    /** Drops the question on screen for every candidate of the campaign, with the reason. */
    public void dropQuestion(String reason) {
        GuideQuestion question = question();
        if (question == null) {
            return;
        }
        InterviewGuide shown = guide.get();
        String code = competency().code();
        status.run(() -> {
            interviews.dropQuestion(shown.campaign().id(), code, question.index(), reason);
            return load(shown.interview().id());
        }, loaded -> {
            int step = stepIndex.get();
            loaded(loaded);
            goTo(step);
            status.succeeded(i18n.get("guide.questionDropped"));
        });
    }

    /** Reloads the guide, after the interview was finalised or reopened. */
    public void reload() {
        InterviewGuide shown = guide.get();
        if (shown == null) {
            return;
        }
        long id = shown.interview().id();
        int step = stepIndex.get();
        status.run(() -> load(id), loaded -> {
            loaded(loaded);
            goTo(step);
        });
    }

    /**
     * The opening or closing script in the language the guide is shown in: the office's own text, or
     * the built-in one where the office has none in that language, with its placeholders filled in.
     */
    public String script(GuideScripts.Kind kind) {
        LocalizedText own = scripts.script(kind);
        String text = own.isMissingIn(i18n.language()) ? i18n.get(StandardScripts.key(kind)) : i18n.text(own);
        return ScriptPlaceholder.fill(text, ScriptPlaceholder.valuesOf(guide.get(), i18n.language()));
    }

    public void toggleTimer() {
        timers.toggle();
    }

    public boolean timerRunning() {
        return timers.running();
    }

    /** The second's tick of the guide: the running timers are written down every few seconds. */
    public void tick() {
        timers.tick();
    }

    /** The guide closes: the timers stop and are written down. */
    public void close() {
        timers.close();
    }

    public Duration questionSpent() {
        GuideQuestion question = question();
        return question == null ? Duration.ZERO : timers.spentOn(key(competency().code(), question.index()));
    }

    public Duration competencySpent() {
        GuideCompetency competency = competency();
        return competency == null ? Duration.ZERO : timers.spentOn(competency.questions().stream()
                .map(q -> key(competency.code(), q.index())).toList());
    }

    private static String key(String code, int index) {
        return code + "/" + index;
    }

    /** The interview belongs to a training course: a mock interview, marked so on every step. */
    public javafx.beans.binding.BooleanBinding training() {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> guide.get() != null
                && guide.get().campaign().type() == kz.suhbat.campaign.CampaignType.TRAINING, guide);
    }

    public ObjectProperty<InterviewGuide> guideProperty() {
        return guide;
    }

    public ObservableList<Step> steps() {
        return steps;
    }

    public IntegerProperty stepIndexProperty() {
        return stepIndex;
    }

    public IntegerProperty questionIndexProperty() {
        return questionIndex;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public SheetViewModel sheets() {
        return sheets;
    }

    public DeliberationViewModel deliberation() {
        return deliberation;
    }

    public ActionStatus status() {
        return status;
    }
}
