package kz.suhbat.interview.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.suhbat.common.ui.LevelDescriptor;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.NameCollator;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.interview.GuideCompetency;
import kz.suhbat.interview.InterviewGuide;
import kz.suhbat.interview.InterviewService;
import kz.suhbat.interview.Note;
import kz.suhbat.interview.Rater;
import kz.suhbat.scoring.Score;
import kz.suhbat.interview.ScoreSheet;
import kz.suhbat.interview.ScoringService;
import kz.suhbat.interview.SheetKey;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Indicator;
import kz.suhbat.rubric.Polarity;
import kz.suhbat.rubric.ScaleLevel;

/**
 * The score sheets of an interview: who has submitted, opening a member's own sheet with their password
 * or a paper sheet for transcription, entering levels and evidence, and the member's confirmation of a
 * transcription with their password. Each entry goes to the service
 * at once, and a row shows it as saved only when the service has stored it.
 */
public final class SheetViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final ScoringService scoring;
    private final InterviewService interviews;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final ObservableList<Rater> raters = FXCollections.observableArrayList();
    private final ObservableList<SheetRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SheetKey> key = new SimpleObjectProperty<>();
    private final BooleanProperty submitted = new SimpleBooleanProperty();
    private final ObjectProperty<SheetRow> current = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> lookedAt = new SimpleObjectProperty<>();
    private final ActionStatus status;
    private InterviewGuide guide;
    private Long asked;
    private boolean watching;

    public SheetViewModel(ScoringService scoring, InterviewService interviews, TaskExecutor executor, I18n i18n) {
        this.scoring = scoring;
        this.interviews = interviews;
        this.executor = executor;
        this.i18n = i18n;
        this.status = new ActionStatus(executor, failure -> InterviewErrors.text(failure, i18n));
    }

    /** Asks for {@code memberId}'s sheet: the sheets step chooses them, ready for their password. */
    void ask(long memberId) {
        asked = memberId;
    }

    /** The panel member whose sheet was asked for, if any; taken once. */
    public java.util.OptionalLong takeAsked() {
        Long member = asked;
        asked = null;
        return member == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(member);
    }

    void show(InterviewGuide shown) {
        this.guide = shown;
        raters.setAll(inPanelOrder(shown.raters()));
    }

    /**
     * Reads again, without the busy sign, who has submitted, while no sheet is open on this screen and
     * some sheet is still out: members may submit from their own devices meanwhile.
     */
    public void watchSubmissions() {
        if (guide == null || key.get() != null || raters.stream().allMatch(Rater::submitted) || watching) {
            return;
        }
        watching = true;
        long id = guide.interview().id();
        executor.run(() -> interviews.raters(id), loaded -> {
            watching = false;
            if (key.get() == null && !loaded.equals(List.copyOf(raters))) {
                raters.setAll(inPanelOrder(loaded));
            }
        }, failure -> watching = false);
    }

    /** Reloads who has submitted. */
    public void refreshRaters() {
        long id = guide.interview().id();
        status.run(() -> interviews.raters(id), loaded -> raters.setAll(inPanelOrder(loaded)));
    }

    private List<Rater> inPanelOrder(List<Rater> loaded) {
        return loaded.stream().sorted(Rater.panelOrder(NameCollator.of(i18n.language()))).toList();
    }

    public void unlock(Rater rater, String password) {
        long id = guide.interview().id();
        char[] secret = password.toCharArray();
        status.run(() -> scoring.unlock(id, rater.memberId(), secret), this::opened);
    }

    public void transcribe(Rater rater) {
        long id = guide.interview().id();
        status.run(() -> scoring.transcribe(id, rater.memberId()), this::opened);
    }

    private void opened(SheetKey opened) {
        close();
        Map<String, GuideCompetency> competencies = guide.competencies().stream()
                .collect(Collectors.toMap(GuideCompetency::code, Function.identity()));
        key.set(opened);
        rows.setAll(opened.competencyCodes().stream().map(code -> new SheetRow(code,
                i18n.text(competencies.get(code).competency().name()), competencies.get(code).questions(),
                descriptors(competencies.get(code).competency()))).toList());
        focus(rows.isEmpty() ? null : rows.get(0));
        status.succeeded(i18n.format(opened.transcription() ? "sheet.openedTranscription" : "sheet.opened",
                opened.memberName()));
        status.run(() -> scoring.sheet(opened), this::fill);
    }

    /** The scale's levels, lowest first, each with the competency's indicators at it. */
    private List<LevelDescriptor> descriptors(Competency competency) {
        return guide.scale().levels().stream().sorted(java.util.Comparator.comparingInt(ScaleLevel::level))
                .map(level -> new LevelDescriptor(level.level(), i18n.text(level.label()),
                        texts(competency.indicatorsAt(level.level(), Polarity.POSITIVE)),
                        texts(competency.indicatorsAt(level.level(), Polarity.NEGATIVE))))
                .toList();
    }

    private List<String> texts(List<Indicator> indicators) {
        return indicators.stream().map(i -> i18n.text(i.text())).toList();
    }

    /**
     * The row the member is on: its levels' descriptors are shown beside the sheet, the level it holds
     * marked.
     */
    public void focus(SheetRow row) {
        lookedAt.set(row == null ? null : row.levelProperty().get());
        current.set(row);
    }

    /**
     * Moves the marker to the next lower or higher level of the current row, to read its descriptor
     * before choosing; nothing is scored.
     */
    public void lookAt(int step) {
        SheetKey open = key.get();
        if (open == null || current.get() == null) {
            return;
        }
        Integer at = lookedAt.get();
        int from = at != null ? at : step > 0 ? open.lowest() - 1 : open.highest() + 1;
        lookedAt.set(Math.max(open.lowest(), Math.min(open.highest(), from + step)));
    }

    private void fill(ScoreSheet sheet) {
        Map<String, Score> scores = sheet.scores().stream().collect(Collectors.toMap(Score::competencyCode,
                Function.identity()));
        for (SheetRow row : rows) {
            Score score = scores.get(row.code());
            if (score != null) {
                row.stored(score, TIME.format(score.enteredAt()));
            }
        }
        for (Note note : sheet.notes()) {
            rows.stream().filter(r -> r.code().equals(note.competencyCode())).findFirst()
                    .ifPresent(r -> r.noteProperty(note.questionIndex()).set(note.text()));
        }
        submitted.set(sheet.submitted());
        focus(current.get());
    }

    /** Saves the member's own note on a question, when it changed; kept private until the reveal. */
    public void note(SheetRow row, int questionIndex, String text) {
        SheetKey open = key.get();
        if (open == null || submitted.get() || text.strip().equals(row.noteProperty(questionIndex).get())) {
            return;
        }
        status.run(() -> scoring.note(open, row.code(), questionIndex, text), saved -> {
            row.noteProperty(questionIndex).set(saved.text());
            status.succeeded(i18n.get("guide.noteSaved"));
        });
    }

    /** Enters a level; the row shows it once it is stored. */
    public void score(SheetRow row, int level) {
        SheetKey open = key.get();
        if (open == null || submitted.get()) {
            return;
        }
        if (level < open.lowest() || level > open.highest()) {
            status.failedWith(i18n.format("interview.error.LEVEL_OFF_SCALE", open.lowest(), open.highest()));
            return;
        }
        row.saving();
        executor.run(() -> scoring.score(open, row.code(), level), score -> saved(row, score), failure -> {
            row.failed();
            status.failed(failure);
        });
    }

    /** Enters the evidence for a row, when it changed. */
    public void evidence(SheetRow row, String text) {
        SheetKey open = key.get();
        if (open == null || submitted.get() || text.strip().equals(row.evidenceProperty().get())) {
            return;
        }
        row.saving();
        executor.run(() -> scoring.evidence(open, row.code(), text), score -> saved(row, score), failure -> {
            row.failed();
            status.failed(failure);
        });
    }

    private void saved(SheetRow row, Score score) {
        row.stored(score, TIME.format(score.enteredAt()));
        if (row == current.get()) {
            lookedAt.set(score.level());
        }
        status.clear();
    }

    public void submit() {
        SheetKey open = key.get();
        if (open == null) {
            return;
        }
        status.run(() -> scoring.submit(open), sheet -> {
            submitted.set(true);
            status.succeeded(i18n.format("sheet.submitted", open.memberName()));
            close();
            refreshRaters();
        });
    }

    /**
     * The member confirms the secretary's transcription of their paper sheet with their own password: the
     * sheet is submitted, marked as confirmed by the member, and locked.
     */
    public void countersign(String password) {
        SheetKey open = key.get();
        if (open == null || !open.transcription() || password.isEmpty()) {
            return;
        }
        char[] secret = password.toCharArray();
        status.run(() -> scoring.countersign(open, secret), sheet -> {
            submitted.set(true);
            status.succeeded(i18n.format("sheet.countersigned", open.memberName()));
            close();
            refreshRaters();
        });
    }

    /** Locks the open sheet again: the next member needs their own password. */
    public void close() {
        SheetKey open = key.get();
        if (open != null) {
            key.set(null);
            focus(null);
            rows.clear();
            submitted.set(false);
            executor.run(() -> {
                scoring.close(open);
                return open;
            }, closed -> { }, failure -> { });
        }
    }

    public List<Integer> levels() {
        SheetKey open = key.get();
        return open == null ? List.of() : java.util.stream.IntStream.rangeClosed(open.lowest(), open.highest())
                .boxed().toList();
    }

    public ObservableList<Rater> raters() {
        return raters;
    }

    public ObservableList<SheetRow> rows() {
        return rows;
    }

    public ObjectProperty<SheetKey> keyProperty() {
        return key;
    }

    /** The row the member is on, whose levels' descriptors are shown. */
    public ReadOnlyObjectProperty<SheetRow> currentProperty() {
        return current;
    }

    /** The level whose descriptor is marked: the current row's level, or one looked at with the arrows. */
    public ReadOnlyObjectProperty<Integer> lookedAtProperty() {
        return lookedAt;
    }

    public BooleanProperty submittedProperty() {
        return submitted;
    }

    public ActionStatus status() {
        return status;
    }
}
