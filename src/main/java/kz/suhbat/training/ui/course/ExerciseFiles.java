package kz.suhbat.training.ui.course;

import java.io.IOException;
import java.nio.file.Path;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.file.RubricFileException;
import kz.suhbat.training.ExerciseSet;
import kz.suhbat.training.file.ExerciseSetFiles;
import kz.suhbat.training.file.StarterExercises;

/** Exercises from the starter set that ships with Suhbat, or read strictly from an exercise set file. */
public final class ExerciseFiles implements ExerciseSource {

    private final ExerciseSetFiles files = new ExerciseSetFiles();

    @Override
    public ExerciseSet starter() {
        return StarterExercises.read();
    }

    @Override
    public ExerciseSet read(Path file, Framework framework) throws IOException, RubricFileException {
        return files.read(file, framework);
    }
}
