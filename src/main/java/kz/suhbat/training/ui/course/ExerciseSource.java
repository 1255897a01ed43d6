package kz.suhbat.training.ui.course;

import java.nio.file.Path;
import kz.suhbat.rubric.Framework;
import kz.suhbat.training.ExerciseSet;

/** Where a course's exercises come from: the starter set that ships with Suhbat, or an exercise set file. */
public interface ExerciseSource {

    /** The starter set, built on the built-in framework. */
    ExerciseSet starter() throws Exception;

    /** The exercise set in {@code file}, read strictly against the course's {@code framework}. */
    ExerciseSet read(Path file, Framework framework) throws Exception;
}
