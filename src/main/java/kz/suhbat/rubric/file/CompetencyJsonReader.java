package kz.suhbat.rubric.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Corps;
import kz.suhbat.rubric.Indicator;
import kz.suhbat.rubric.Polarity;
import kz.suhbat.rubric.PostGroup;
import kz.suhbat.rubric.Question;
import kz.suhbat.rubric.QuestionKind;

/** Reads the competencies of a rubric file with their indicators and questions. */
final class CompetencyJsonReader {

    static final Set<String> FIELDS = Set.of("code", "name", "definition", "postGroups", "corps", "indicators",
            "questions");
    static final Set<String> INDICATOR_FIELDS = Set.of("level", "polarity", "text");
    static final Set<String> QUESTION_FIELDS = Set.of("kind", "minutes", "text", "probes", "revealsLevels");

    private final Problems problems;
    private final Optional<ScaleRange> scale;

    /** {@code scale} is empty when the file's scale is unusable: levels are then not checked against it. */
    CompetencyJsonReader(Problems problems, Optional<ScaleRange> scale) {
        this.problems = problems;
        this.scale = scale;
    }

    /** Reads every competency; adds each code read to {@code codes}, reporting a code used twice. */
    List<Competency> read(List<JsonFields.Element> elements, Set<String> codes) {
        List<Competency> competencies = new ArrayList<>();
        for (JsonFields.Element element : elements) {
            competency(element, codes).ifPresent(competencies::add);
        }
        return competencies;
    }

    private Optional<Competency> competency(JsonFields.Element element, Set<String> codes) {
        Optional<JsonFields> found = JsonFields.of(element.node(), element.place(), problems, FIELDS);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonFields fields = found.get();
        int mark = problems.mark();
        Optional<String> code = fields.code("code");
        if (code.isPresent() && !codes.add(code.get())) {
            problems.add(fields.place("code"), ProblemKeys.DUPLICATE_COMPETENCY, code.get());
        }
        Optional<LocalizedText> name = fields.text("name", FormatRules.NAME_LENGTH);
        Optional<LocalizedText> definition = fields.text("definition", FormatRules.DESCRIPTION_LENGTH);
        Optional<Set<PostGroup>> postGroups = fields.enumSet("postGroups", PostGroup.class);
        Optional<Set<Corps>> corps = fields.enumSet("corps", Corps.class);
        List<Indicator> indicators = new ArrayList<>();
        fields.list("indicators").ifPresent(list -> list.forEach(e -> indicator(e).ifPresent(indicators::add)));
        List<Question> questions = new ArrayList<>();
        fields.list("questions").ifPresent(list -> list.forEach(e -> question(e).ifPresent(questions::add)));
        if (problems.foundSince(mark)) {
            return Optional.empty();
        }
        return Optional.of(new Competency(code.orElseThrow(), name.orElseThrow(), definition.orElseThrow(),
                postGroups.orElseThrow(), corps.orElseThrow(), indicators, questions));
    }

    private Optional<Indicator> indicator(JsonFields.Element element) {
        Optional<JsonFields> found = JsonFields.of(element.node(), element.place(), problems, INDICATOR_FIELDS);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonFields fields = found.get();
        int mark = problems.mark();
        OptionalInt level = fields.wholeNumber("level");
        if (level.isPresent() && scale.isPresent()) {
            scale.get().check(level.getAsInt(), fields.place("level"), problems);
        }
        Optional<Polarity> polarity = fields.enumValue("polarity", Polarity.class);
        Optional<LocalizedText> text = fields.text("text", FormatRules.INDICATOR_LENGTH);
        if (problems.foundSince(mark)) {
            return Optional.empty();
        }
        return Optional.of(new Indicator(level.getAsInt(), polarity.orElseThrow(), text.orElseThrow()));
    }

    private Optional<Question> question(JsonFields.Element element) {
        Optional<JsonFields> found = JsonFields.of(element.node(), element.place(), problems, QUESTION_FIELDS);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonFields fields = found.get();
        int mark = problems.mark();
        Optional<QuestionKind> kind = fields.enumValue("kind", QuestionKind.class);
        OptionalInt minutes = fields.wholeNumber("minutes");
        if (minutes.isPresent() && minutes.getAsInt() < 1) {
            problems.add(fields.place("minutes"), ProblemKeys.MINUTES_TOO_FEW, minutes.getAsInt());
        }
        Optional<LocalizedText> text = fields.text("text", FormatRules.QUESTION_LENGTH);
        List<LocalizedText> probes = new ArrayList<>();
        fields.optionalList("probes").ifPresent(list -> list.forEach(probe -> JsonFields.text(probe.node(),
                probe.place(), FormatRules.PROBE_LENGTH, problems).ifPresent(probes::add)));
        List<Integer> revealsLevels = new ArrayList<>();
        fields.optionalList("revealsLevels").ifPresent(list -> list.forEach(level -> revealedLevel(level)
                .ifPresent(revealsLevels::add)));
        if (problems.foundSince(mark)) {
            return Optional.empty();
        }
        return Optional.of(new Question(kind.orElseThrow(), minutes.getAsInt(), text.orElseThrow(), probes,
                revealsLevels));
    }

    private OptionalInt revealedLevel(JsonFields.Element element) {
        OptionalInt level = JsonFields.wholeNumber(element.node(), element.place(), problems);
        if (level.isPresent() && scale.isPresent() && !scale.get().check(level.getAsInt(), element.place(), problems)) {
            return OptionalInt.empty();
        }
        return level;
    }
}
