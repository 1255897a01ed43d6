package kz.suhbat.training.ui.exercise;

import kz.suhbat.training.ui.TrainingErrors;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.training.CalibrationService;
import kz.suhbat.training.MyExercise;
import kz.suhbat.training.TraineeProgress;

/**
 * A trainee's calibration exercises: the list of every course they are on, their distance from the
 * references exercise by exercise, and which page is shown: the list, an exercise's sheet, or the
 * feedback on a submitted one.
 */
public final class MyExercisesViewModel {

    /** The page in front. */
    public enum Page { LIST, SHEET, FEEDBACK }

    /** One course's line on the progress chart: each submitted exercise's number and distance. */
    public record ProgressLine(String course, List<Point> points) {
    }

    /** A point of a progress line. */
    public record Point(String exercise, double distance) {
    }

    private final CalibrationService calibration;
    private final ExerciseSheetViewModel sheet;
    private final ExerciseFeedbackViewModel feedback;
    private final I18n i18n;
    private final Levels levels;
    private final ObservableList<MyExercise> exercises = FXCollections.observableArrayList();
    private final ObservableList<ProgressLine> progress = FXCollections.observableArrayList();
    private final StringProperty progressSummary = new SimpleStringProperty("");
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.LIST);
    private final ActionStatus status;
    private Long lastOpened;

    public MyExercisesViewModel(CalibrationService calibration, ExerciseSheetViewModel sheet,
                                ExerciseFeedbackViewModel feedback, TaskExecutor executor, I18n i18n) {
        this.calibration = calibration;
        this.sheet = sheet;
        this.feedback = feedback;
        this.i18n = i18n;
        this.levels = new Levels(i18n.language().locale());
        this.status = new ActionStatus(executor, failure -> TrainingErrors.text(failure, i18n));
        sheet.onSubmitted(submitted -> {
            feedback.show(submitted);
            page.set(Page.FEEDBACK);
            refresh();
        });
    }

    /** Reads the list and the progress again. */
    public void refresh() {
        status.run(() -> new Loaded(calibration.myExercises(), calibration.myProgress()), this::show);
    }

    private record Loaded(List<MyExercise> exercises, List<TraineeProgress> progress) {
    }

    private void show(Loaded loaded) {
        exercises.setAll(loaded.exercises());
        progress.setAll(loaded.progress().stream().filter(p -> !p.results().isEmpty())
                .map(p -> new ProgressLine(courseTitle(p), p.results().stream()
                        .map(r -> new Point(i18n.format("calibration.exerciseNumber", r.seq()), r.distance()))
                        .toList()))
                .toList());
        progressSummary.set(summary(loaded.progress()));
    }

    private String courseTitle(TraineeProgress progress) {
        long exerciseId = progress.results().get(0).exerciseId();
        return exercises.stream().filter(e -> e.exercise().id() == exerciseId)
                .findFirst().map(e -> i18n.name(e.courseTitle())).orElse("");
    }

    private String summary(List<TraineeProgress> loaded) {
        if (loaded.stream().allMatch(p -> p.results().isEmpty())) {
            return i18n.get("calibration.progress.none");
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(i18n.language().locale());
        return String.join("\n", loaded.stream().filter(p -> !p.results().isEmpty()).map(p -> {
            String overall = i18n.format("calibration.progress.overall", courseTitle(p),
                    levels.measure(p.overall().distance()), p.results().size());
            return p.calibratedOn().map(day -> overall + " " + i18n.format("calibration.progress.calibrated",
                    dates.format(day))).orElse(overall);
        }).toList());
    }

    /** Opens {@code exercise}: its feedback once submitted, else its sheet. */
    public void open(MyExercise exercise) {
        if (exercise == null) {
            return;
        }
        lastOpened = exercise.exercise().id();
        status.clear();
        if (exercise.status() == MyExercise.Status.SUBMITTED) {
            status.run(() -> calibration.feedback(exercise.exercise().id()), loaded -> {
                feedback.show(loaded);
                page.set(Page.FEEDBACK);
            });
        } else {
            status.run(() -> calibration.sheet(exercise.exercise().id()), loaded -> {
                sheet.show(loaded);
                page.set(Page.SHEET);
            });
        }
    }

    /** Back to the list, read again. */
    public void backToList() {
        sheet.leave();
        page.set(Page.LIST);
        refresh();
    }

    /** The exercise opened last, for the list to keep the keyboard on it. */
    public Long lastOpened() {
        return lastOpened;
    }

    public String statusText(MyExercise exercise) {
        return i18n.get("calibration.status." + exercise.status().name());
    }

    public String distanceText(MyExercise exercise) {
        return exercise.distance().isPresent() ? levels.measure(exercise.distance().getAsDouble()) : "";
    }

    public String title(MyExercise exercise) {
        return i18n.name(exercise.exercise().exercise().title());
    }

    public String course(MyExercise exercise) {
        return i18n.name(exercise.courseTitle());
    }

    public ObservableList<MyExercise> exercises() {
        return exercises;
    }

    public ObservableList<ProgressLine> progress() {
        return progress;
    }

    public ReadOnlyStringProperty progressSummaryProperty() {
        return progressSummary;
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page;
    }

    public ActionStatus status() {
        return status;
    }
}
