package kz.suhbat.scoring;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One competency of a candidate's results: each rater's level, their mean, their spread (highest minus
 * lowest) and whether that spread flags a divergence, the level agreed in deliberation if any, and the
 * result that counts, as shown (two decimals; the total is computed from the exact values).
 */
public record CompetencyResult(String competencyCode, BigDecimal weight, Map<Long, Integer> levels, BigDecimal mean,
                               int spread, boolean divergent, CompetencyOutcome outcome, BigDecimal result) {

    public CompetencyResult {
        levels = Map.copyOf(levels);
    }

    public boolean agreed() {
        return outcome != null && outcome.agreedLevel() != null;
    }

    public boolean discussed() {
        return outcome != null && outcome.discussed();
    }

    /** A divergence not discussed yet holds the decision back. */
    public boolean awaitsDiscussion() {
        return divergent && !discussed();
    }
}
