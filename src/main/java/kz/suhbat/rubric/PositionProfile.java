package kz.suhbat.rubric;

import java.math.BigDecimal;
import java.util.List;
import kz.suhbat.common.i18n.LocalizedText;

/**
 * The competencies assessed for a group of posts, their weights (in percent, summing to 100) and the
 * weighted score on the framework's scale a candidate must reach.
 */
public record PositionProfile(String code, LocalizedText name, PostGroup postGroup, Corps corps,
                              BigDecimal passThreshold, List<ProfileCompetency> competencies) {

    public PositionProfile {
        competencies = List.copyOf(competencies);
        passThreshold = passThreshold.stripTrailingZeros();
    }

    public BigDecimal totalWeight() {
        return competencies.stream().map(ProfileCompetency::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
