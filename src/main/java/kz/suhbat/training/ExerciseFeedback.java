package kz.suhbat.training;

import java.util.List;

/** What a trainee sees once an exercise is submitted: per competency against the reference, and the measures. */
public record ExerciseFeedback(StoredExercise exercise, List<CompetencyFeedback> competencies,
                               CalibrationMeasures measures) {

    public ExerciseFeedback {
        competencies = List.copyOf(competencies);
    }
}
