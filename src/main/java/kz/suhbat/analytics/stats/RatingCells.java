package kz.suhbat.analytics.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ratings of a campaign by cell (candidate × competency), each cell holding the level of each rater
 * who rated it, indexed by rater: the cells each rated and, on demand, the raters each shared a cell with.
 * Raters and competencies are numbered in the order they first appear. A rater who rated one cell twice
 * counts the mean of the two levels.
 */
final class RatingCells {

    /** One candidate on one competency: the raters who rated it and their levels. */
    static final class Cell {
        final String candidate;
        final int competency;
        private int[] raters = new int[4];
        private double[] sums = new double[4];
        private int[] counts = new int[4];
        private int size;

        Cell(String candidate, int competency) {
            this.candidate = candidate;
            this.competency = competency;
        }

        /** Adds a level; returns true when the rater is new to this cell. */
        boolean add(int rater, double level) {
            for (int i = 0; i < size; i++) {
                if (raters[i] == rater) {
                    sums[i] += level;
                    counts[i]++;
                    return false;
                }
            }
            if (size == raters.length) {
                raters = Arrays.copyOf(raters, size * 2);
                sums = Arrays.copyOf(sums, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            raters[size] = rater;
            sums[size] = level;
            counts[size] = 1;
            size++;
            return true;
        }

        int size() {
            return size;
        }

        int rater(int i) {
            return raters[i];
        }

        double level(int i) {
            return sums[i] / counts[i];
        }

        /** The level of {@code rater}, NaN when the rater did not rate this cell. */
        double levelOf(int rater) {
            for (int i = 0; i < size; i++) {
                if (raters[i] == rater) {
                    return level(i);
                }
            }
            return Double.NaN;
        }
    }

    private record Key(String candidate, int competency) {
    }

    private final List<String> raters;
    private final int competencies;
    private final List<List<Cell>> byRater;

    private RatingCells(List<String> raters, int competencies, List<List<Cell>> byRater) {
        this.raters = raters;
        this.competencies = competencies;
        this.byRater = byRater;
    }

    static RatingCells of(List<Rating> ratings) {
        Map<String, Integer> raterIndex = new LinkedHashMap<>();
        Map<String, Integer> competencyIndex = new HashMap<>();
        Map<Key, Cell> cells = new HashMap<>();
        List<List<Cell>> byRater = new ArrayList<>();
        for (Rating rating : ratings) {
            int rater = raterIndex.computeIfAbsent(rating.rater(), r -> {
                byRater.add(new ArrayList<>());
                return byRater.size() - 1;
            });
            int competency = competencyIndex.computeIfAbsent(rating.competency(), c -> competencyIndex.size());
            Cell cell = cells.computeIfAbsent(new Key(rating.candidate(), competency),
                    key -> new Cell(key.candidate(), key.competency()));
            if (cell.add(rater, rating.level())) {
                byRater.get(rater).add(cell);
            }
        }
        return new RatingCells(List.copyOf(raterIndex.keySet()), competencyIndex.size(), byRater);
    }

    List<String> raters() {
        return raters;
    }

    int raterCount() {
        return raters.size();
    }

    int competencyCount() {
        return competencies;
    }

    List<Cell> ratedBy(int rater) {
        return byRater.get(rater);
    }

    /** The raters who rated at least one cell with {@code rater}, {@code rater} itself left out. */
    BitSet coRaters(int rater) {
        BitSet shared = new BitSet(raters.size());
        for (Cell cell : byRater.get(rater)) {
            for (int i = 0; i < cell.size(); i++) {
                shared.set(cell.rater(i));
            }
        }
        shared.clear(rater);
        return shared;
    }
}
