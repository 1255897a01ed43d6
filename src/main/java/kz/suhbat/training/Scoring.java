package kz.suhbat.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.suhbat.analytics.stats.Scale;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.Indicator;
import kz.suhbat.rubric.RatingScale;

/** Trainees' submitted levels against the references: the cells, feedback, progress and the rule's date. */
final class Scoring {

    private Scoring() {
    }

    static Scale scale(Framework framework) {
        RatingScale scale = framework.scale();
        return new Scale(scale.levels().get(0).level(), scale.levels().get(scale.levels().size() - 1).level());
    }

    /** The cells of one attempt: every referenced competency the trainee scored. */
    static List<CalibrationCell> cells(StoredExercise exercise, Attempt attempt) {
        List<CalibrationCell> cells = new ArrayList<>();
        for (ReferenceLevel reference : exercise.exercise().references()) {
            attempt.score(reference.competencyCode()).ifPresent(score -> cells.add(new CalibrationCell(
                    exercise.exercise().code(), reference.competencyCode(), score.level(),
                    reference.level().doubleValue())));
        }
        return cells;
    }

    static ExerciseFeedback feedback(StoredExercise exercise, Attempt attempt, Framework framework) {
        List<CompetencyFeedback> rows = new ArrayList<>();
        for (ReferenceLevel reference : exercise.exercise().references()) {
            Optional<Competency> competency = framework.competency(reference.competencyCode());
            ExerciseScore score = attempt.score(reference.competencyCode()).orElseThrow(
                    () -> new TrainingException(TrainingException.Reason.NOT_SCORED));
            rows.add(new CompetencyFeedback(reference.competencyCode(),
                    competency.map(Competency::name).orElse(kz.suhbat.common.i18n.LocalizedText.of(
                            reference.competencyCode(), reference.competencyCode(), reference.competencyCode())),
                    score.level(), score.evidence(), reference.level(), reference.reason(),
                    competency.map(c -> indicatorsAt(c, reference.level())).orElse(List.of())));
        }
        return new ExerciseFeedback(exercise, rows, CalibrationMeasures.of(cells(exercise, attempt), scale(framework)));
    }

    /** The indicators at the reference level; for a half level, those of both levels beside it. */
    static List<Indicator> indicatorsAt(Competency competency, BigDecimal level) {
        int low = level.setScale(0, RoundingMode.FLOOR).intValueExact();
        int high = level.setScale(0, RoundingMode.CEILING).intValueExact();
        return competency.indicators().stream().filter(i -> i.level() == low || i.level() == high).toList();
    }

    /**
     * A trainee's progress: their submitted attempts in the order submitted, each with its distance and
     * bias, the measures over all of them, and the latest day the rule was met (a later exercise renews it).
     */
    static TraineeProgress progress(Trainee trainee, List<StoredExercise> exercises, List<Attempt> attempts,
                                    Framework framework, CalibrationRule rule, ZoneId zone) {
        Map<Long, StoredExercise> byId = exercises.stream().collect(Collectors.toMap(StoredExercise::id, e -> e));
        List<Attempt> own = attempts.stream().filter(a -> a.accountId() == trainee.accountId() && a.submitted()
                && byId.containsKey(a.exerciseId())).sorted(Comparator.comparing(a -> a.submittedAt().get())).toList();
        List<ExerciseResult> results = new ArrayList<>();
        List<CalibrationCell> all = new ArrayList<>();
        List<Double> distances = new ArrayList<>();
        Optional<LocalDate> calibrated = Optional.empty();
        for (Attempt attempt : own) {
            StoredExercise exercise = byId.get(attempt.exerciseId());
            List<CalibrationCell> cells = cells(exercise, attempt);
            if (cells.isEmpty()) {
                continue;
            }
            all.addAll(cells);
            double distance = CalibrationCell.meanDistance(cells).orElseThrow();
            double bias = CalibrationCell.meanBias(cells).orElseThrow();
            results.add(new ExerciseResult(exercise.id(), exercise.seq(), exercise.exercise().code(),
                    attempt.submittedAt().get(), distance, bias));
            distances.add(distance);
            if (rule.metBy(distances)) {
                calibrated = Optional.of(attempt.submittedAt().get().atZone(zone).toLocalDate());
            }
        }
        return new TraineeProgress(trainee, results, CalibrationMeasures.of(all, scale(framework)), calibrated);
    }

    /** The group's mean distance and bias per exercise, over the trainees who submitted it, in course order. */
    static List<GroupPoint> group(List<StoredExercise> exercises, List<TraineeProgress> trainees) {
        List<GroupPoint> points = new ArrayList<>();
        for (StoredExercise exercise : exercises) {
            List<ExerciseResult> results = trainees.stream().flatMap(t -> t.results().stream())
                    .filter(r -> r.exerciseId() == exercise.id()).toList();
            if (!results.isEmpty()) {
                points.add(new GroupPoint(exercise.seq(), exercise.exercise().code(),
                        results.stream().mapToDouble(ExerciseResult::distance).sum() / results.size(),
                        results.stream().mapToDouble(ExerciseResult::bias).sum() / results.size(), results.size()));
            }
        }
        return points;
    }

    /** The median of levels: the middle one, or halfway between the two middle ones. */
    static BigDecimal median(List<Integer> levels) {
        List<Integer> sorted = levels.stream().sorted().toList();
        int n = sorted.size();
        if (n % 2 == 1) {
            return BigDecimal.valueOf(sorted.get(n / 2));
        }
        return BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
    }
}
