package kz.suhbat.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** Rater effects on simulated panels whose raters' habits are known. */
class RaterEffectsTest {

    private static final Scale SCALE = new Scale(1, 5);
    private static final List<String> COMPETENCIES = List.of("cooperation", "integrity", "initiative", "service");
    private static final List<String> RATERS = List.of("Aigerim", "Bolat", "Dana", "Erlan", "Gulnara");

    /**
     * A panel of five who rate {@code candidates} candidates on four competencies: each candidate has a
     * merit per competency, each rater adds noise of −1, 0 or +1; {@code habit} changes one rater's levels.
     */
    private static List<Rating> panel(long seed, int candidates, String odd, DoubleUnaryOperator habit) {
        Random random = new Random(seed);
        List<Rating> ratings = new ArrayList<>();
        for (int c = 0; c < candidates; c++) {
            for (String competency : COMPETENCIES) {
                int merit = 2 + random.nextInt(3);
                for (String rater : RATERS) {
                    double level = merit + random.nextInt(3) - 1;
                    if (rater.equals(odd)) {
                        level = habit.applyAsDouble(level);
                    }
                    ratings.add(new Rating("C" + c, competency, rater, Math.max(1, Math.min(5, level))));
                }
            }
        }
        return ratings;
    }

    private static void assertOnlyFlagged(RaterEffects effects, String rater, FlagReason reason) {
        for (RaterProfile profile : effects.raters()) {
            if (profile.rater().equals(rater)) {
                assertTrue(profile.flagged(reason), rater + " should be " + reason + ": " + profile);
                assertEquals(1, profile.flags().size(), profile.toString());
            } else {
                assertEquals(List.of(), profile.flags(), profile.rater() + " should not be flagged: " + profile);
            }
        }
    }

    @Test
    void aMemberWhoAddsALevelIsLenientAndTheOthersAreNotFlagged() {
        RaterEffects effects = RaterEffects.of(panel(1, 12, "Dana", level -> level + 1), SCALE);
        assertOnlyFlagged(effects, "Dana", FlagReason.LENIENT);
        RaterFlag flag = effects.rater("Dana").flags().get(0);
        assertTrue(flag.value() > 0.5 && flag.value() < 1.2, "up to one level above (levels stop at 5): " + flag);
        assertTrue(flag.interval().lower() > 0);
        assertEquals(48, flag.count());
    }

    /** Over many simulated sittings a lenient member is found almost always, a normal one almost never. */
    @Test
    void leniencyIsFoundReliablyWithoutFalseAlarmsForTheOthers() {
        int found = 0;
        int falseAlarms = 0;
        int sittings = 100;
        for (long seed = 1; seed <= sittings; seed++) {
            RaterEffects effects = RaterEffects.of(panel(seed, 12, "Dana", level -> level + 1), SCALE);
            for (RaterProfile profile : effects.raters()) {
                if (profile.rater().equals("Dana")) {
                    found += profile.flagged(FlagReason.LENIENT) ? 1 : 0;
                } else if (profile.flagged(FlagReason.LENIENT) || profile.flagged(FlagReason.SEVERE)) {
                    falseAlarms++;
                }
            }
        }
        assertTrue(found >= 95, "found in " + found + " of " + sittings);
        assertTrue(falseAlarms <= 12, falseAlarms + " false alarms among " + 4 * sittings + " normal members");
    }

    @Test
    void aMemberWhoTakesALevelIsSevere() {
        RaterEffects effects = RaterEffects.of(panel(21, 12, "Bolat", level -> level - 1), SCALE);
        assertOnlyFlagged(effects, "Bolat", FlagReason.SEVERE);
        assertTrue(effects.rater("Bolat").leniency().interval().upper() < 0);
    }

    /** Without habits, at most about one sitting in twenty shows any flag: the intervals hold for the panel. */
    @Test
    void panelsWithoutHabitsRarelyShowAFlag() {
        int flagged = 0;
        int sittings = 200;
        for (long seed = 1; seed <= sittings; seed++) {
            RaterEffects effects = RaterEffects.of(panel(seed, 12, "", level -> level), SCALE);
            if (effects.raters().stream().anyMatch(p -> !p.flags().isEmpty())) {
                flagged++;
            }
        }
        assertTrue(flagged <= sittings / 10, flagged + " of " + sittings + " sittings flagged");
    }

    @Test
    void aMemberWhoAlwaysGivesTheMiddleLevelShowsCentralTendency() {
        RaterEffects effects = RaterEffects.of(panel(5, 12, "Erlan", level -> 3), SCALE);
        RaterProfile erlan = effects.rater("Erlan");
        assertTrue(erlan.flagged(FlagReason.CENTRAL_TENDENCY), erlan.toString());
        assertTrue(erlan.spread().ratioInterval().upper() < 1);
        assertEquals(0.0, erlan.spread().sd(), 1e-12);
    }

    @Test
    void aMemberWhoRatesTheWholePersonShowsHalo() {
        Random random = new Random(8);
        List<Rating> ratings = new ArrayList<>(panel(8, 12, "Gulnara", level -> level));
        ratings.removeIf(r -> r.rater().equals("Gulnara"));
        for (int c = 0; c < 12; c++) {
            int impression = 1 + random.nextInt(5);
            for (String competency : COMPETENCIES) {
                ratings.add(new Rating("C" + c, competency, "Gulnara", impression));
            }
        }
        RaterEffects effects = RaterEffects.of(ratings, SCALE);
        RaterProfile gulnara = effects.rater("Gulnara");
        assertTrue(gulnara.flagged(FlagReason.HALO), gulnara.toString());
        assertTrue(gulnara.halo().correlation() > 0.99);
        assertTrue(gulnara.halo().panelCorrelation() < 0.5);
        effects.raters().stream().filter(p -> !p.rater().equals("Gulnara"))
                .forEach(p -> assertFalse(p.flagged(FlagReason.HALO), p.toString()));
    }

    @Test
    void agreementWithThePanelMedianCountsExactAndAdjacentLevels() {
        List<Rating> ratings = List.of(
                new Rating("C1", "x", "A", 3), new Rating("C1", "x", "B", 3), new Rating("C1", "x", "C", 3),
                new Rating("C2", "x", "A", 4), new Rating("C2", "x", "B", 2), new Rating("C2", "x", "C", 2),
                new Rating("C3", "x", "A", 5), new Rating("C3", "x", "B", 2), new Rating("C3", "x", "C", 3),
                new Rating("C4", "x", "A", 1));
        RaterProfile a = RaterEffects.of(ratings, SCALE).rater("A");
        assertEquals(4, a.ratings());
        assertEquals(3, a.agreement().cells());
        assertEquals(1 / 3.0, a.agreement().exact(), 1e-12);
        assertEquals(1 / 3.0, a.agreement().adjacent(), 1e-12);
        assertEquals((0 + 2 + 2.5) / 3, a.leniency().mean(), 1e-12);
    }

    @Test
    void fewRatingsAreNeverFlagged() {
        List<Rating> ratings = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            ratings.add(new Rating("C" + c, "x", "A", 5));
            ratings.add(new Rating("C" + c, "x", "B", 1));
            ratings.add(new Rating("C" + c, "x", "C", 1));
        }
        RaterEffects.of(ratings, SCALE).raters().forEach(p -> assertEquals(List.of(), p.flags()));
    }
}
