package kz.suhbat.rubric;

import java.math.BigDecimal;

/** A competency chosen for a position profile, with its weight in percent. */
public record ProfileCompetency(String competencyCode, BigDecimal weight) {

    public ProfileCompetency {
        weight = weight.stripTrailingZeros();
    }
}
