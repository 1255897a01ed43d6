package kz.suhbat.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Corps;
import kz.suhbat.rubric.PositionProfile;
import kz.suhbat.rubric.PostGroup;
import kz.suhbat.rubric.ProfileCompetency;
import org.junit.jupiter.api.Test;

/** The scoring arithmetic as the README states it: means, rounding, agreed values, weights, threshold. */
class ResultsTest {

    private static final PositionProfile PROFILE = new PositionProfile("P", LocalizedText.of("P", "P", "P"),
            PostGroup.values()[0], Corps.values()[0], new BigDecimal("3.5"), List.of(
            new ProfileCompetency("DEC", new BigDecimal("40")),
            new ProfileCompetency("COO", new BigDecimal("35")),
            new ProfileCompetency("DEV", new BigDecimal("25"))));

    private static List<Score> scores(String code, int... levels) {
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            scores.add(new Score(i + 1, code, levels[i], "evidence", 1, false, null));
        }
        return scores;
    }

    private static List<Score> all(List<List<Score>> parts) {
        return parts.stream().flatMap(List::stream).toList();
    }

    @Test
    void aCompetencyResultIsTheMeanRoundedHalfUpToTwoDecimals() {
        Results results = Results.compute(PROFILE, all(List.of(scores("DEC", 4, 4, 3), scores("COO", 3, 4),
                scores("DEV", 3, 3, 4, 4, 4, 4))), List.of(), 2);
        assertEquals(new BigDecimal("3.67"), results.competencies().get(0).mean(), "11/3 = 3.666… rounds up");
        assertEquals(new BigDecimal("3.50"), results.competencies().get(1).mean(), "7/2 exactly");
        assertEquals(new BigDecimal("3.67"), results.competencies().get(2).mean(), "22/6 = 3.666…");
    }

    @Test
    void theTotalIsTheWeightedSumRoundedOnlyAtTheEnd() {
        // DEC 11/3 × 40% + COO 7/2 × 35% + DEV 11/3 × 25% = 3.608333… → 3.61
        Results results = Results.compute(PROFILE, all(List.of(scores("DEC", 4, 4, 3), scores("COO", 3, 4),
                scores("DEV", 4, 4, 3))), List.of(), 2);
        assertEquals(new BigDecimal("3.67"), results.competencies().get(0).result(), "shown to two decimals");
        assertEquals(new BigDecimal("3.61"), results.total());
        assertTrue(results.reachesThreshold());
    }

    @Test
    void theThresholdIsReachedAtEqualityAndMissedBelowIt() {
        Results equal = Results.compute(PROFILE, all(List.of(scores("DEC", 4, 3), scores("COO", 4, 3),
                scores("DEV", 4, 3))), List.of(), 2);
        assertEquals(new BigDecimal("3.50"), equal.total());
        assertTrue(equal.reachesThreshold());
        Results below = Results.compute(PROFILE, all(List.of(scores("DEC", 4, 3), scores("COO", 4, 3),
                scores("DEV", 3, 3))), List.of(), 2);
        assertEquals(new BigDecimal("3.38"), below.total(), "3.5×0.4 + 3.5×0.35 + 3×0.25 = 3.375 → 3.38");
        assertFalse(below.reachesThreshold());
    }

    @Test
    void aSpreadOfTheConfiguredSizeIsFlaggedAndAnAgreedLevelReplacesTheMean() {
        List<Score> scores = all(List.of(scores("DEC", 2, 4, 3), scores("COO", 3, 4), scores("DEV", 1, 4)));
        Results results = Results.compute(PROFILE, scores, List.of(), 2);
        assertTrue(results.competencies().get(0).divergent(), "4 − 2 = 2");
        assertFalse(results.competencies().get(1).divergent(), "4 − 3 = 1");
        assertEquals(List.of("DEC", "DEV"), results.awaitingDiscussion().stream()
                .map(CompetencyResult::competencyCode).toList());
        assertFalse(Results.compute(PROFILE, scores, List.of(), 3).competencies().get(0).divergent(),
                "a campaign may flag only a spread of three");

        Results agreed = Results.compute(PROFILE, scores, List.of(new CompetencyOutcome("DEC", true, 4, "Evidence"),
                new CompetencyOutcome("DEV", true, null, "")), 2);
        CompetencyResult dec = agreed.competencies().get(0);
        assertEquals(new BigDecimal("3.00"), dec.mean(), "the members' mean stays as it was");
        assertEquals(new BigDecimal("4.00"), dec.result());
        assertEquals(java.util.Map.of(1L, 2, 2L, 4, 3L, 3), dec.levels(), "and so do their scores");
        assertTrue(agreed.awaitingDiscussion().isEmpty());
        // 4 × 0.4 + 3.5 × 0.35 + 2.5 × 0.25 = 1.6 + 1.225 + 0.625 = 3.45
        assertEquals(new BigDecimal("3.45"), agreed.total());
    }

    @Test
    void meansAreNotRoundedBeforeTheyAreWeighted() {
        // Seven raters; weights 14/15/16/26/29; level sums 18/23/24/15/19. Exactly: 1922/700 = 2.745714…
        // Rounding each mean to two decimals first gave 2.74.
        PositionProfile profile = new PositionProfile("P7", LocalizedText.of("P", "P", "P"), PostGroup.values()[0],
                Corps.values()[0], new BigDecimal("2.75"), List.of(new ProfileCompetency("A", new BigDecimal("14")),
                new ProfileCompetency("B", new BigDecimal("15")), new ProfileCompetency("C", new BigDecimal("16")),
                new ProfileCompetency("D", new BigDecimal("26")), new ProfileCompetency("E", new BigDecimal("29"))));
        List<Score> scores = all(List.of(scores("A", 3, 3, 3, 3, 2, 2, 2), scores("B", 4, 4, 3, 3, 3, 3, 3),
                scores("C", 4, 4, 4, 3, 3, 3, 3), scores("D", 3, 2, 2, 2, 2, 2, 2), scores("E", 3, 3, 3, 3, 3, 2, 2)));
        Results results = Results.compute(profile, scores, List.of(), 2);
        assertFalse(results.reachesThreshold(), "the exact total 2.7457… is below 2.75");
        assertEquals(new BigDecimal("2.7457"), results.total(),
                "shown with four decimals, since 2.75 would read as reaching the threshold");
        Results lower = Results.compute(new PositionProfile("P7", profile.name(), profile.postGroup(),
                profile.corps(), new BigDecimal("2.74"), profile.competencies()), scores, List.of(), 2);
        assertTrue(lower.reachesThreshold());
        assertEquals(new BigDecimal("2.75"), lower.total(), "rounded once, half-up: 2.745714… → 2.75");
    }

    @Test
    void theRulesHoldForRandomPanelsWeightsAndScales() {
        java.util.Random random = new java.util.Random(20261206);
        for (int run = 0; run < 2000; run++) {
            int competencies = 1 + random.nextInt(8);
            int[] scale = List.of(new int[] {1, 5}, new int[] {1, 7}, new int[] {0, 4}).get(random.nextInt(3));
            List<ProfileCompetency> weights = new ArrayList<>();
            int left = 1000;
            for (int c = 0; c < competencies; c++) {
                int others = competencies - c - 1;
                int tenths = others == 0 ? left : 1 + random.nextInt(left - others);
                left -= tenths;
                weights.add(new ProfileCompetency("K" + c, BigDecimal.valueOf(tenths, 1)));
            }
            BigDecimal threshold = BigDecimal.valueOf(scale[0] * 100L + random.nextInt((scale[1] - scale[0]) * 100 + 1), 2);
            PositionProfile profile = new PositionProfile("R", LocalizedText.of("R", "R", "R"), PostGroup.values()[0],
                    Corps.values()[0], threshold, weights);
            int raters = 2 + random.nextInt(8);
            List<Score> scores = new ArrayList<>();
            List<CompetencyOutcome> outcomes = new ArrayList<>();
            java.math.BigInteger numerator = java.math.BigInteger.ZERO;
            java.math.BigInteger denominator = java.math.BigInteger.ONE;
            for (ProfileCompetency pc : weights) {
                long sum = 0;
                for (int r = 1; r <= raters; r++) {
                    int level = scale[0] + random.nextInt(scale[1] - scale[0] + 1);
                    sum += level;
                    scores.add(new Score(r, pc.competencyCode(), level, "e", 1, false, null));
                }
                long count = raters;
                if (random.nextInt(5) == 0) {
                    int level = scale[0] + random.nextInt(scale[1] - scale[0] + 1);
                    outcomes.add(new CompetencyOutcome(pc.competencyCode(), true, level, "reason"));
                    sum = level;
                    count = 1;
                }
                // oracle: Σ sum/count × weight/100 as a fraction of integers (weights in tenths)
                java.math.BigInteger termNum = java.math.BigInteger.valueOf(sum)
                        .multiply(pc.weight().movePointRight(1).toBigIntegerExact());
                java.math.BigInteger termDen = java.math.BigInteger.valueOf(count * 1000);
                numerator = numerator.multiply(termDen).add(termNum.multiply(denominator));
                denominator = denominator.multiply(termDen);
            }
            Results results = Results.compute(profile, scores, outcomes, 2);
            boolean reached = numerator.multiply(java.math.BigInteger.valueOf(100)).compareTo(
                    threshold.movePointRight(2).toBigIntegerExact().multiply(denominator)) >= 0;
            assertEquals(reached, results.reachesThreshold(), "run " + run);
            assertEquals(results.reachesThreshold(), results.total().compareTo(threshold) >= 0,
                    "what is shown never contradicts the comparison, run " + run);
            BigDecimal exact = new BigDecimal(numerator).divide(new BigDecimal(denominator), 12,
                    java.math.RoundingMode.HALF_UP);
            BigDecimal tolerance = results.total().scale() == 2 ? new BigDecimal("0.005") : new BigDecimal("0.0001");
            assertTrue(results.total().subtract(exact).abs().compareTo(tolerance) <= 0,
                    "shown " + results.total() + " for exactly " + exact + ", run " + run);
            assertTrue(exact.compareTo(BigDecimal.valueOf(scale[0])) >= 0
                    && exact.compareTo(BigDecimal.valueOf(scale[1])) <= 0, "within the scale, run " + run);
        }
    }

    @Test
    void aDecisionNeedsMoreThanHalfOfTheVotesAndTheChairBreaksATieOfTwo() {
        assertEquals(Outcome.RECOMMENDED, DecisionRule.decide(List.of(new Vote(1, Outcome.RECOMMENDED, ""),
                new Vote(2, Outcome.RECOMMENDED, ""), new Vote(3, Outcome.NOT_RECOMMENDED, "")), 3, 3L).orElseThrow());
        assertEquals(Outcome.NOT_RECOMMENDED, DecisionRule.decide(List.of(new Vote(1, Outcome.RECOMMENDED, ""),
                new Vote(2, Outcome.RECOMMENDED, ""), new Vote(3, Outcome.NOT_RECOMMENDED, ""),
                new Vote(4, Outcome.NOT_RECOMMENDED, "")), 4, 4L).orElseThrow(), "two against two: the chair's side");
        assertTrue(DecisionRule.decide(List.of(new Vote(1, Outcome.RECOMMENDED, ""),
                new Vote(2, Outcome.NOT_RECOMMENDED, "")), 3, 1L).isEmpty(), "a vote is still to come");
        assertTrue(DecisionRule.decide(List.of(new Vote(1, Outcome.FITS_POST, ""), new Vote(2, Outcome.PROMOTION, ""),
                new Vote(3, Outcome.DEMOTION, ""), new Vote(4, Outcome.DEMOTION, ""), new Vote(5, Outcome.PROMOTION,
                "")), 5, 1L).isEmpty(), "2-2-1: no majority, even with the chair in a tied group");
        assertTrue(DecisionRule.decide(List.of(new Vote(1, Outcome.FITS_POST, ""), new Vote(2, Outcome.FITS_POST, ""),
                new Vote(3, Outcome.PROMOTION, ""), new Vote(4, Outcome.DEMOTION, ""), new Vote(5, Outcome.DISMISSAL,
                "")), 5, 1L).isEmpty(), "2-1-1-1: 40 % decides nothing");
        assertEquals(Outcome.FITS_POST, DecisionRule.decide(List.of(new Vote(1, Outcome.FITS_POST, ""),
                new Vote(2, Outcome.FITS_POST, ""), new Vote(3, Outcome.FITS_POST, ""), new Vote(4, Outcome.DEMOTION, ""),
                new Vote(5, Outcome.DISMISSAL, "")), 5, 4L).orElseThrow(), "3 of 5 is a majority");
    }
}
