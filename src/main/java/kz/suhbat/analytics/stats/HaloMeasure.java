package kz.suhbat.analytics.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes {@link Halo}: for each pair of competencies, the correlation across candidates of one rater's
 * levels on the two (at least four candidates, both sides varying); these are averaged through Fisher's
 * z = atanh r, weighted by n − 3. The standard error is taken as that of a single correlation over the
 * average number of candidates, 1 / √(mean(n − 3)), not of independent pairs: correlations between pairs
 * of competencies rated by one person are not independent, and this keeps the test from flagging on the
 * number of competencies alone. The rest of the panel is pooled the same way, its raters taken as
 * independent of each other. A correlation of ±1 is held at ±0.999 so that z stays finite.
 */
final class HaloMeasure {

    private static final int MIN_CANDIDATES = 4;
    private static final double LIMIT = 0.999;

    private HaloMeasure() {
    }

    /** The mean z of one rater, its weight sum, mean weight and pairs. */
    private record Pooled(double z, double weightSum, double meanWeight, int pairs, int candidates) {
    }

    static Halo of(String rater, RaterEffects.Cells cells, double confidence) {
        Pooled own = pooled(rater, cells);
        if (own == null) {
            return Halo.UNKNOWN;
        }
        double zSum = 0;
        double weightSum = 0;
        double precision = 0;
        for (String other : cells.raters()) {
            if (other.equals(rater)) {
                continue;
            }
            Pooled theirs = pooled(other, cells);
            if (theirs != null) {
                zSum += theirs.z() * theirs.weightSum();
                weightSum += theirs.weightSum();
                precision += theirs.meanWeight();
            }
        }
        double q = Distributions.normalQuantile(1 - (1 - confidence) / 2);
        double ownSe = 1 / Math.sqrt(own.meanWeight());
        Interval interval = new Interval(Math.tanh(own.z() - q * ownSe), Math.tanh(own.z() + q * ownSe));
        if (weightSum == 0) {
            return new Halo(Math.tanh(own.z()), interval, Double.NaN, Interval.UNKNOWN, own.pairs(),
                    own.candidates());
        }
        double panelZ = zSum / weightSum;
        double se = Math.sqrt(1 / own.meanWeight() + 1 / precision);
        double difference = own.z() - panelZ;
        return new Halo(Math.tanh(own.z()), interval, Math.tanh(panelZ),
                new Interval(difference - q * se, difference + q * se), own.pairs(), own.candidates());
    }

    private static Pooled pooled(String rater, RaterEffects.Cells cells) {
        List<String> competencies = new ArrayList<>(cells.competencies());
        double zSum = 0;
        double weightSum = 0;
        int pairs = 0;
        int most = 0;
        for (int a = 0; a < competencies.size(); a++) {
            for (int b = a + 1; b < competencies.size(); b++) {
                List<Double> x = new ArrayList<>();
                List<Double> y = new ArrayList<>();
                for (String candidate : cells.candidates()) {
                    Double first = cells.level(candidate, competencies.get(a), rater);
                    Double second = cells.level(candidate, competencies.get(b), rater);
                    if (first != null && second != null) {
                        x.add(first);
                        y.add(second);
                    }
                }
                if (x.size() < MIN_CANDIDATES) {
                    continue;
                }
                double r = Moments.correlation(RaterEffects.array(x), RaterEffects.array(y));
                if (Double.isNaN(r)) {
                    continue;
                }
                double z = atanh(Math.max(-LIMIT, Math.min(LIMIT, r)));
                double weight = x.size() - 3.0;
                zSum += z * weight;
                weightSum += weight;
                pairs++;
                most = Math.max(most, x.size());
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
