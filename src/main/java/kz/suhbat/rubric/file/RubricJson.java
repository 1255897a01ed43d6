package kz.suhbat.rubric.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import kz.suhbat.common.sheet.SheetException;
import kz.suhbat.common.sheet.StrictText;
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

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** Writes {@code framework} to {@code out} (left open) as a rubric file. */
    public void write(Framework framework, OutputStream out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        out.write(mapper.writer(printer).writeValueAsBytes(new RubricJsonWriter().file(framework)));
        out.write('\n');
        out.flush();
    }

    /** Reads a rubric file; refuses it, with every problem found, unless it is entirely valid. */
    public Framework read(InputStream in) throws RubricFileException {
        Problems problems = new Problems();
        byte[] bytes = problems.readAll(in);
        if (isOtherKindOfFile(bytes)) {
            problems.add("", ProblemKeys.NOT_RUBRIC_FILE);
            problems.throwIfAny();
        }
        Optional<String> text = utf8(bytes, problems);
        problems.throwIfAny();
        JsonNode root = parse(text.orElseThrow(), problems);
        problems.throwIfAny();
        if (!root.isObject()) {
            problems.add("", ProblemKeys.NOT_RUBRIC_FILE);
            problems.throwIfAny();
        }
        checkFormat(root, problems);
        JsonFields file = JsonFields.of(root, "", problems, FILE_FIELDS).orElseThrow();
        Optional<Framework> framework = file.required("framework")
                .flatMap(node -> new FrameworkJsonReader(problems).read(node, "framework"));
        problems.throwIfAny();
        return framework.orElseThrow();
    }

    private static Optional<String> utf8(byte[] bytes, Problems problems) {
        try {
            return Optional.of(StrictText.utf8(bytes));
        } catch (SheetException e) {
            problems.add("", ProblemKeys.NOT_UTF8, Integer.toString(e.row()));
            return Optional.empty();
        }
    }

    /** A workbook, an archive or a PDF chosen by mistake: saying "save it as UTF-8" would mislead. */
    private static boolean isOtherKindOfFile(byte[] bytes) {
        return StrictText.startsWith(bytes, 'P', 'K', 3, 4) || StrictText.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)
                || StrictText.startsWith(bytes, '%', 'P', 'D', 'F');
    }

    private JsonNode parse(String text, Problems problems) {
        try {
            JsonNode root = mapper.readTree(text);
            if (root == null || root.isMissingNode()) {
                problems.add("", ProblemKeys.EMPTY_FILE);
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String line = location == null ? "?" : Integer.toString(location.getLineNr());
            String column = location == null ? "?" : Integer.toString(location.getColumnNr());
            problems.add("", ProblemKeys.BROKEN_JSON, line, column, e.getOriginalMessage());
            return null;
        }
    }

    /**
     * Refuses a file of another format or format version at once, before anything else is reported:
     * its other contents mean nothing to this reader.
     */
    private static void checkFormat(JsonNode root, Problems problems) throws RubricFileException {
        JsonNode format = root.get("format");
        if (format == null || format.isNull()) {
            problems.add("format", ProblemKeys.MISSING_FIELD);
        } else if (!FORMAT.equals(format.textValue())) {
            problems.add("format", ProblemKeys.WRONG_FORMAT, format.isTextual() ? format.textValue()
                    : format.toString(), FORMAT);
        } else {
            JsonNode version = root.get("formatVersion");
            if (version == null || version.isNull()) {
                problems.add("formatVersion", ProblemKeys.MISSING_FIELD);
            } else {
                OptionalInt number = JsonFields.wholeNumber(version, "formatVersion", problems);
                if (number.isPresent() && number.getAsInt() != FORMAT_VERSION) {
                    problems.add("formatVersion", ProblemKeys.WRONG_FORMAT_VERSION, number.getAsInt(),
                            FORMAT_VERSION);
                }
            }
        }
        problems.throwIfAny();
    }
}
