package kz.suhbat.training.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.file.JsonFields;
import kz.suhbat.rubric.file.ProblemKeys;
import kz.suhbat.rubric.file.Problems;
import kz.suhbat.rubric.file.ScaleRange;
import kz.suhbat.training.Exercise;
import kz.suhbat.training.ExerciseSet;
import kz.suhbat.training.ReferenceLevel;

/**
 * Reads the {@code set} object of an exercise set file against the framework it is built on. Everything is
 * checked, even after a problem, so that the file's author sees every problem at once; a set is built only
 * when there is none. A set built on another framework is not checked further: its competencies and
 * questions mean nothing against this one.
 */
final class ExerciseSetReader {

    static final Set<String> FIELDS = Set.of("title", "frameworkCode", "exercises");
    static final Set<String> EXERCISE_FIELDS = Set.of("code", "title", "competencyCode", "questionNumber",
            "transcript", "media", "references");
    static final Set<String> REFERENCE_FIELDS = Set.of("competencyCode", "level", "reason");

    private final Problems problems;
    private final Framework framework;
    private final ScaleRange scale;

    ExerciseSetReader(Problems problems, Framework framework) {
        this.problems = problems;
        this.framework = framework;
        this.scale = ScaleRange.of(framework.scale());
    }

    Optional<ExerciseSet> read(JsonNode node, String place) {
        Optional<JsonFields> found = JsonFields.of(node, place, "", problems, FIELDS);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonFields fields = found.get();
        int mark = problems.mark();
        Optional<String> frameworkCode = fields.string("frameworkCode");
        if (frameworkCode.isPresent() && !frameworkCode.get().equals(framework.code())) {
            problems.add(fields.place("frameworkCode"), ExerciseProblemKeys.OTHER_FRAMEWORK, frameworkCode.get(),
                    framework.code());
            return Optional.empty();
        }
        Optional<LocalizedText> title = fields.text("title", ExerciseRules.TITLE_LENGTH);
        List<Exercise> exercises = exercises(fields);
        if (problems.foundSince(mark)) {
            return Optional.empty();
        }
        return Optional.of(new ExerciseSet(title.orElseThrow(), frameworkCode.orElseThrow(), exercises));
    }

    private List<Exercise> exercises(JsonFields fields) {
        Optional<List<JsonFields.Element>> elements = fields.list("exercises");
        if (elements.isEmpty()) {
            return List.of();
        }
        int count = elements.get().size();
        if (count == 0) {
            problems.add(fields.place("exercises"), ProblemKeys.EMPTY_LIST);
        } else if (count > ExerciseRules.MAX_EXERCISES) {
            problems.add(fields.place("exercises"), ExerciseProblemKeys.TOO_MANY_EXERCISES, count,
                    ExerciseRules.MAX_EXERCISES);
        }
        List<Exercise> exercises = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (JsonFields.Element element : elements.get()) {
            exercise(element, codes).ifPresent(exercises::add);
        }
        return exercises;
    }

    /** The place of an exercise's fields: its position and, when it has a usable code, the code. */
    private static String prefix(JsonFields.Element element) {
        JsonNode code = element.node().path("code");
        return code.isTextual() && ExerciseRules.isCode(code.textValue())
                ? element.place() + " (" + code.textValue() + ")" : element.place();
    }

    private Optional<Exercise> exercise(JsonFields.Element element, Set<String> codes) {
        Optional<JsonFields> found = JsonFields.of(element.node(), element.place(), prefix(element), problems,
                EXERCISE_FIELDS);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonFields fields = found.get();
        int mark = problems.mark();
        Optional<String> code = fields.string("code");
        if (code.isPresent() && !ExerciseRules.isCode(code.get())) {
            problems.add(fields.place("code"), ExerciseProblemKeys.INVALID_CODE, code.get());
        } else if (code.isPresent() && !codes.add(code.get())) {
            problems.add(fields.place("code"), ExerciseProblemKeys.DUPLICATE_CODE, code.get());
        }
        Optional<LocalizedText> title = fields.text("title", ExerciseRules.TITLE_LENGTH);
        Optional<Competency> competency = competency(fields);
        OptionalInt question = fields.wholeNumber("questionNumber");
        if (question.isPresent() && competency.isPresent()) {
            int questions = competency.get().questions().size();
            if (question.getAsInt() < 1 || question.getAsInt() > questions) {
                problems.add(fields.place("questionNumber"), ExerciseProblemKeys.NO_SUCH_QUESTION,
                        question.getAsInt(), competency.get().code(), questions);
            }
        }
        Optional<LocalizedText> transcript = fields.text("transcript", ExerciseRules.TRANSCRIPT_LENGTH);
        Optional<String> media = media(fields);
        List<ReferenceLevel> references = references(fields);
        if (problems.foundSince(mark)) {
            return Optional.empty();
        }
        return Optional.of(new Exercise(code.orElseThrow(), title.orElseThrow(), competency.orElseThrow().code(),
                question.getAsInt(), transcript.orElseThrow(), media, references));
    }

    /** The competency of the framework named by the required field {@code competencyCode}. */
    private Optional<Competency> competency(JsonFields fields) {
        Optional<String> code = fields.string("competencyCode");
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Optional<Competency> competency = framework.competency(code.get());
        if (competency.isEmpty()) {
            problems.add(fields.place("competencyCode"), ProblemKeys.UNKNOWN_COMPETENCY, code.get());
        }
        return competency;
    }

    /** The media file name; empty when there is none, or when it is refused (a problem is then recorded). */
    private Optional<String> media(JsonFields fields) {
        if (fields.optional("media").isEmpty()) {
            return Optional.empty();
        }
        Optional<String> name = fields.string("media");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String place = fields.place("media");
        if (name.get().length() > ExerciseRules.MEDIA_NAME_LENGTH) {
            problems.add(place, ProblemKeys.TOO_LONG, name.get().length(), ExerciseRules.MEDIA_NAME_LENGTH);
        } else if (!ExerciseRules.isPlainFileName(name.get())) {
            problems.add(place, ExerciseProblemKeys.MEDIA_NOT_PLAIN_NAME, name.get());
        } else if (!ExerciseRules.isPlayableType(name.get())) {
            problems.add(place, ExerciseProblemKeys.MEDIA_TYPE, name.get(),
                    String.join(", ", ExerciseRules.MEDIA_TYPES));
        } else {
            return name;
        }
        return Optional.empty();
    }

    private List<ReferenceLevel> references(JsonFields fields) {
        Optional<List<JsonFields.Element>> elements = fields.list("references");
        if (elements.isEmpty()) {
            return List.of();
        }
        if (elements.get().isEmpty()) {
            problems.add(fields.place("references"), ProblemKeys.EMPTY_LIST);
        }
        List<ReferenceLevel> references = new ArrayList<>();
        Set<String> competencies = new HashSet<>();
        for (JsonFields.Element element : elements.get()) {
            reference(element, competencies).ifPresent(references::add);
        }
        return references;
    }

    private Optional<ReferenceLevel> reference(JsonFields.Element element, Set<String> competencies) {
        Optional<JsonFields> found = JsonFields.of(element.node(), element.place(), problems, REFERENCE_FIELDS);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonFields fields = found.get();
        int mark = problems.mark();
        Optional<Competency> competency = competency(fields);
        if (competency.isPresent() && !competencies.add(competency.get().code())) {
            problems.add(fields.place("competencyCode"), ExerciseProblemKeys.DUPLICATE_REFERENCE,
                    competency.get().code());
        }
        OptionalInt level = level(fields);
        Optional<LocalizedText> reason = fields.text("reason", ExerciseRules.REASON_LENGTH);
        if (problems.foundSince(mark)) {
            return Optional.empty();
        }
        return Optional.of(new ReferenceLevel(competency.orElseThrow().code(), BigDecimal.valueOf(level.getAsInt()),
                reason.orElseThrow()));
    }

    /** A whole level on the framework's scale: a file carries the level a trainer set, never a half level. */
    private OptionalInt level(JsonFields fields) {
        Optional<JsonNode> value = fields.required("level");
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        String place = fields.place("level");
        if (value.get().isNumber() && !value.get().isIntegralNumber()) {
            problems.add(place, ExerciseProblemKeys.LEVEL_NOT_WHOLE, value.get().decimalValue().toPlainString());
            return OptionalInt.empty();
        }
        OptionalInt level = JsonFields.wholeNumber(value.get(), place, problems);
        if (level.isPresent() && !scale.check(level.getAsInt(), place, problems)) {
            return OptionalInt.empty();
        }
        return level;
    }
}
