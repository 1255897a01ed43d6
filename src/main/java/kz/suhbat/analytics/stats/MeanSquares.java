package kz.suhbat.analytics.stats;

/**
 * The mean squares of the two-way table (Shrout and Fleiss 1979, Table 2): between candidates (BMS),
 * within candidates (WMS), between raters (JMS) and residual error (EMS).
 */
public record MeanSquares(double between, double within, double raters, double error) {

    /** The mean squares of a complete table (no missing cell), n ≥ 2 rows and k ≥ 2 columns. */
    static MeanSquares of(RatingsTable complete) {
        int n = complete.candidateCount();
        int k = complete.raterCount();
        double grand = 0;
        double[] rowMeans = new double[n];
        double[] columnMeans = new double[k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                double level = complete.level(i, j);
                grand += level;
                rowMeans[i] += level / k;
                columnMeans[j] += level / n;
            }
        }
        grand /= (double) n * k;
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                double d = complete.level(i, j) - grand;
                total += d * d;
            }
        }
        double betweenSum = 0;
        for (double mean : rowMeans) {
            betweenSum += k * (mean - grand) * (mean - grand);
        }
        double ratersSum = 0;
        for (double mean : columnMeans) {
            ratersSum += n * (mean - grand) * (mean - grand);
        }
        double errorSum = Math.max(0, total - betweenSum - ratersSum);
        double withinSum = Math.max(0, total - betweenSum);
        return new MeanSquares(betweenSum / (n - 1), withinSum / (n * (k - 1.0)), ratersSum / (k - 1),
                errorSum / ((n - 1.0) * (k - 1.0)));
    }
}
