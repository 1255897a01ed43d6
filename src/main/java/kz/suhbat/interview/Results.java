package kz.suhbat.interview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.suhbat.rubric.PositionProfile;
import kz.suhbat.rubric.ProfileCompetency;

/**
 * A candidate's results and how they are computed. Each competency's result is the mean of its raters'
 * levels rounded half-up to two decimals, or the level the panel agreed on. The total is the sum of
 * result × weight / 100 over the profile's competencies (weights in percent), rounded half-up to two
 * decimals only at the end. The candidate reaches the profile's threshold when the total is at least
 * the threshold.
 */
public record Results(List<CompetencyResult> competencies, BigDecimal total, BigDecimal threshold) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Results {
        competencies = List.copyOf(competencies);
    }

    /** The threshold as results show it: with at least two decimals, like the total. */
    public String thresholdShown() {
        return threshold.setScale(Math.max(2, threshold.scale())).toPlainString();
    }

    public boolean reachesThreshold() {
        return total.compareTo(threshold) >= 0;
    }

    public List<CompetencyResult> awaitingDiscussion() {
        return competencies.stream().filter(CompetencyResult::awaitsDiscussion).toList();
    }

    /**
     * Computes the results of the {@code scores} (every rater's current scores) against {@code profile};
     * a competency is flagged when its raters' levels spread by {@code divergenceSpread} or more.
     */
    public static Results compute(PositionProfile profile, List<Score> scores, List<CompetencyOutcome> outcomes,
                                  int divergenceSpread) {
        Map<String, CompetencyOutcome> agreed = new HashMap<>();
        outcomes.forEach(o -> agreed.put(o.competencyCode(), o));
        List<CompetencyResult> results = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (ProfileCompetency pc : profile.competencies()) {
            Map<Long, Integer> levels = new HashMap<>();
            scores.stream().filter(s -> s.competencyCode().equals(pc.competencyCode()) && s.level() != null)
                    .forEach(s -> levels.put(s.memberId(), s.level()));
            BigDecimal mean = mean(levels.values());
            int spread = levels.isEmpty() ? 0 : levels.values().stream().mapToInt(Integer::intValue).max().getAsInt()
                    - levels.values().stream().mapToInt(Integer::intValue).min().getAsInt();
            CompetencyOutcome outcome = agreed.get(pc.competencyCode());
            BigDecimal result = outcome != null && outcome.agreedLevel() != null
                    ? BigDecimal.valueOf(outcome.agreedLevel()).setScale(2) : mean;
            BigDecimal contribution = result.multiply(pc.weight()).divide(HUNDRED);
            sum = sum.add(contribution);
            results.add(new CompetencyResult(pc.competencyCode(), pc.weight(), levels, mean, spread,
                    levels.size() > 1 && spread >= divergenceSpread, outcome, result, contribution));
        }
        return new Results(results, sum.setScale(2, RoundingMode.HALF_UP), profile.passThreshold());
    }

    /** The mean of {@code levels}, rounded half-up to two decimals; zero when there are none. */
    static BigDecimal mean(java.util.Collection<Integer> levels) {
        if (levels.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        long sum = levels.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(levels.size()), 2, RoundingMode.HALF_UP);
    }
}
