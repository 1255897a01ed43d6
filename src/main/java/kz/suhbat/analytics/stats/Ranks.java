package kz.suhbat.analytics.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Mid-ranks (tied values share the mean of their ranks) and the tie sum Σ(t³ − t). */
final class Ranks {

    private final double[] ranks;
    private final double tieSum;

    private Ranks(double[] ranks, double tieSum) {
        this.ranks = ranks;
        this.tieSum = tieSum;
    }

    static Ranks of(double[] values) {
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        double tieSum = 0;
        int start = 0;
        while (start < order.length) {
            int end = start;
            while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double rank = (start + end) / 2.0 + 1;
            for (int i = start; i <= end; i++) {
                ranks[order[i]] = rank;
            }
            double t = end - start + 1.0;
            tieSum += t * t * t - t;
            start = end + 1;
        }
        return new Ranks(ranks, tieSum);
    }

    double rank(int i) {
        return ranks[i];
    }

    double tieSum() {
        return tieSum;
    }
}
