package kz.suhbat.training;

import java.util.List;
import java.util.Objects;
import kz.suhbat.common.i18n.LocalizedText;

/**
 * Exercises built on one framework (by its code), as they travel between offices in an exercise set file.
 */
public record ExerciseSet(LocalizedText title, String frameworkCode, List<Exercise> exercises) {

    public ExerciseSet {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(frameworkCode, "frameworkCode");
        exercises = List.copyOf(exercises);
    }
}
