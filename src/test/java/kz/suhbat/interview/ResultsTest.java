package kz.suhbat.interview;

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
        // DEC 3.67 × 40% = 1.468, COO 3.50 × 35% = 1.225, DEV 3.67 × 25% = 0.9175; sum 3.6105 → 3.61
        Results results = Results.compute(PROFILE, all(List.of(scores("DEC", 4, 4, 3), scores("COO", 3, 4),
                scores("DEV", 4, 4, 3))), List.of(), 2);
        assertEquals(new BigDecimal("1.468"), results.competencies().get(0).contribution().stripTrailingZeros());
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
    void theMajorityDecidesAndTheChairBreaksATie() {
        assertEquals(Outcome.RECOMMENDED, DecisionRule.decide(List.of(new Vote(1, Outcome.RECOMMENDED, ""),
                new Vote(2, Outcome.RECOMMENDED, ""), new Vote(3, Outcome.NOT_RECOMMENDED, "")), 3L).orElseThrow());
        assertEquals(Outcome.NOT_RECOMMENDED, DecisionRule.decide(List.of(new Vote(1, Outcome.RECOMMENDED, ""),
                new Vote(2, Outcome.RECOMMENDED, ""), new Vote(3, Outcome.NOT_RECOMMENDED, ""),
                new Vote(4, Outcome.NOT_RECOMMENDED, "")), 4L).orElseThrow(), "two against two: the chair's side");
        assertTrue(DecisionRule.decide(List.of(new Vote(1, Outcome.FITS_POST, ""), new Vote(2, Outcome.PROMOTION, ""),
                new Vote(3, Outcome.DEMOTION, ""), new Vote(4, Outcome.DEMOTION, ""), new Vote(5, Outcome.PROMOTION,
                "")), 1L).isEmpty(), "a tie the chair is not part of has no decision");
    }
}
