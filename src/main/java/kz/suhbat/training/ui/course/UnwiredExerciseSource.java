package kz.suhbat.training.ui.course;

import java.nio.file.Path;
import kz.suhbat.rubric.Framework;
import kz.suhbat.training.ExerciseSet;

/**
 * An exercise source not yet joined to the exercise set reader and the starter set: both refuse, and the
 * page says so. The composition root replaces it with the real source.
 */
public final class UnwiredExerciseSource implements ExerciseSource {

    @Override
    public ExerciseSet starter() {
        throw new UnsupportedOperationException("The starter set is not joined to this page yet");
    }

    @Override
    public ExerciseSet read(Path file, Framework framework) {
        throw new UnsupportedOperationException("Exercise set files are not joined to this page yet");
    }
}
