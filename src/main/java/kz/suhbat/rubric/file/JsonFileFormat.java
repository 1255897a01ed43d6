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
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.OptionalInt;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.common.sheet.SheetException;
import kz.suhbat.common.sheet.StrictText;

/**
 * A kind of Suhbat JSON file, named by its {@code format} and {@code formatVersion} fields: rubric files,
 * exercise set files. Reads the bytes of such a file into its root object, refusing what is not UTF-8,
 * broken JSON, another kind of file or another format version, and writes a root object pretty-printed the
 * same way every time.
 */
public final class JsonFileFormat {

    /**
     * The message keys that name the kind of file; each takes the arguments of its rubric counterpart in
     * {@link ProblemKeys}.
     */
    public record Keys(String notThisKind, String wrongFormat, String wrongFormatVersion, String brokenJson) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String format;
    private final int version;
    private final Keys keys;
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    public JsonFileFormat(String format, int version, Keys keys) {
        this.format = format;
        this.version = version;
        this.keys = keys;
    }

    /** A new root object holding {@code format} and {@code formatVersion}, for the content to be added to. */
    public ObjectNode newFile() {
        ObjectNode file = NODES.objectNode();
        file.put("format", format);
        file.put("formatVersion", version);
        return file;
    }

    /** Writes {@code file} to {@code out} (left open) as UTF-8, two-space indented, with {@code \n} line ends. */
    public void write(ObjectNode file, OutputStream out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        out.write(mapper.writer(printer).writeValueAsBytes(file));
        out.write('\n');
        out.flush();
    }

    /**
     * The root object of the file in {@code bytes}, of this format and version; otherwise the file is
     * refused at once with the one problem that makes the rest of it meaningless.
     */
    public JsonNode read(byte[] bytes, Problems problems) throws RubricFileException {
        if (isOtherKindOfFile(bytes)) {
            problems.add("", keys.notThisKind());
            problems.throwIfAny();
        }
        Optional<String> text = utf8(bytes, problems);
        problems.throwIfAny();
        JsonNode root = parse(text.orElseThrow(), problems);
        problems.throwIfAny();
        if (!root.isObject()) {
            problems.add("", keys.notThisKind());
            problems.throwIfAny();
        }
        checkFormat(root, problems);
        return root;
    }

    /** A text in the three languages as a JSON object. */
    public static ObjectNode text(LocalizedText text) {
        ObjectNode node = NODES.objectNode();
        node.put("kk", text.kk());
        node.put("ru", text.ru());
        node.put("en", text.en());
        return node;
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
            problems.add("", keys.brokenJson(), line, column, e.getOriginalMessage());
            return null;
        }
    }

    /**
     * Refuses a file of another format or format version at once, before anything else is reported:
     * its other contents mean nothing to this reader.
     */
    private void checkFormat(JsonNode root, Problems problems) throws RubricFileException {
        JsonNode found = root.get("format");
        if (found == null || found.isNull()) {
            problems.add("format", ProblemKeys.MISSING_FIELD);
        } else if (!format.equals(found.textValue())) {
            problems.add("format", keys.wrongFormat(), found.isTextual() ? found.textValue() : found.toString(),
                    format);
        } else {
            JsonNode foundVersion = root.get("formatVersion");
            if (foundVersion == null || foundVersion.isNull()) {
                problems.add("formatVersion", ProblemKeys.MISSING_FIELD);
            } else {
                OptionalInt number = JsonFields.wholeNumber(foundVersion, "formatVersion", problems);
                if (number.isPresent() && number.getAsInt() != version) {
                    problems.add("formatVersion", keys.wrongFormatVersion(), number.getAsInt(), version);
                }
            }
        }
        problems.throwIfAny();
    }
}
