package kz.suhbat.rubric.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.Set;
import kz.suhbat.rubric.Framework;

/**
 * The rubric file format {@value #FORMAT}, version {@value #FORMAT_VERSION}: one framework with its
 * scale, competencies (indicators, questions, probes) and position profiles, every text in kk, ru and
 * en, as pretty-printed UTF-8 JSON (described in {@code docs/rubric-format.md}).
 *
 * <p>Reading is strict and all-or-nothing: every problem of the file is collected, each with its place,
 * and the file is refused with all of them; nothing is returned from a file with any problem. What is
 * written reads back equal to the framework it came from.
 */
public final class RubricJson {

    public static final String FORMAT = "suhbat-rubric";
    public static final int FORMAT_VERSION = 1;
    static final Set<String> FILE_FIELDS = Set.of("format", "formatVersion", "framework");

    private final JsonFileFormat file = new JsonFileFormat(FORMAT, FORMAT_VERSION, new JsonFileFormat.Keys(
            ProblemKeys.NOT_RUBRIC_FILE, ProblemKeys.WRONG_FORMAT, ProblemKeys.WRONG_FORMAT_VERSION,
            ProblemKeys.BROKEN_JSON));

    /** Writes {@code framework} to {@code out} (left open) as a rubric file. */
    public void write(Framework framework, OutputStream out) throws IOException {
        file.write(new RubricJsonWriter().file(file.newFile(), framework), out);
    }

    /** Reads a rubric file; refuses it, with every problem found, unless it is entirely valid. */
    public Framework read(InputStream in) throws RubricFileException {
        Problems problems = new Problems();
        JsonNode root = file.read(problems.readAll(in), problems);
        JsonFields fields = JsonFields.of(root, "", problems, FILE_FIELDS).orElseThrow();
        Optional<Framework> framework = fields.required("framework")
                .flatMap(node -> new FrameworkJsonReader(problems).read(node, "framework"));
        problems.throwIfAny();
        return framework.orElseThrow();
    }
}
