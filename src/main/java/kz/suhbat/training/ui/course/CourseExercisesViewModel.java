package kz.suhbat.training.ui.course;

import kz.suhbat.training.ui.TrainingErrors;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import kz.suhbat.training.file.ExerciseSetFiles;
import java.nio.file.StandardCopyOption;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.RubricService;
import kz.suhbat.rubric.ScaleLevel;
import kz.suhbat.training.ExerciseSet;
import kz.suhbat.training.ReferenceLevel;
import kz.suhbat.training.StoredExercise;
import kz.suhbat.training.TrainingException;
import kz.suhbat.training.TrainingService;

/**
 * The chosen course's exercises in the order trainees take them, adding more (the starter set or an exercise
 * set file), and the references of the exercise chosen: a level on the scale with its reason, or the
 * reference panel's median.
 */
public final class CourseExercisesViewModel {

    /** An exercise's line: its references as codes and levels ("DEC 4, SRV 3"). */
    public record ExerciseRow(StoredExercise stored, String seq, String code, String title, String competency,
                              String references) {
    }

    /** A competency the chosen exercise has a reference on. */
    public record ReferenceChoice(String code, String name, ReferenceLevel reference) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final TrainingService training;
    private final RubricService rubric;
    private final ExerciseSource source;
    private final ReadOnlyObjectProperty<Campaign> course;
    private final I18n i18n;
    private final ActionStatus status;
    private final ObservableList<ExerciseRow> exercises = FXCollections.observableArrayList();
    private final ObservableList<ReferenceChoice> references = FXCollections.observableArrayList();
    private final ObservableList<Integer> levels = FXCollections.observableArrayList();
    private final ObjectProperty<ExerciseRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ReferenceChoice> reference = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> level = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalizedText> reason = new SimpleObjectProperty<>(LocalizedText.of("", "", ""));
    private Framework framework;

    public CourseExercisesViewModel(TrainingService training, RubricService rubric, ExerciseSource source,
                                    ReadOnlyObjectProperty<Campaign> course, TaskExecutor executor, I18n i18n) {
        this.training = training;
        this.rubric = rubric;
        this.source = source;
        this.course = course;
        this.i18n = i18n;
        this.status = new ActionStatus(executor, failure -> TrainingErrors.text(failure, i18n));
        course.addListener((obs, old, value) -> {
            status.clear();
            refresh();
        });
        selected.addListener((obs, old, row) -> showReferences(row));
        reference.addListener((obs, old, choice) -> showReference(choice));
    }

    private record Loaded(Framework framework, List<StoredExercise> exercises) {
    }

    public void refresh() {
        Campaign campaign = course.get();
        if (campaign == null) {
            exercises.clear();
            return;
        }
        status.run(() -> new Loaded(rubric.load(campaign.frameworkId())
                .orElseThrow(() -> new TrainingException(TrainingException.Reason.NOT_FOUND)),
                training.exercises(campaign.id())), loaded -> {
                    if (course.get() == null || course.get().id() != campaign.id()) {
                        return;
                    }
                    framework = loaded.framework();
                    levels.setAll(framework.scale().levels().stream().map(ScaleLevel::level).toList());
                    long chosen = selected.get() == null ? -1 : selected.get().stored().id();
                    String chosenReference = reference.get() == null ? null : reference.get().code();
                    exercises.setAll(loaded.exercises().stream().map(this::row).toList());
                    selected.set(exercises.stream().filter(r -> r.stored().id() == chosen).findFirst().orElse(null));
                    reference.set(references.stream().filter(r -> r.code().equals(chosenReference)).findFirst()
                            .orElse(references.isEmpty() ? null : references.get(0)));
                });
    }

    private ExerciseRow row(StoredExercise stored) {
        return new ExerciseRow(stored, Integer.toString(stored.seq()), stored.exercise().code(),
                i18n.name(stored.exercise().title()), competencyName(stored.exercise().competencyCode()),
                stored.exercise().references().stream().map(r -> r.competencyCode() + " " + r.level().toPlainString())
                        .reduce((a, b) -> a + ", " + b).orElse(""));
    }

    private String competencyName(String code) {
        return framework.competency(code).map(Competency::name).map(i18n::name).orElse(code);
    }

    private void showReferences(ExerciseRow row) {
        if (row == null) {
            references.clear();
            reference.set(null);
            return;
        }
        references.setAll(row.stored().exercise().references().stream()
                .map(r -> new ReferenceChoice(r.competencyCode(), r.competencyCode() + " — "
                        + competencyName(r.competencyCode()), r)).toList());
        reference.set(references.isEmpty() ? null : references.get(0));
    }

    private void showReference(ReferenceChoice choice) {
        if (choice == null) {
            level.set(null);
            reason.set(LocalizedText.of("", "", ""));
            return;
        }
        level.set(choice.reference().level().setScale(0, RoundingMode.HALF_UP).intValue());
        reason.set(choice.reference().reason());
    }

    public void addStarter() {
        add(source::starter, Optional.empty());
    }

    /** Adds the exercises of an exercise set file; its media files are taken from beside it. */
    public void addFrom(Path file) {
        Framework shown = framework;
        add(() -> source.read(file, shown), Optional.ofNullable(file.toAbsolutePath().getParent()));
    }

    private void add(Callable<ExerciseSet> set, Optional<Path> mediaFolder) {
        Campaign campaign = course.get();
        if (campaign == null || framework == null) {
            return;
        }
        status.run(() -> training.addExercises(campaign.id(), set.call(), mediaFolder), added -> {
            status.succeeded(i18n.format("course.exercise.added", added));
            refresh();
        });
    }

    /**
     * Writes the course's exercises to an exercise set file for other offices, with their audio and video
     * files copied beside it.
     */
    public void saveSet(Path file) {
        Campaign campaign = course.get();
        Framework shown = framework;
        if (campaign == null || shown == null) {
            return;
        }
        status.run(() -> {
            new ExerciseSetFiles().export(training.exerciseSet(campaign.id()), shown, file);
            for (StoredExercise exercise : training.exercises(campaign.id())) {
                Optional<Path> media = training.mediaFile(exercise.id());
                if (media.isPresent()) {
                    Files.copy(media.get(), file.toAbsolutePath().resolveSibling(exercise.exercise().media()
                            .orElseThrow()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return file.getFileName().toString();
        }, name -> status.succeeded(i18n.format("course.exercise.setSaved", name)));
    }

    /** Saves the chosen competency's reference: the level chosen on the scale and the reason. */
    public void saveReference() {
        ExerciseRow row = selected.get();
        ReferenceChoice choice = reference.get();
        if (row == null || choice == null || level.get() == null) {
            status.failedWith(i18n.get("course.reference.chooseFirst"));
            return;
        }
        ReferenceLevel changed = new ReferenceLevel(choice.code(), BigDecimal.valueOf(level.get()), reason.get());
        status.run(() -> {
            training.setReference(row.stored().id(), changed);
            return changed;
        }, saved -> {
            status.succeeded(i18n.format("course.reference.saved", row.code(), choice.name(),
                    saved.level().toPlainString()));
            refresh();
        });
    }

    /** Makes the reference raters' median the chosen exercise's references. */
    public void adoptPanelMedian() {
        ExerciseRow row = selected.get();
        if (row == null) {
            status.failedWith(i18n.get("course.reference.chooseFirst"));
            return;
        }
        status.run(() -> training.adoptPanelMedian(row.stored().id()), adopted -> {
            status.succeeded(i18n.format("course.reference.adopted", row.code(), adopted.stream()
                    .map(r -> r.competencyCode() + " " + r.level().toPlainString())
                    .reduce((a, b) -> a + ", " + b).orElse("")));
            refresh();
        });
    }

    public ObservableList<ExerciseRow> exercises() {
        return exercises;
    }

    public ObservableList<ReferenceChoice> references() {
        return references;
    }

    public ObservableList<Integer> levels() {
        return levels;
    }

    public ObjectProperty<ExerciseRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<ReferenceChoice> referenceProperty() {
        return reference;
    }

    public ObjectProperty<Integer> levelProperty() {
        return level;
    }

    public ObjectProperty<LocalizedText> reasonProperty() {
        return reason;
    }

    public ActionStatus status() {
        return status;
    }
}
