package kz.suhbat.rubric.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;

/**
 * Reads the fields of one JSON object of a Suhbat JSON file (a rubric file, an exercise set file),
 * reporting every field that is missing, of the wrong type, unknown or invalid, with its place. A method
 * returns empty when its field is unusable (a problem has then been recorded) or, for optional fields, absent.
 */
public final class JsonFields {

    private final JsonNode node;
    private final String prefix;
    private final Problems problems;

    private JsonFields(JsonNode node, String prefix, Problems problems) {
        this.node = node;
        this.prefix = prefix;
        this.problems = problems;
    }

    /**
     * The fields of {@code node}, which must be an object holding only {@code allowed} fields.
     *
     * @param place  where a problem with the object itself is reported
     * @param prefix the place its fields are under (empty for the framework, whose fields are top-level places)
     */
    public static Optional<JsonFields> of(JsonNode node, String place, String prefix, Problems problems,
                                   Set<String> allowed) {
        if (node == null || !node.isObject()) {
            problems.add(place, ProblemKeys.EXPECTED_OBJECT);
            return Optional.empty();
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.add(Problems.field(prefix, name), ProblemKeys.UNKNOWN_FIELD);
            }
        }
        return Optional.of(new JsonFields(node, prefix, problems));
    }

    public static Optional<JsonFields> of(JsonNode node, String place, Problems problems, Set<String> allowed) {
        return of(node, place, place, problems, allowed);
    }

    public String place(String field) {
        return Problems.field(prefix, field);
    }

    public Problems problems() {
        return problems;
    }

    /** The field's value; a missing field (or {@code null}) is reported. */
    public Optional<JsonNode> required(String field) {
        Optional<JsonNode> value = optional(field);
        if (value.isEmpty()) {
            problems.add(place(field), ProblemKeys.MISSING_FIELD);
        }
        return value;
    }

    /** The field's value, empty when it is absent or {@code null}. */
    public Optional<JsonNode> optional(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /** A required string that is not blank. */
    public Optional<String> string(String field) {
        return required(field).flatMap(value -> string(value, place(field)));
    }

    /** A required code: see {@link FormatRules#isCode}. */
    public Optional<String> code(String field) {
        Optional<String> code = string(field);
        if (code.isPresent() && !FormatRules.isCode(code.get())) {
            problems.add(place(field), ProblemKeys.INVALID_CODE, code.get());
            return Optional.empty();
        }
        return code;
    }

    public OptionalInt wholeNumber(String field) {
        Optional<JsonNode> value = required(field);
        return value.isEmpty() ? OptionalInt.empty() : wholeNumber(value.get(), place(field), problems);
    }

    public Optional<BigDecimal> decimal(String field) {
        Optional<JsonNode> value = required(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isNumber()) {
            problems.add(place(field), ProblemKeys.EXPECTED_NUMBER);
            return Optional.empty();
        }
        BigDecimal number = value.get().decimalValue();
        if (FormatRules.hasTooManyDecimals(number)) {
            problems.add(place(field), ProblemKeys.TOO_MANY_DECIMALS, number.toPlainString());
            return Optional.empty();
        }
        return Optional.of(number);
    }

    public <E extends Enum<E>> Optional<E> enumValue(String field, Class<E> type) {
        return required(field).flatMap(value -> enumValue(value, place(field), type));
    }

    /** An optional list of enum names; absent means every value of the enum. */
    public <E extends Enum<E>> Optional<Set<E>> enumSet(String field, Class<E> type) {
        Optional<JsonNode> value = optional(field);
        if (value.isEmpty()) {
            return Optional.of(EnumSet.allOf(type));
        }
        Optional<List<Element>> elements = elements(value.get(), place(field));
        if (elements.isEmpty()) {
            return Optional.empty();
        }
        int mark = problems.mark();
        Set<E> values = EnumSet.noneOf(type);
        for (Element element : elements.get()) {
            enumValue(element.node(), element.place(), type).ifPresent(values::add);
        }
        return problems.foundSince(mark) ? Optional.empty() : Optional.of(values);
    }

    /** A required text in the three languages, each present, not blank and at most {@code maxLength} long. */
    public Optional<LocalizedText> text(String field, int maxLength) {
        return required(field).flatMap(value -> text(value, place(field), maxLength, problems));
    }

    /** The elements of a required list. */
    public Optional<List<Element>> list(String field) {
        return required(field).flatMap(value -> elements(value, place(field)));
    }

    /** The elements of an optional list; absent means an empty list. */
    public Optional<List<Element>> optionalList(String field) {
        Optional<JsonNode> value = optional(field);
        return value.isEmpty() ? Optional.of(List.of()) : elements(value.get(), place(field));
    }

    private Optional<List<Element>> elements(JsonNode value, String place) {
        if (!value.isArray()) {
            problems.add(place, ProblemKeys.EXPECTED_LIST);
            return Optional.empty();
        }
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            elements.add(new Element(value.get(i), Problems.index(place, i)));
        }
        return Optional.of(elements);
    }

    private Optional<String> string(JsonNode value, String place) {
        if (!value.isTextual()) {
            problems.add(place, ProblemKeys.EXPECTED_TEXT);
            return Optional.empty();
        }
        if (value.textValue().isBlank()) {
            problems.add(place, ProblemKeys.MISSING_FIELD);
            return Optional.empty();
        }
        return Optional.of(value.textValue());
    }

    private <E extends Enum<E>> Optional<E> enumValue(JsonNode value, String place, Class<E> type) {
        String name = value.isTextual() ? value.textValue() : value.toString();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        problems.add(place, ProblemKeys.UNKNOWN_VALUE, name, allowed);
        return Optional.empty();
    }

    public static OptionalInt wholeNumber(JsonNode value, String place, Problems problems) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problems.add(place, ProblemKeys.EXPECTED_WHOLE_NUMBER);
            return OptionalInt.empty();
        }
        return OptionalInt.of(value.intValue());
    }

    public static Optional<LocalizedText> text(JsonNode value, String place, int maxLength, Problems problems) {
        Set<String> languages = Arrays.stream(Language.values()).map(Language::code).collect(Collectors.toSet());
        Optional<JsonFields> fields = of(value, place, problems, languages);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        int mark = problems.mark();
        String kk = fields.get().language(Language.KK, maxLength);
        String ru = fields.get().language(Language.RU, maxLength);
        String en = fields.get().language(Language.EN, maxLength);
        return problems.foundSince(mark) ? Optional.empty() : Optional.of(new LocalizedText(kk, ru, en));
    }

    private String language(Language language, int maxLength) {
        String place = place(language.code());
        JsonNode value = node.get(language.code());
        if (value == null || value.isNull() || (value.isTextual() && value.textValue().isBlank())) {
            problems.add(place, ProblemKeys.MISSING_LANGUAGE);
            return null;
        }
        if (!value.isTextual()) {
            problems.add(place, ProblemKeys.EXPECTED_TEXT);
            return null;
        }
        String text = value.textValue();
        if (text.length() > maxLength) {
            problems.add(place, ProblemKeys.TOO_LONG, text.length(), maxLength);
            return null;
        }
        return text;
    }

    /** One element of a list, with its place. */
    public record Element(JsonNode node, String place) {
    }
}
