package kz.suhbat.training.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import kz.suhbat.rubric.DemoFramework;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.file.RubricFileException;
import kz.suhbat.training.ExerciseSet;

/**
 * The starter set of calibration exercises shipped with Suhbat: scripted answers to questions of the
 * built-in framework, strong, average and weak, with reference levels and their reasons in kk, ru and en.
 */
public final class StarterExercises {

    static final String RESOURCE = "/kz/suhbat/training/starter/exercises.json";

    private StarterExercises() {
    }

    /** The starter set, read against the built-in framework. */
    public static ExerciseSet read() {
        return readFor(DemoFramework.read());
    }

    /** The starter set, read against {@code builtIn}: the built-in framework as this office stores it. */
    public static ExerciseSet readFor(Framework builtIn) {
        try (InputStream in = StarterExercises.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return new ExerciseSetJson().read(in, builtIn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RubricFileException e) {
            throw new IllegalStateException("The starter exercises are broken: " + e.getMessage(), e);
        }
    }
}
