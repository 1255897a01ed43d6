package kz.suhbat.analytics.stats;

/**
 * Kendall's coefficient of concordance W with the correction for ties (Kendall and Babington Smith 1939;
 * Siegel and Castellan 1988, §9.4): each rater's levels are ranked across the candidates (tied levels
 * share their mean rank) and W = 12 S / (k²(n³ − n) − k Σ T), with the chi-square test k(n − 1) W on
 * n − 1 degrees of freedom. Ranking needs every candidate rated by every rater, so candidates with a
 * missing rating are dropped: {@code used} and {@code dropped} say how many.
 */
public record KendallW(double w, double chiSquare, int df, double p, int used, int dropped, int raters) {

    public static KendallW of(RatingsTable table) {
        RatingsTable complete = table.completeRows();
        int n = complete.candidateCount();
        int k = complete.raterCount();
        int dropped = table.candidateCount() - n;
        if (n < 2 || k < 2) {
            return new KendallW(Double.NaN, Double.NaN, Math.max(0, n - 1), Double.NaN, n, dropped, k);
        }
        double[] rankSums = new double[n];
        double ties = 0;
        for (int j = 0; j < k; j++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = complete.level(i, j);
            }
            Ranks ranks = Ranks.of(column);
            ties += ranks.tieSum();
            for (int i = 0; i < n; i++) {
                rankSums[i] += ranks.rank(i);
            }
        }
        double meanSum = k * (n + 1) / 2.0;
        double s = 0;
        for (double sum : rankSums) {
            s += (sum - meanSum) * (sum - meanSum);
        }
        double denominator = (double) k * k * ((double) n * n * n - n) - k * ties;
        if (denominator <= 0) {
            // Every rater gave every candidate the same level: nothing to rank.
            return new KendallW(Double.NaN, Double.NaN, n - 1, Double.NaN, n, dropped, k);
        }
        double w = 12 * s / denominator;
        double chiSquare = k * (n - 1) * w;
        return new KendallW(w, chiSquare, n - 1, Distributions.chiSquareUpperTail(chiSquare, n - 1), n, dropped, k);
    }
}
