package kz.suhbat.analytics.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes {@link Halo} for every rater: for each pair of competencies, the correlation across candidates
 * of one rater's levels on the two (at least four candidates, both sides varying); these are averaged
 * through Fisher's z = atanh r, weighted by n − 3. The standard error is taken as that of a single
 * correlation over the average number of candidates, 1 / √(mean(n − 3)), not of independent pairs:
 * correlations between pairs of competencies rated by one person are not independent, and this keeps the
 * test from flagging on the number of competencies alone. The rest of the panel is pooled the same way,
 * its raters taken as independent of each other. A correlation of ±1 is held at ±0.999 so that z stays
 * finite.
 */
final class HaloMeasure {

    private static final int MIN_CANDIDATES = 4;
    private static final double LIMIT = 0.999;

    private HaloMeasure() {
    }

    /** The weighted mean z of one rater, its weight sum, mean weight and pairs. */
    private record Pooled(double z, double weightSum, double meanWeight, int pairs, int candidates) {
    }

    /** The halo of every rater of {@code cells} (by rater number), at {@code confidence}. */
    static Halo[] of(RatingCells cells, double confidence) {
        int k = cells.raterCount();
        Pooled[] pooled = new Pooled[k];
        double zSum = 0;
        double weightSum = 0;
        double precision = 0;
        for (int r = 0; r < k; r++) {
            pooled[r] = pooled(r, cells);
            if (pooled[r] != null) {
                zSum += pooled[r].z() * pooled[r].weightSum();
                weightSum += pooled[r].weightSum();
                precision += pooled[r].meanWeight();
            }
        }
        double q = Distributions.normalQuantile(1 - (1 - confidence) / 2);
        Halo[] halos = new Halo[k];
        for (int r = 0; r < k; r++) {
            Pooled own = pooled[r];
            halos[r] = own == null ? Halo.UNKNOWN : halo(own, zSum - own.z() * own.weightSum(),
                    weightSum - own.weightSum(), precision - own.meanWeight(), q);
        }
        return halos;
    }

    private static Halo halo(Pooled own, double restZSum, double restWeight, double restPrecision, double q) {
        double ownSe = 1 / Math.sqrt(own.meanWeight());
        Interval interval = new Interval(Math.tanh(own.z() - q * ownSe), Math.tanh(own.z() + q * ownSe));
        if (restWeight <= 0) {
            return new Halo(Math.tanh(own.z()), interval, Double.NaN, Interval.UNKNOWN, own.pairs(),
                    own.candidates());
        }
        double panelZ = restZSum / restWeight;
        double se = Math.sqrt(1 / own.meanWeight() + 1 / restPrecision);
        double difference = own.z() - panelZ;
        return new Halo(Math.tanh(own.z()), interval, Math.tanh(panelZ),
                new Interval(difference - q * se, difference + q * se), own.pairs(), own.candidates());
    }

    /** The rater's levels by candidate, one array over the competencies (NaN where not rated). */
    private static List<double[]> levelsByCandidate(int rater, RatingCells cells) {
        Map<String, double[]> byCandidate = new LinkedHashMap<>();
        for (RatingCells.Cell cell : cells.ratedBy(rater)) {
            double[] levels = byCandidate.computeIfAbsent(cell.candidate, c -> {
                double[] empty = new double[cells.competencyCount()];
                Arrays.fill(empty, Double.NaN);
                return empty;
            });
            levels[cell.competency] = cell.levelOf(rater);
        }
        return new ArrayList<>(byCandidate.values());
    }

    private static Pooled pooled(int rater, RatingCells cells) {
        List<double[]> candidates = levelsByCandidate(rater, cells);
        int competencies = cells.competencyCount();
        double[] x = new double[candidates.size()];
        double[] y = new double[candidates.size()];
        double zSum = 0;
        double weightSum = 0;
        int pairs = 0;
        int most = 0;
        for (int a = 0; a < competencies; a++) {
            for (int b = a + 1; b < competencies; b++) {
                int n = 0;
                for (double[] levels : candidates) {
                    if (!Double.isNaN(levels[a]) && !Double.isNaN(levels[b])) {
                        x[n] = levels[a];
                        y[n] = levels[b];
                        n++;
                    }
                }
                if (n < MIN_CANDIDATES) {
                    continue;
                }
                double r = Moments.correlation(Arrays.copyOf(x, n), Arrays.copyOf(y, n));
                if (Double.isNaN(r)) {
                    continue;
                }
                double weight = n - 3.0;
                zSum += atanh(Math.max(-LIMIT, Math.min(LIMIT, r))) * weight;
                weightSum += weight;
                pairs++;
                most = Math.max(most, n);
            }
        }
        if (pairs == 0) {
            return null;
        }
        return new Pooled(zSum / weightSum, weightSum, weightSum / pairs, pairs, most);
    }

    private static double atanh(double r) {
        return 0.5 * Math.log((1 + r) / (1 - r));
    }
}
