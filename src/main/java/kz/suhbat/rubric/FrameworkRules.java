package kz.suhbat.rubric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a framework must satisfy before it is saved. Missing translations are not errors: they are
 * counted and shown, never filled in.
 */
public final class FrameworkRules {

    public static final int MIN_PROFILE_COMPETENCIES = 5;
    public static final int MAX_PROFILE_COMPETENCIES = 8;
    public static final BigDecimal FULL_WEIGHT = BigDecimal.valueOf(100);
    /** The longest competency name in any language: what the central office keeps of it. */
    public static final int COMPETENCY_NAME_LIMIT = 300;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

    private FrameworkRules() {
    }

    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code.trim()).matches();
    }

    public static List<RuleViolation> check(Framework framework) {
        List<RuleViolation> violations = new ArrayList<>();
        if (!isValidCode(framework.code())) {
            violations.add(RuleViolation.of("rubric.rule.frameworkCode", framework.code()));
        }
        if (framework.scale().lowest() < RatingScale.LOWEST || framework.scale().highest() > RatingScale.HIGHEST) {
            violations.add(RuleViolation.of("rubric.rule.scaleRange", RatingScale.LOWEST, RatingScale.HIGHEST));
        }
        if (framework.competencies().isEmpty()) {
            violations.add(RuleViolation.of("rubric.rule.noCompetencies"));
        }
        Set<String> codes = new HashSet<>();
        for (Competency competency : framework.competencies()) {
            if (!isValidCode(competency.code())) {
                violations.add(RuleViolation.of("rubric.rule.competencyCode", competency.code()));
            } else if (!codes.add(competency.code())) {
                violations.add(RuleViolation.of("rubric.rule.duplicateCompetency", competency.code()));
            }
            if (competency.name().longerThan(COMPETENCY_NAME_LIMIT)) {
                violations.add(RuleViolation.of("rubric.rule.competencyNameTooLong", competency.code(),
                        COMPETENCY_NAME_LIMIT));
            }
        }
        Set<String> profileCodes = new HashSet<>();
        for (PositionProfile profile : framework.profiles()) {
            if (!isValidCode(profile.code())) {
                violations.add(RuleViolation.of("rubric.rule.profileCode", profile.code()));
            } else if (!profileCodes.add(profile.code())) {
                violations.add(RuleViolation.of("rubric.rule.duplicateProfile", profile.code()));
            }
            violations.addAll(checkProfile(profile, framework.scale()));
        }
        return violations;
    }

    /** The rules of one position profile: 5–8 competencies, weights adding up to 100, a reachable threshold. */
    public static List<RuleViolation> checkProfile(PositionProfile profile, RatingScale scale) {
        List<RuleViolation> violations = new ArrayList<>();
        int count = profile.competencies().size();
        if (count < MIN_PROFILE_COMPETENCIES || count > MAX_PROFILE_COMPETENCIES) {
            violations.add(RuleViolation.of("rubric.rule.profileSize", profile.code(), count,
                    MIN_PROFILE_COMPETENCIES, MAX_PROFILE_COMPETENCIES));
        }
        BigDecimal total = profile.totalWeight();
        if (total.compareTo(FULL_WEIGHT) != 0) {
            violations.add(RuleViolation.of("rubric.rule.profileWeights", profile.code(), total));
        }
        if (profile.competencies().stream().anyMatch(w -> w.weight().signum() <= 0)) {
            violations.add(RuleViolation.of("rubric.rule.profileWeightPositive", profile.code()));
        }
        BigDecimal threshold = profile.passThreshold();
        if (threshold.compareTo(BigDecimal.valueOf(scale.lowest())) < 0
                || threshold.compareTo(BigDecimal.valueOf(scale.highest())) > 0) {
            violations.add(RuleViolation.of("rubric.rule.profileThreshold", profile.code(), threshold,
                    scale.lowest(), scale.highest()));
        }
        return violations;
    }
}
