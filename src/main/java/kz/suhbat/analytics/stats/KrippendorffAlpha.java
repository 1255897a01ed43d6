package kz.suhbat.analytics.stats;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Krippendorff's alpha through the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's
 * alpha-reliability"): every candidate with at least two ratings contributes all its ratings, whatever
 * is missing, so no complete candidate is needed. alpha = 1 − D_o / D_e, observed against expected
 * disagreement. {@code pairableValues} is n.., the ratings in candidates with two or more;
 * {@code units} the number of such candidates. NaN when the levels do not vary at all.
 */
public record KrippendorffAlpha(AlphaMetric metric, double alpha, double observedDisagreement,
                                double expectedDisagreement, int pairableValues, int units) {

    public static KrippendorffAlpha of(RatingsTable table, AlphaMetric metric) {
        double[] values = distinctValues(table);
        int v = values.length;
        double[][] coincidences = new double[v][v];
        int units = 0;
        int pairable = 0;
        for (int i = 0; i < table.candidateCount(); i++) {
            double[] levels = table.presentLevels(i);
            int m = levels.length;
            if (m < 2) {
                continue;
            }
            units++;
            pairable += m;
            int[] counts = new int[v];
            for (double level : levels) {
                counts[Arrays.binarySearch(values, level)]++;
            }
            for (int c = 0; c < v; c++) {
                if (counts[c] == 0) {
                    continue;
                }
                for (int d = 0; d < v; d++) {
                    double pairs = c == d ? counts[c] * (counts[c] - 1.0) : counts[c] * (double) counts[d];
                    coincidences[c][d] += pairs / (m - 1);
                }
            }
        }
        double[] marginals = new double[v];
        for (int c = 0; c < v; c++) {
            for (int d = 0; d < v; d++) {
                marginals[c] += coincidences[c][d];
            }
        }
        double n = pairable;
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < v; c++) {
            for (int d = 0; d < v; d++) {
                double delta = delta(metric, values, marginals, c, d);
                observed += coincidences[c][d] * delta;
                expected += marginals[c] * marginals[d] * delta;
            }
        }
        if (n < 2 || expected == 0) {
            return new KrippendorffAlpha(metric, Double.NaN, Double.NaN, Double.NaN, pairable, units);
        }
        double dObserved = observed / n;
        double dExpected = expected / (n * (n - 1));
        return new KrippendorffAlpha(metric, 1 - dObserved / dExpected, dObserved, dExpected, pairable, units);
    }

    private static double[] distinctValues(RatingsTable table) {
        return IntStream.range(0, table.candidateCount())
                .mapToObj(table::presentLevels)
                .flatMapToDouble(Arrays::stream)
                .distinct().sorted().toArray();
    }

    /** The squared difference δ²(c, k) of the metric between the c-th and d-th value. */
    private static double delta(AlphaMetric metric, double[] values, double[] marginals, int c, int d) {
        if (c == d) {
            return 0;
        }
        return switch (metric) {
            case NOMINAL -> 1;
            case INTERVAL -> (values[c] - values[d]) * (values[c] - values[d]);
            case ORDINAL -> {
                int low = Math.min(c, d);
                int high = Math.max(c, d);
                double between = 0;
                for (int g = low; g <= high; g++) {
                    between += marginals[g];
                }
                double difference = between - (marginals[low] + marginals[high]) / 2;
                yield difference * difference;
            }
        };
    }
}
