package kz.suhbat.analytics.stats;

/** Data sets whose statistics are published, for the tests. */
final class PublishedTables {

    private PublishedTables() {
    }

    /** Shrout and Fleiss (1979), Table 2: six targets (rows) rated by four judges (columns). */
    static final double[][] SHROUT_FLEISS = {
        {9, 2, 5, 8},
        {6, 1, 3, 2},
        {8, 4, 6, 8},
        {7, 1, 2, 6},
        {10, 5, 6, 9},
        {6, 2, 4, 7},
    };

    private static final double NA = Double.NaN;

    /**
     * Krippendorff (2011), "Computing Krippendorff's alpha-reliability" (Annenberg School for Communication,
     * University of Pennsylvania, https://repository.upenn.edu/asc_papers/43), section C, the example with
     * missing data: 4 observers A–D (there in rows) coding 12 units (there in columns), here transposed to one
     * row per unit. The same data and values are in the doctests of the Python package krippendorff
     * (github.com/pln-fing-udelar/fast-krippendorff, krippendorff/krippendorff.py) and the help of Stata's
     * kalpha (SSC).
     */
    static final double[][] KRIPPENDORFF_2011 = {
        {1, 1, NA, 1},
        {2, 2, 3, 2},
        {3, 3, 3, 3},
        {3, 3, 3, 3},
        {2, 2, 2, 2},
        {1, 2, 3, 4},
        {4, 4, 4, 4},
        {1, 1, 2, 1},
        {2, 2, 2, 2},
        {NA, 5, 5, 5},
        {NA, NA, 1, 1},
        {NA, 3, NA, NA},
    };

    /**
     * Hollander and Wolfe (1973), p. 140: times of 22 baseball players (blocks) rounding first base by
     * three methods, "round out", "narrow angle", "wide angle". Printed in the documentation of R's
     * {@code friedman.test} (data {@code RoundingTimes}) with "Friedman chi-squared = 11.143, df = 2,
     * p-value = 0.003805"; the Friedman statistic with ties is Kendall's k(n − 1)W, so with the 22 players
     * as raters and the 3 methods as the ranked objects W = 11.143 / (22 · 2) = 0.2533. Rows here are the
     * methods (the ranked "candidates"), columns the players; several players tie two methods.
     */
    static final double[][] ROUNDING_TIMES = transpose(new double[][] {
        {5.40, 5.50, 5.55}, {5.85, 5.70, 5.75}, {5.20, 5.60, 5.50}, {5.55, 5.50, 5.40},
        {5.90, 5.85, 5.70}, {5.45, 5.55, 5.60}, {5.40, 5.40, 5.35}, {5.45, 5.50, 5.35},
        {5.25, 5.15, 5.00}, {5.85, 5.80, 5.70}, {5.25, 5.20, 5.10}, {5.65, 5.55, 5.45},
        {5.60, 5.35, 5.45}, {5.05, 5.00, 4.95}, {5.50, 5.50, 5.40}, {5.45, 5.55, 5.50},
        {5.55, 5.55, 5.35}, {5.45, 5.50, 5.55}, {5.50, 5.45, 5.25}, {5.65, 5.60, 5.40},
        {5.70, 5.65, 5.55}, {6.30, 6.30, 6.25},
    });

    /**
     * Six subjects ranked by three raters without ties, from D. Wollschläger's R examples
     * (github.com/dwoll/RExRepos, md/interRaterICC.md): irr::kendall prints W = 0.568, Chisq(5) = 8.52,
     * p-value = 0.13.
     */
    static final double[][] WOLLSCHLAEGER_RANKS = transpose(new double[][] {
        {1, 6, 3, 2, 5, 4},
        {1, 5, 6, 2, 4, 3},
        {2, 3, 6, 5, 4, 1},
    });

    static double[][] transpose(double[][] rows) {
        double[][] result = new double[rows[0].length][rows.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < rows[0].length; j++) {
                result[j][i] = rows[i][j];
            }
        }
        return result;
    }
}
