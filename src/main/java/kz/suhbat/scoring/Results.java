package kz.suhbat.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.suhbat.rubric.PositionProfile;
import kz.suhbat.rubric.ProfileCompetency;

/**
 * A candidate's results and how they are computed, exactly. A competency's result is the mean of its
 * raters' levels, or the level the panel agreed on; the total is the sum of result × weight / 100 over
 * the profile's competencies (weights in percent). Both are kept as exact fractions: nothing is rounded
 * before the total. The candidate reaches the profile's threshold when the exact total is at least the
 * threshold. Only what is shown is rounded, once: a mean and the total half-up to two decimals; a total
 * below the threshold that two decimals would show at or above it is shown to four decimals, cut
 * (2.7457 against 2.75), so that what is read never contradicts the comparison.
 */
public record Results(List<CompetencyResult> competencies, BigDecimal total, BigDecimal threshold,
                      boolean reachesThreshold) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Results {
        competencies = List.copyOf(competencies);
    }

    /** The threshold as results show it: with at least two decimals, like the total. */
    public String thresholdShown() {
        return threshold.setScale(Math.max(2, threshold.scale())).toPlainString();
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
        return compute(profile.competencies(), profile.passThreshold(), scores, outcomes, divergenceSpread);
    }

    /** The same from a profile's weighted competencies and pass threshold (as a package carries them). */
    public static Results compute(List<ProfileCompetency> competencies, BigDecimal passThreshold, List<Score> scores,
                                  List<CompetencyOutcome> outcomes, int divergenceSpread) {
        Map<String, CompetencyOutcome> agreed = new HashMap<>();
        outcomes.forEach(o -> agreed.put(o.competencyCode(), o));
        List<CompetencyResult> results = new ArrayList<>();
        List<Share> shares = new ArrayList<>();
        for (ProfileCompetency pc : competencies) {
            Map<Long, Integer> levels = new HashMap<>();
            scores.stream().filter(s -> s.competencyCode().equals(pc.competencyCode()) && s.level() != null)
                    .forEach(s -> levels.put(s.memberId(), s.level()));
            int spread = levels.isEmpty() ? 0 : levels.values().stream().mapToInt(Integer::intValue).max().getAsInt()
                    - levels.values().stream().mapToInt(Integer::intValue).min().getAsInt();
            CompetencyOutcome outcome = agreed.get(pc.competencyCode());
            boolean agreedLevel = outcome != null && outcome.agreedLevel() != null;
            Share share = agreedLevel ? new Share(outcome.agreedLevel(), 1, pc.weight())
                    : new Share(levels.values().stream().mapToLong(Integer::longValue).sum(), levels.size(), pc.weight());
            shares.add(share);
            BigDecimal mean = mean(levels.values());
            results.add(new CompetencyResult(pc.competencyCode(), pc.weight(), levels, mean, spread,
                    levels.size() > 1 && spread >= divergenceSpread, outcome,
                    agreedLevel ? BigDecimal.valueOf(outcome.agreedLevel()).setScale(2) : mean));
        }
        // Every result is sum / count: over the least common multiple of the counts (× 100 for the
        // percentages) the total is an exact decimal numerator.
        long common = shares.stream().mapToLong(Share::count).reduce(1, Results::lcm);
        BigDecimal numerator = shares.stream().map(share -> share.numeratorOver(common))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal denominator = HUNDRED.multiply(BigDecimal.valueOf(common));
        boolean reached = numerator.compareTo(passThreshold.multiply(denominator)) >= 0;
        BigDecimal shown = numerator.divide(denominator, 2, RoundingMode.HALF_UP);
        if (!reached && shown.compareTo(passThreshold) >= 0) {
            shown = numerator.divide(denominator, 4, RoundingMode.DOWN);
        }
        return new Results(results, shown, passThreshold, reached);
    }

    /** The mean of {@code levels}, rounded half-up to two decimals (once, from the exact mean); zero when none. */
    static BigDecimal mean(java.util.Collection<Integer> levels) {
        if (levels.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        long sum = levels.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(levels.size()), 2, RoundingMode.HALF_UP);
    }

    private static long lcm(long a, long b) {
        return a / gcd(a, b) * b;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** A competency's part of the total: (sum / count) × weight, count at least one (no levels: zero). */
    private record Share(long sum, long count, BigDecimal weight) {
        Share {
            count = Math.max(1, count);
        }

        BigDecimal numeratorOver(long common) {
            return BigDecimal.valueOf(sum).multiply(BigDecimal.valueOf(common / count)).multiply(weight);
        }
    }
}
