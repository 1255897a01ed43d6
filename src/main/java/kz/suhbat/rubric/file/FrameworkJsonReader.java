package kz.suhbat.rubric.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.FrameworkStatus;
import kz.suhbat.rubric.PositionProfile;
import kz.suhbat.rubric.RatingScale;
import kz.suhbat.rubric.ScaleLevel;

/**
 * Reads the {@code framework} object of a rubric file: its own fields and the rating scale here, the
 * competencies and profiles through their own readers. Everything is checked, even after a problem, so
 * that the file's author sees every problem at once; a framework is built only when there is none.
 */
final class FrameworkJsonReader {

    static final Set<String> FIELDS = Set.of("code", "version", "status", "name", "description", "scale",
            "competencies", "profiles");
    static final Set<String> LEVEL_FIELDS = Set.of("level", "label", "descriptor");

    private final Problems problems;

    FrameworkJsonReader(Problems problems) {
        this.problems = problems;
    }

    Optional<Framework> read(JsonNode node, String place) {
        Optional<JsonFields> found = JsonFields.of(node, place, "", problems, FIELDS);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonFields fields = found.get();
        int mark = problems.mark();
        Optional<String> code = fields.code("code");
        OptionalInt version = fields.wholeNumber("version");
        if (version.isPresent() && version.getAsInt() < 1) {
            problems.add(fields.place("version"), ProblemKeys.VERSION_TOO_LOW, version.getAsInt());
        }
        Optional<FrameworkStatus> status = fields.optional("status").isPresent()
                ? fields.enumValue("status", FrameworkStatus.class) : Optional.of(FrameworkStatus.ACTIVE);
        Optional<LocalizedText> name = fields.text("name", FormatRules.NAME_LENGTH);
        Optional<LocalizedText> description = fields.text("description", FormatRules.DESCRIPTION_LENGTH);
        List<ScaleLevel> levels = new ArrayList<>();
        Optional<ScaleRange> range = scale(fields, levels);
        Set<String> competencyCodes = new LinkedHashSet<>();
        List<Competency> competencies = competencies(fields, range, competencyCodes);
        List<PositionProfile> profiles = fields.optionalList("profiles")
                .map(elements -> new ProfileJsonReader(problems, range, competencyCodes).read(elements))
                .orElse(List.of());
        if (problems.foundSince(mark)) {
            return Optional.empty();
        }
        return Optional.of(new Framework(code.orElseThrow(), version.getAsInt(), status.orElseThrow(),
                name.orElseThrow(), description.orElseThrow(), new RatingScale(levels), competencies, profiles));
    }

    private List<Competency> competencies(JsonFields fields, Optional<ScaleRange> range, Set<String> codes) {
        Optional<List<JsonFields.Element>> elements = fields.list("competencies");
        if (elements.isEmpty()) {
            return List.of();
        }
        if (elements.get().isEmpty()) {
            problems.add(fields.place("competencies"), ProblemKeys.EMPTY_LIST);
        }
        return new CompetencyJsonReader(problems, range).read(elements.get(), codes);
    }

    /**
     * Reads the levels of the scale into {@code levels} and returns its range when the level numbers
     * are usable (at least two, consecutive), even if a label or descriptor has a problem.
     */
    private Optional<ScaleRange> scale(JsonFields fields, List<ScaleLevel> levels) {
        Optional<List<JsonFields.Element>> elements = fields.list("scale");
        if (elements.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> numbers = new ArrayList<>();
        for (JsonFields.Element element : elements.get()) {
            Optional<JsonFields> level = JsonFields.of(element.node(), element.place(), problems, LEVEL_FIELDS);
            if (level.isEmpty()) {
                continue;
            }
            OptionalInt number = level.get().wholeNumber("level");
            number.ifPresent(numbers::add);
            Optional<LocalizedText> label = level.get().text("label", FormatRules.LABEL_LENGTH);
            Optional<LocalizedText> descriptor = level.get().text("descriptor", FormatRules.DESCRIPTOR_LENGTH);
            if (number.isPresent() && label.isPresent() && descriptor.isPresent()) {
                levels.add(new ScaleLevel(number.getAsInt(), label.get(), descriptor.get()));
            }
        }
        boolean numbersComplete = numbers.size() == elements.get().size();
        String place = fields.place("scale");
        if (elements.get().size() < FormatRules.MIN_SCALE_LEVELS) {
            problems.add(place, ProblemKeys.SCALE_TOO_SMALL, elements.get().size());
            return Optional.empty();
        }
        if (!numbersComplete) {
            return Optional.empty();
        }
        List<Integer> sorted = numbers.stream().sorted().toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i) != sorted.get(i - 1) + 1) {
                problems.add(place, ProblemKeys.SCALE_NOT_CONSECUTIVE,
                        sorted.stream().map(String::valueOf).collect(Collectors.joining(", ")));
                return Optional.empty();
            }
        }
        return Optional.of(new ScaleRange(sorted.get(0), sorted.get(sorted.size() - 1)));
    }
}
