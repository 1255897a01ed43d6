package kz.suhbat.training.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import kz.suhbat.analytics.file.ReportTable;
import kz.suhbat.analytics.stats.FlagReason;
import kz.suhbat.analytics.stats.NumberText;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.training.CalibrationRule;
import kz.suhbat.training.CourseResults;
import kz.suhbat.training.ExerciseResult;
import kz.suhbat.training.GroupPoint;
import kz.suhbat.training.TraineeProgress;

/**
 * A course's results as the trainer reads them, in the reader's language: a line per trainee (exercises
 * submitted, last and mean distance, bias, flags, the calibrated status), every trainee's exercises, and the
 * group's mean per exercise. The same words serve the screen, the PDF and the spreadsheet.
 */
public final class CourseReportTables {

    /** Dates as offices in Kazakhstan write them, whatever the language. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int DECIMALS = 2;

    private final I18n i18n;
    private final NumberText numbers;

    public CourseReportTables(I18n i18n) {
        this.i18n = i18n;
        this.numbers = new NumberText(i18n.language().locale());
    }

    /** The course's name marked as training, and its rule, as every page and sheet states them. */
    public String scope(CourseResults results) {
        return i18n.format("course.report.scope", i18n.get("course.report.mark"),
                i18n.name(results.course().title()), rule(results.course().rule()));
    }

    public String rule(CalibrationRule rule) {
        return i18n.format("course.rule.summary", numbers.fixed(rule.maxDistance().doubleValue(), DECIMALS),
                rule.exercisesNeeded());
    }

    public List<ReportTable> tables(CourseResults results) {
        return List.of(trainees(results), exercises(results), group(results));
    }

    public ReportTable trainees(CourseResults results) {
        List<List<Object>> rows = new ArrayList<>();
        for (TraineeProgress progress : results.trainees()) {
            List<ExerciseResult> done = progress.results();
            rows.add(List.of(progress.trainee().displayName(), progress.trainee().login(), (long) done.size(),
                    done.isEmpty() ? Double.NaN : round(done.get(done.size() - 1).distance()),
                    round(progress.overall().distance()), round(progress.overall().bias()),
                    direction(progress.overall().bias()), flags(progress), calibrated(progress)));
        }
        return new ReportTable(i18n.get("course.report.trainees"), List.of(i18n.get("course.result.trainee"),
                i18n.get("course.trainee.login"), i18n.get("course.result.submitted"), i18n.get("course.result.last"),
                i18n.get("course.result.mean"), i18n.get("course.result.bias"), i18n.get("course.result.direction"),
                i18n.get("course.result.flags"),
                i18n.get("course.result.calibrated")), rows, DECIMALS);
    }

    /** The trainees' lines for a page: no login, the bias and its direction in one cell. */
    public ReportTable traineesCompact(CourseResults results) {
        List<List<Object>> rows = new ArrayList<>();
        for (TraineeProgress progress : results.trainees()) {
            List<ExerciseResult> done = progress.results();
            rows.add(List.of(progress.trainee().displayName(), (long) done.size(),
                    done.isEmpty() ? Double.NaN : round(done.get(done.size() - 1).distance()),
                    round(progress.overall().distance()), bias(progress.overall().bias()), flags(progress),
                    calibrated(progress)));
        }
        return new ReportTable(i18n.get("course.report.trainees"), List.of(i18n.get("course.result.trainee"),
                i18n.get("course.result.submitted"), i18n.get("course.result.last"), i18n.get("course.result.mean"),
                i18n.get("course.result.bias"), i18n.get("course.result.flags"), i18n.get("course.result.calibrated")),
                rows, DECIMALS);
    }

    public ReportTable exercises(CourseResults results) {
        List<List<Object>> rows = new ArrayList<>();
        for (TraineeProgress progress : results.trainees()) {
            for (ExerciseResult result : progress.results()) {
                rows.add(List.of(progress.trainee().displayName(), (long) result.seq(), result.code(),
                        round(result.distance()), round(result.bias()), direction(result.bias())));
            }
        }
        return new ReportTable(i18n.get("course.report.perTrainee"), List.of(i18n.get("course.result.trainee"),
                i18n.get("course.exercise.seq"), i18n.get("course.exercise.code"), i18n.get("course.result.distance"),
                i18n.get("course.result.bias"), i18n.get("course.result.direction")), rows, DECIMALS);
    }

    public ReportTable group(CourseResults results) {
        List<List<Object>> rows = new ArrayList<>();
        for (GroupPoint point : results.group()) {
            rows.add(List.of((long) point.seq(), point.code(), (long) point.trainees(), round(point.meanDistance()),
                    round(point.meanBias()), direction(point.meanBias())));
        }
        return new ReportTable(i18n.get("course.report.group"), List.of(i18n.get("course.exercise.seq"),
                i18n.get("course.exercise.code"), i18n.get("course.result.trainees"),
                i18n.get("course.result.groupMean"), i18n.get("course.result.bias"),
                i18n.get("course.result.direction")), rows, DECIMALS);
    }

    /** A distance as the report gives it: two decimals, rounded half up, in the spreadsheet too. */
    private static double round(double value) {
        return Double.isNaN(value) ? value
                : java.math.BigDecimal.valueOf(value).setScale(DECIMALS, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    /** A bias with its sign and in words: "+0.40 lenient", "-0.25 severe", "0.00". */
    public String bias(double bias) {
        if (Double.isNaN(bias)) {
            return NumberText.UNKNOWN;
        }
        String direction = direction(bias);
        return direction.isEmpty() ? numbers.fixed(0, DECIMALS) : numbers.signed(bias, DECIMALS) + " " + direction;
    }

    /** Which way a bias leans, in words; nothing when it rounds to none. */
    public String direction(double bias) {
        if (Double.isNaN(bias) || Math.abs(bias) < 0.005) {
            return "";
        }
        return i18n.get("course.bias." + (bias > 0 ? FlagReason.LENIENT : FlagReason.SEVERE));
    }

    /** The central tendency and halo flags of the trainee's levels against the references, in words. */
    public String flags(TraineeProgress progress) {
        return progress.overall().flags().stream()
                .filter(f -> f == FlagReason.CENTRAL_TENDENCY || f == FlagReason.HALO)
                .map(f -> i18n.get("agreement.flagName." + f.name())).reduce((a, b) -> a + ", " + b).orElse("");
    }

    public String calibrated(TraineeProgress progress) {
        return progress.calibratedOn().map(this::since).orElse(i18n.get("course.result.notYet"));
    }

    private String since(LocalDate day) {
        return i18n.format("course.result.since", DATE.format(day));
    }
}
