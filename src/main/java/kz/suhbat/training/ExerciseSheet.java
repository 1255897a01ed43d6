package kz.suhbat.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Question;
import kz.suhbat.rubric.RatingScale;

/**
 * A trainee's sheet for an exercise, as in a real sitting: the question answered, the transcript and media,
 * the competencies to score with their levels and indicators, and what the trainee saved so far. The
 * references are not on it: they are shown only once the sheet is submitted.
 */
public record ExerciseSheet(long exerciseId, Exercise exercise, Optional<Question> question,
                            List<Competency> competencies, RatingScale scale, Attempt attempt,
                            Optional<Path> media) {

    public ExerciseSheet {
        competencies = List.copyOf(competencies);
        if (!exercise.references().isEmpty()) {
            throw new IllegalArgumentException("A sheet never carries the references");
        }
    }
}
