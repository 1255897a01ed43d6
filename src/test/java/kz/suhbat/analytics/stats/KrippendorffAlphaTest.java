package kz.suhbat.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Krippendorff's alpha against the published example with missing values. */
class KrippendorffAlphaTest {

    private final RatingsTable table = RatingsTable.of(PublishedTables.KRIPPENDORFF_2011);

    private static void assertRounded(double published, double actual) {
        assertEquals(published, Math.round(actual * 1000) / 1000.0, 1e-9);
    }

    /** Krippendorff (2011), section C: nominal 0.743, ordinal 0.815, interval 0.849; 40 pairable values. */
    @Test
    void alphaIsThePublishedOneForEachMetric() {
        assertRounded(0.743, KrippendorffAlpha.of(table, AlphaMetric.NOMINAL).alpha());
        assertRounded(0.815, KrippendorffAlpha.of(table, AlphaMetric.ORDINAL).alpha());
        assertRounded(0.849, KrippendorffAlpha.of(table, AlphaMetric.INTERVAL).alpha());
    }

    @Test
    void theUnitWithOneValueIsLeftOutAndTheRestArePairable() {
        KrippendorffAlpha alpha = KrippendorffAlpha.of(table, AlphaMetric.ORDINAL);
        assertEquals(40, alpha.pairableValues());
        assertEquals(11, alpha.units());
    }
}
