package kz.suhbat.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** r_wg against hand computations with the uniform null of James, Demaree and Wolf (1984). */
class RwgTest {

    private final Scale five = new Scale(1, 5);

    @Test
    void theUniformNullOfAFivePointScaleIsTwo() {
        assertEquals(2.0, five.uniformVariance(), 1e-12);
        assertEquals(8.25, new Scale(1, 10).uniformVariance(), 1e-12);
    }

    /** 3, 4, 4, 5: mean 4, s² = (1 + 0 + 0 + 1) / 3 = 2/3, r_wg = 1 − (2/3) / 2 = 2/3. */
    @Test
    void closeLevelsAgreeByTheFormula() {
        Rwg rwg = Rwg.of("A", new double[] {3, 4, 4, 5}, five);
        assertEquals(2.0 / 3, rwg.variance(), 1e-12);
        assertEquals(2.0 / 3, rwg.value(), 1e-12);
        assertFalse(rwg.beyondNull());
    }

    @Test
    void identicalLevelsAgreeFully() {
        assertEquals(1.0, Rwg.of("A", new double[] {4, 4, 4}, five).value(), 1e-12);
    }

    /**
     * 1, 5, 1, 5: s² = 4 · 4 / 3 = 16/3, beyond the uniform 2: the raw value 1 − 8/3 = −5/3 is kept and
     * marked, the reported value is truncated to 0.
     */
    @Test
    void disagreementBeyondChanceIsTruncatedToZeroAndMarked() {
        Rwg rwg = Rwg.of("A", new double[] {1, 5, 1, 5}, five);
        assertEquals(16.0 / 3, rwg.variance(), 1e-12);
        assertEquals(-5.0 / 3, rwg.raw(), 1e-12);
        assertEquals(0.0, rwg.value(), 0);
        assertTrue(rwg.beyondNull());
    }

    @Test
    void oneRatingIsNotEnough() {
        assertTrue(Double.isNaN(Rwg.of("A", new double[] {3}, five).value()));
    }

    @Test
    void missingRatingsAreLeftOutPerCandidate() {
        RatingsTable table = RatingsTable.of(new double[][] {{3, Double.NaN, 4, 5, 4}});
        Rwg rwg = Rwg.perCandidate(table, five).get(0);
        assertEquals(4, rwg.ratings());
        assertEquals(2.0 / 3, rwg.value(), 1e-12);
    }
}
