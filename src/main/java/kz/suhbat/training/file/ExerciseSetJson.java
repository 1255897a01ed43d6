package kz.suhbat.training.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.Set;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.file.JsonFields;
import kz.suhbat.rubric.file.JsonFileFormat;
import kz.suhbat.rubric.file.Problems;
import kz.suhbat.rubric.file.RubricFileException;
import kz.suhbat.training.ExerciseSet;

/**
 * The exercise set file format {@value #FORMAT}, version {@value #FORMAT_VERSION}: calibration exercises
 * built on one framework, every text in kk, ru and en, as pretty-printed UTF-8 JSON (described in
 * {@code docs/exercise-format.md}).
 *
 * <p>Reading is strict and all-or-nothing, like a rubric file's: every problem is collected with its place
 * and the file is refused with all of them ({@link RubricFileException}); nothing is returned from a file
 * with any problem. What is written reads back equal to the set it came from.
 */
public final class ExerciseSetJson {

    public static final String FORMAT = "suhbat-exercises";
    public static final int FORMAT_VERSION = 1;
    static final Set<String> FILE_FIELDS = Set.of("format", "formatVersion", "set");

    private final JsonFileFormat file = new JsonFileFormat(FORMAT, FORMAT_VERSION, new JsonFileFormat.Keys(
            ExerciseProblemKeys.NOT_EXERCISE_FILE, ExerciseProblemKeys.WRONG_FORMAT,
            ExerciseProblemKeys.WRONG_FORMAT_VERSION, ExerciseProblemKeys.BROKEN_JSON));

    /** Writes {@code set} to {@code out} (left open) as an exercise set file. */
    public void write(ExerciseSet set, OutputStream out) throws IOException {
        file.write(new ExerciseSetWriter().file(file.newFile(), set), out);
    }

    /**
     * Reads an exercise set file built on {@code framework} (the file names its code); refuses it, with every
     * problem found, unless it is entirely valid. At most {@link ExerciseRules#MAX_FILE_BYTES} are read.
     */
    public ExerciseSet read(InputStream in, Framework framework) throws RubricFileException {
        Problems problems = new Problems();
        byte[] bytes = problems.readAtMost(in, ExerciseRules.MAX_FILE_BYTES, ExerciseProblemKeys.TOO_LARGE);
        JsonNode root = file.read(bytes, problems);
        JsonFields fields = JsonFields.of(root, "", problems, FILE_FIELDS).orElseThrow();
        Optional<ExerciseSet> set = fields.required("set")
                .flatMap(node -> new ExerciseSetReader(problems, framework).read(node, "set"));
        problems.throwIfAny();
        return set.orElseThrow();
    }
}
