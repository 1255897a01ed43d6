package kz.suhbat.training.ui.course;

import kz.suhbat.training.ui.TrainingErrors;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.suhbat.analytics.file.ReportFiles;
import kz.suhbat.analytics.stats.NumberText;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.training.CourseResults;
import kz.suhbat.training.ExerciseResult;
import kz.suhbat.training.TraineeProgress;
import kz.suhbat.training.TrainingService;
import kz.suhbat.training.report.CourseReportFiles;
import kz.suhbat.training.report.CourseReportTables;

/**
 * The chosen course's results: a line per trainee, the progress of the trainee chosen and of the group
 * exercise by exercise (for the chart, with the rule's distance), and the trainer's report as PDF or XLSX.
 */
public final class CourseResultsViewModel {

    /** A trainee's line, every figure already in the reader's language. */
    public record ResultRow(long accountId, String name, String submitted, String last, String mean, String bias,
                            String flags, String calibrated) {
    }

    /** A point of a progress line: the exercise's place in the course and the mean absolute distance on it. */
    public record Point(int seq, double distance) {
    }

    private final TrainingService training;
    private final ReadOnlyObjectProperty<Campaign> course;
    private final I18n i18n;
    private final ActionStatus status;
    private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CourseResults> results = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ResultRow> chosen = new SimpleObjectProperty<>();

    public CourseResultsViewModel(TrainingService training, ReadOnlyObjectProperty<Campaign> course,
                                  TaskExecutor executor, I18n i18n) {
        this.training = training;
        this.course = course;
        this.i18n = i18n;
        this.status = new ActionStatus(executor, failure -> TrainingErrors.text(failure, i18n));
        course.addListener((obs, old, value) -> {
            status.clear();
            refresh();
        });
    }

    public void refresh() {
        Campaign campaign = course.get();
        if (campaign == null) {
            rows.clear();
            results.set(null);
            return;
        }
        status.run(() -> training.results(campaign.id()), loaded -> {
            if (course.get() == null || course.get().id() != campaign.id()) {
                return;
            }
            long kept = chosen.get() == null ? -1 : chosen.get().accountId();
            results.set(loaded);
            // The words and numbers follow the language shown now, which may have changed since sign-in.
            CourseReportTables words = new CourseReportTables(i18n);
            NumberText numbers = new NumberText(i18n.language().locale());
            rows.setAll(loaded.trainees().stream().map(t -> row(t, words, numbers)).toList());
            chosen.set(rows.stream().filter(r -> r.accountId() == kept).findFirst()
                    .orElse(rows.isEmpty() ? null : rows.get(0)));
        });
    }

    private static ResultRow row(TraineeProgress progress, CourseReportTables words, NumberText numbers) {
        List<ExerciseResult> done = progress.results();
        return new ResultRow(progress.trainee().accountId(), progress.trainee().displayName(),
                Integer.toString(done.size()),
                done.isEmpty() ? NumberText.UNKNOWN : numbers.fixed(done.get(done.size() - 1).distance(), 2),
                numbers.fixed(progress.overall().distance(), 2), words.bias(progress.overall().bias()),
                words.flags(progress), words.calibrated(progress));
    }

    /** The mean absolute distance of the trainee chosen, exercise by exercise in course order. */
    public List<Point> traineeLine() {
        CourseResults shown = results.get();
        ResultRow row = chosen.get();
        if (shown == null || row == null) {
            return List.of();
        }
        return shown.trainees().stream().filter(t -> t.trainee().accountId() == row.accountId())
                .flatMap(t -> t.results().stream()).sorted(java.util.Comparator.comparingInt(ExerciseResult::seq))
                .map(r -> new Point(r.seq(), r.distance())).toList();
    }

    /** The group's mean distance, exercise by exercise. */
    public List<Point> groupLine() {
        CourseResults shown = results.get();
        return shown == null ? List.of() : shown.group().stream().map(g -> new Point(g.seq(), g.meanDistance()))
                .toList();
    }

    /** The rule's largest distance, drawn across the chart. */
    public double ruleDistance() {
        CourseResults shown = results.get();
        return shown == null ? Double.NaN : shown.course().rule().maxDistance().doubleValue();
    }

    public int exerciseCount() {
        CourseResults shown = results.get();
        return shown == null ? 0 : shown.exercises().size();
    }

    public String ruleLabel() {
        return i18n.format("course.chart.rule", new NumberText(i18n.language().locale()).fixed(ruleDistance(), 2));
    }

    /** Writes the report of the results shown to {@code target}. */
    public void save(Path target, ReportFiles.Format format) {
        CourseResults shown = results.get();
        if (shown == null) {
            return;
        }
        status.run(() -> {
            new CourseReportFiles(i18n).write(shown, format, target);
            return target;
        }, written -> status.succeeded(i18n.format("course.report.saved", written)));
    }

    public ObservableList<ResultRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<CourseResults> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public ObjectProperty<ResultRow> chosenProperty() {
        return chosen;
    }

    public ActionStatus status() {
        return status;
    }
}
