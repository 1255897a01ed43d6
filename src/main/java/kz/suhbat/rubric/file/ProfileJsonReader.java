package kz.suhbat.rubric.file;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Corps;
import kz.suhbat.rubric.PositionProfile;
import kz.suhbat.rubric.PostGroup;
import kz.suhbat.rubric.ProfileCompetency;

/**
 * Reads the position profiles of a rubric file: 5 to 8 competencies of the framework, each once, with
 * positive weights summing to 100, and a pass threshold on the scale.
 */
final class ProfileJsonReader {

    static final Set<String> FIELDS = Set.of("code", "name", "postGroup", "corps", "passThreshold", "competencies");
    static final Set<String> WEIGHT_FIELDS = Set.of("code", "weight");

    private final Problems problems;
    private final Optional<ScaleRange> scale;
    private final Set<String> competencyCodes;

    ProfileJsonReader(Problems problems, Optional<ScaleRange> scale, Set<String> competencyCodes) {
        this.problems = problems;
        this.scale = scale;
        this.competencyCodes = competencyCodes;
    }

    List<PositionProfile> read(List<JsonFields.Element> elements) {
        Set<String> codes = new HashSet<>();
        List<PositionProfile> profiles = new ArrayList<>();
        for (JsonFields.Element element : elements) {
            profile(element, codes).ifPresent(profiles::add);
        }
        return profiles;
    }

    private Optional<PositionProfile> profile(JsonFields.Element element, Set<String> codes) {
        Optional<JsonFields> found = JsonFields.of(element.node(), element.place(), problems, FIELDS);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonFields fields = found.get();
        int mark = problems.mark();
        Optional<String> code = fields.code("code");
        if (code.isPresent() && !codes.add(code.get())) {
            problems.add(fields.place("code"), ProblemKeys.DUPLICATE_PROFILE, code.get());
        }
        Optional<LocalizedText> name = fields.text("name", FormatRules.NAME_LENGTH);
        Optional<PostGroup> postGroup = fields.enumValue("postGroup", PostGroup.class);
        Optional<Corps> corps = fields.enumValue("corps", Corps.class);
        Optional<BigDecimal> threshold = fields.decimal("passThreshold");
        if (threshold.isPresent() && scale.isPresent() && !scale.get().contains(threshold.get())) {
            problems.add(fields.place("passThreshold"), ProblemKeys.THRESHOLD_OUTSIDE_SCALE, threshold.get(),
                    scale.get().lowest(), scale.get().highest());
        }
        List<ProfileCompetency> weights = fields.list("competencies")
                .map(list -> weights(list, fields.place("competencies"))).orElse(List.of());
        if (problems.foundSince(mark)) {
            return Optional.empty();
        }
        return Optional.of(new PositionProfile(code.orElseThrow(), name.orElseThrow(), postGroup.orElseThrow(),
                corps.orElseThrow(), threshold.orElseThrow(), weights));
    }

    private List<ProfileCompetency> weights(List<JsonFields.Element> elements, String place) {
        if (elements.size() < FormatRules.MIN_PROFILE_COMPETENCIES
                || elements.size() > FormatRules.MAX_PROFILE_COMPETENCIES) {
            problems.add(place, ProblemKeys.PROFILE_SIZE, elements.size(), FormatRules.MIN_PROFILE_COMPETENCIES,
                    FormatRules.MAX_PROFILE_COMPETENCIES);
        }
        Set<String> named = new HashSet<>();
        List<BigDecimal> values = new ArrayList<>();
        List<ProfileCompetency> weights = new ArrayList<>();
        for (JsonFields.Element element : elements) {
            Optional<JsonFields> found = JsonFields.of(element.node(), element.place(), problems, WEIGHT_FIELDS);
            if (found.isEmpty()) {
                continue;
            }
            JsonFields fields = found.get();
            Optional<String> code = fields.code("code");
            if (code.isPresent() && !competencyCodes.contains(code.get())) {
                problems.add(fields.place("code"), ProblemKeys.UNKNOWN_COMPETENCY, code.get());
            } else if (code.isPresent() && !named.add(code.get())) {
                problems.add(fields.place("code"), ProblemKeys.DUPLICATE_PROFILE_COMPETENCY, code.get());
            }
            Optional<BigDecimal> weight = fields.decimal("weight");
            if (weight.isPresent() && weight.get().signum() <= 0) {
                problems.add(fields.place("weight"), ProblemKeys.WEIGHT_NOT_POSITIVE, weight.get());
            }
            weight.ifPresent(values::add);
            if (code.isPresent() && weight.isPresent()) {
                weights.add(new ProfileCompetency(code.get(), weight.get()));
            }
        }
        BigDecimal total = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (values.size() == elements.size() && total.compareTo(FormatRules.FULL_WEIGHT) != 0) {
            problems.add(place, ProblemKeys.WEIGHTS_SUM, total);
        }
        return weights;
    }
}
