package kz.suhbat.training.ui.exercise;

import kz.suhbat.training.ui.TrainingErrors;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.common.ui.LevelDescriptor;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Indicator;
import kz.suhbat.rubric.Polarity;
import kz.suhbat.rubric.RatingScale;
import kz.suhbat.rubric.ScaleLevel;
import kz.suhbat.training.CalibrationService;
import kz.suhbat.training.ExerciseFeedback;
import kz.suhbat.training.ExerciseScore;
import kz.suhbat.training.ExerciseSheet;

/**
 * A trainee's sheet for one exercise, as in a real sitting: the question, the transcript and any recording,
 * and per competency a level and the evidence for it. Each entry goes to the service at once and shows as
 * saved only once stored; submitting hands the feedback on.
 */
public final class ExerciseSheetViewModel {

    private final CalibrationService calibration;
    private final I18n i18n;
    private final ActionStatus status;
    private final ObservableList<CompetencyRow> rows = FXCollections.observableArrayList();
    private final SimpleStringProperty title = new SimpleStringProperty("");
    private final SimpleStringProperty question = new SimpleStringProperty("");
    private final SimpleStringProperty transcript = new SimpleStringProperty("");
    private final SimpleObjectProperty<Path> media = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty open = new SimpleBooleanProperty();
    private final java.util.Map<Integer, String> scaleDescriptors = new java.util.HashMap<>();
    private Consumer<ExerciseFeedback> onSubmitted = feedback -> { };
    private long exerciseId;

    public ExerciseSheetViewModel(CalibrationService calibration, TaskExecutor executor, I18n i18n) {
        this.calibration = calibration;
        this.i18n = i18n;
        this.status = new ActionStatus(executor, failure -> TrainingErrors.text(failure, i18n));
    }

    void onSubmitted(Consumer<ExerciseFeedback> then) {
        onSubmitted = then;
    }

    /** Shows a sheet as loaded, with what the trainee saved on it before. */
    void show(ExerciseSheet sheet) {
        exerciseId = sheet.exerciseId();
        status.clear();
        title.set(i18n.format("calibration.sheet.title", sheet.exercise().code(), i18n.name(sheet.exercise().title())));
        question.set(sheet.question().map(q -> i18n.name(q.text())).orElse(""));
        transcript.set(i18n.name(sheet.exercise().transcript()));
        media.set(sheet.media().orElse(null));
        scaleDescriptors.clear();
        sheet.scale().levels().forEach(level -> scaleDescriptors.put(level.level(),
                level.descriptor() == null ? "" : i18n.name(level.descriptor()).strip()));
        rows.setAll(sheet.competencies().stream().map(c -> row(c, sheet.scale())).toList());
        for (CompetencyRow row : rows) {
            sheet.attempt().score(row.code()).ifPresent(score -> {
                row.evidenceProperty().set(score.evidence());
                row.stored(score.level(), score.evidence());
                row.lookedAtProperty().set(score.level());
            });
        }
        open.set(true);
    }

    /** The sheet is left for the list; the recording stops with it. */
    void leave() {
        open.set(false);
        media.set(null);
    }

    private CompetencyRow row(Competency competency, RatingScale scale) {
        List<LevelDescriptor> levels = scale.levels().stream().sorted(Comparator.comparingInt(ScaleLevel::level))
                .map(level -> new LevelDescriptor(level.level(), i18n.name(level.label()),
                        texts(competency.indicatorsAt(level.level(), Polarity.POSITIVE)),
                        texts(competency.indicatorsAt(level.level(), Polarity.NEGATIVE))))
                .toList();
        return new CompetencyRow(competency.code(), i18n.name(competency.name()), levels);
    }

    /** What the scale says a level means in general, beside the competency's indicators; empty when nothing. */
    public String scaleDescriptor(int level) {
        return scaleDescriptors.getOrDefault(level, "");
    }

    private List<String> texts(List<Indicator> indicators) {
        return indicators.stream().map(i -> i18n.name(i.text())).toList();
    }

    /** Gives {@code row} the level, with the evidence typed so far, saved at once. */
    public void choose(CompetencyRow row, int level) {
        row.lookedAtProperty().set(level);
        save(row, level);
    }

    /** Saves the evidence typed on {@code row} if it changed; without a level it waits for one. */
    public void saveEvidence(CompetencyRow row) {
        if (!open.get() || !row.evidenceChanged()) {
            return;
        }
        if (row.levelProperty().get() == null) {
            row.state(CompetencyRow.State.WAITING_FOR_LEVEL);
            return;
        }
        save(row, row.levelProperty().get());
    }

    private void save(CompetencyRow row, int level) {
        long id = exerciseId;
        String evidence = row.evidenceProperty().get();
        row.state(CompetencyRow.State.SAVING);
        status.run(() -> calibration.save(id, new ExerciseScore(row.code(), level, evidence)), attempt -> {
            ExerciseScore stored = attempt.score(row.code()).orElseThrow();
            row.stored(stored.level(), stored.evidence());
            if (row.evidenceChanged()) {
                saveEvidence(row);
            }
        });
    }

    /** Moves the level looked at on {@code row} by {@code step}, within the scale. */
    public void lookAt(CompetencyRow row, int step) {
        List<LevelDescriptor> levels = row.levels();
        Integer at = row.lookedAtProperty().get();
        int index = at == null ? (step > 0 ? -1 : levels.size())
                : levels.indexOf(levels.stream().filter(l -> l.level() == at).findFirst().orElseThrow());
        int next = Math.max(0, Math.min(levels.size() - 1, index + step));
        row.lookedAtProperty().set(levels.get(next).level());
    }

    /** Submits the sheet; the service refuses while a level or evidence is missing, saying which. */
    public void submit() {
        long id = exerciseId;
        status.clear();
        status.run(() -> calibration.submit(id), feedback -> {
            open.set(false);
            media.set(null);
            onSubmitted.accept(feedback);
        });
    }

    public ObservableList<CompetencyRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    /** The question answered, in the screens' language; empty when the framework no longer has it. */
    public ReadOnlyStringProperty questionProperty() {
        return question;
    }

    public ReadOnlyStringProperty transcriptProperty() {
        return transcript;
    }

    /** The recording of the answer; null when there is none. */
    public ReadOnlyObjectProperty<Path> mediaProperty() {
        return media;
    }

    public Optional<Path> media() {
        return Optional.ofNullable(media.get());
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open;
    }

    public ActionStatus status() {
        return status;
    }
}
