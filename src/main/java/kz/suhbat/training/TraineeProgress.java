package kz.suhbat.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A trainee's results on a course, in the order submitted; the measures over all of them; and the day
 * the course's rule was met, if it was.
 */
public record TraineeProgress(Trainee trainee, List<ExerciseResult> results, CalibrationMeasures overall,
                              Optional<LocalDate> calibratedOn) {

    public TraineeProgress {
        results = List.copyOf(results);
    }
}
