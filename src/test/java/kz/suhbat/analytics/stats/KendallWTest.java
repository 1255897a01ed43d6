package kz.suhbat.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Kendall's W with and without ties against published results. */
class KendallWTest {

    private static void assertRounded(double published, double actual, int decimals) {
        double scale = Math.pow(10, decimals);
        assertEquals(published, Math.round(actual * scale) / scale, 1e-9);
    }

    /** Hollander and Wolfe's rounding times, with tied ranks: R prints chi-squared 11.143, df 2, p 0.003805. */
    @Test
    void tiesAreCorrectedAsInThePublishedFriedmanTest() {
        KendallW w = KendallW.of(RatingsTable.of(PublishedTables.ROUNDING_TIMES));
        assertRounded(11.143, w.chiSquare(), 3);
        assertEquals(2, w.df());
        assertRounded(0.003805, w.p(), 6);
        assertRounded(0.2532, w.w(), 4);
        assertEquals(3, w.used());
        assertEquals(22, w.raters());
    }

    /** irr::kendall on six subjects ranked by three raters: W = 0.568, Chisq(5) = 8.52, p = 0.13. */
    @Test
    void untiedRanksGiveThePublishedW() {
        KendallW w = KendallW.of(RatingsTable.of(PublishedTables.WOLLSCHLAEGER_RANKS));
        assertRounded(0.568, w.w(), 3);
        assertRounded(8.52, w.chiSquare(), 2);
        assertEquals(5, w.df());
        assertRounded(0.13, w.p(), 2);
    }

    @Test
    void candidatesWithAMissingRatingAreDropped() {
        double[][] rows = {{1, 2, 1}, {2, 3, 3}, {3, Double.NaN, 2}, {4, 4, 4}};
        KendallW w = KendallW.of(RatingsTable.of(rows));
        assertEquals(3, w.used());
        assertEquals(1, w.dropped());
    }
}
