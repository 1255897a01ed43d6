package kz.suhbat.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The six intraclass correlations against Shrout and Fleiss (1979) and R's psych::ICC. */
class IntraclassCorrelationTest {

    private final IntraclassCorrelation icc = IntraclassCorrelation.of(RatingsTable.of(PublishedTables.SHROUT_FLEISS));

    private static void assertRounded(double published, double actual, int decimals) {
        double scale = Math.pow(10, decimals);
        assertEquals(published, Math.round(actual * scale) / scale, 1e-9, "rounded to " + decimals + " decimals");
    }

    /** Shrout and Fleiss (1979), Table 2: the analysis of variance of their example. */
    @Test
    void meanSquaresAreThoseOfTable2() {
        MeanSquares ms = icc.meanSquares();
        assertRounded(11.24, ms.between(), 2);
        assertRounded(6.26, ms.within(), 2);
        assertRounded(32.49, ms.raters(), 2);
        assertRounded(1.02, ms.error(), 2);
        assertEquals(6, icc.used());
        assertEquals(0, icc.dropped());
    }

    /** Shrout and Fleiss (1979), Table 4: the six coefficients of their example. */
    @Test
    void coefficientsAreThoseOfTable4() {
        assertRounded(0.17, icc.form(IccForm.ICC1_1).value(), 2);
        assertRounded(0.29, icc.form(IccForm.ICC2_1).value(), 2);
        assertRounded(0.71, icc.form(IccForm.ICC3_1).value(), 2);
        assertRounded(0.44, icc.form(IccForm.ICC1_K).value(), 2);
        assertRounded(0.62, icc.form(IccForm.ICC2_K).value(), 2);
        assertRounded(0.91, icc.form(IccForm.ICC3_K).value(), 2);
    }

    /**
     * The same data through R: DescTools::ICC prints F 1.79 (5, 18) p 0.164769 for the one-way forms and
     * F 11.03 (5, 15) p 0.000135 for the two-way forms; psych::ICC prints the 95 % limits -0.133 to 0.72,
     * 0.019 to 0.76, 0.342 to 0.95, -0.884 to 0.91, 0.071 to 0.93 and 0.676 to 0.99 (D. Wollschläger,
     * github.com/dwoll/RExRepos, md/interRaterICC.md, both versions of the page).
     */
    @Test
    void testsAndIntervalsAreThoseOfR() {
        Icc one = icc.form(IccForm.ICC1_1);
        assertRounded(1.79, one.f(), 2);
        assertEquals(5, one.df1());
        assertEquals(18, one.df2());
        assertRounded(0.164769, one.p(), 6);
        Icc two = icc.form(IccForm.ICC2_1);
        assertRounded(11.03, two.f(), 2);
        assertEquals(15, two.df2());
        assertRounded(0.000135, two.p(), 6);

        assertInterval(-0.133, 0.72, IccForm.ICC1_1);
        assertInterval(0.019, 0.76, IccForm.ICC2_1);
        assertInterval(0.342, 0.95, IccForm.ICC3_1);
        assertInterval(-0.884, 0.91, IccForm.ICC1_K);
        assertInterval(0.071, 0.93, IccForm.ICC2_K);
        assertInterval(0.676, 0.99, IccForm.ICC3_K);
    }

    private void assertInterval(double lower, double upper, IccForm form) {
        Interval interval = icc.form(form).interval();
        assertRounded(lower, interval.lower(), 3);
        assertRounded(upper, interval.upper(), 2);
    }

    @Test
    void candidatesWithAMissingRatingAreDroppedAndCounted() {
        double[][] rows = new double[7][];
        System.arraycopy(PublishedTables.SHROUT_FLEISS, 0, rows, 0, 6);
        rows[6] = new double[] {3, Double.NaN, 4, 5};
        IntraclassCorrelation withGap = IntraclassCorrelation.of(RatingsTable.of(rows));
        assertEquals(6, withGap.used());
        assertEquals(1, withGap.dropped());
        assertEquals(icc.form(IccForm.ICC2_1).value(), withGap.form(IccForm.ICC2_1).value(), 1e-12);
    }
}
