package kz.suhbat.analytics.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The levels n candidates (rows) received from k raters (columns); a cell is missing (NaN) when the
 * rater gave no level: a recusal, an absence. Immutable. Candidates and raters carry labels for reports.
 */
public final class RatingsTable {

    private final double[][] cells;
    private final List<String> candidates;
    private final List<String> raters;

    private RatingsTable(double[][] cells, List<String> candidates, List<String> raters) {
        this.cells = cells;
        this.candidates = List.copyOf(candidates);
        this.raters = List.copyOf(raters);
    }

    /** A table from rows of levels, {@code NaN} for a missing rating; rows and raters are numbered from 1. */
    public static RatingsTable of(double[][] rows) {
        int k = rows.length == 0 ? 0 : rows[0].length;
        return of(rows, numbers(rows.length), numbers(k));
    }

    /** A table from rows of levels with labels for its candidates and raters. */
    public static RatingsTable of(double[][] rows, List<String> candidates, List<String> raters) {
        if (rows.length != candidates.size()) {
            throw new IllegalArgumentException("Rows and candidate labels differ in number");
        }
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != raters.size()) {
                throw new IllegalArgumentException("Row " + (i + 1) + " has " + rows[i].length + " cells, not "
                        + raters.size());
            }
            copy[i] = rows[i].clone();
            for (double value : copy[i]) {
                if (Double.isInfinite(value)) {
                    throw new IllegalArgumentException("A level must be finite");
                }
            }
        }
        return new RatingsTable(copy, candidates, raters);
    }

    /** A table from rows of whole levels, {@code null} for a missing rating. */
    public static RatingsTable ofLevels(List<? extends List<Integer>> rows) {
        double[][] cells = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            List<Integer> row = rows.get(i);
            cells[i] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                Integer level = row.get(j);
                cells[i][j] = level == null ? Double.NaN : level;
            }
        }
        return of(cells);
    }

    /**
     * The table of one competency from ratings: one row per candidate and one column per rater, in the
     * order they first appear; a rater who rated a candidate twice counts the mean. Meant for one panel's
     * ratings (a dense table of candidates by raters).
     */
    public static RatingsTable of(List<Rating> ratings, String competency) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<Rating> chosen = ratings.stream().filter(r -> r.competency().equals(competency)).toList();
        for (Rating rating : chosen) {
            rows.putIfAbsent(rating.candidate(), rows.size());
            columns.putIfAbsent(rating.rater(), columns.size());
        }
        double[][] sums = new double[rows.size()][columns.size()];
        int[][] counts = new int[rows.size()][columns.size()];
        for (Rating rating : chosen) {
            int i = rows.get(rating.candidate());
            int j = columns.get(rating.rater());
            sums[i][j] += rating.level();
            counts[i][j]++;
        }
        for (int i = 0; i < sums.length; i++) {
            for (int j = 0; j < sums[i].length; j++) {
                sums[i][j] = counts[i][j] == 0 ? Double.NaN : sums[i][j] / counts[i][j];
            }
        }
        return new RatingsTable(sums, List.copyOf(rows.keySet()), List.copyOf(columns.keySet()));
    }

    private static List<String> numbers(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(Integer::toString).toList();
    }

    public int candidateCount() {
        return cells.length;
    }

    public int raterCount() {
        return raters.size();
    }

    public List<String> candidates() {
        return candidates;
    }

    public List<String> raters() {
        return raters;
    }

    /** The level candidate {@code i} received from rater {@code j}, NaN when missing. */
    public double level(int i, int j) {
        return cells[i][j];
    }

    public boolean isMissing(int i, int j) {
        return Double.isNaN(cells[i][j]);
    }

    /** The levels of candidate {@code i}, NaN where missing. */
    public double[] row(int i) {
        return cells[i].clone();
    }

    /** The levels candidate {@code i} received, missing ones left out. */
    public double[] presentLevels(int i) {
        return Arrays.stream(cells[i]).filter(v -> !Double.isNaN(v)).toArray();
    }

    public boolean isComplete(int i) {
        return Arrays.stream(cells[i]).noneMatch(Double::isNaN);
    }

    /** The number of ratings given (cells not missing). */
    public int ratingCount() {
        int count = 0;
        for (double[] row : cells) {
            for (double value : row) {
                if (!Double.isNaN(value)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The candidates rated by every rater, in their order: what ICC and Kendall's W work on. */
    public RatingsTable completeRows() {
        List<double[]> kept = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            if (isComplete(i)) {
                kept.add(cells[i]);
                labels.add(candidates.get(i));
            }
        }
        return new RatingsTable(kept.toArray(double[][]::new), labels, raters);
    }

    /** The lowest and highest level given; empty table: NaN. */
    public double minLevel() {
        return Arrays.stream(cells).flatMapToDouble(Arrays::stream).filter(v -> !Double.isNaN(v)).min()
                .orElse(Double.NaN);
    }

    public double maxLevel() {
        return Arrays.stream(cells).flatMapToDouble(Arrays::stream).filter(v -> !Double.isNaN(v)).max()
                .orElse(Double.NaN);
    }

    /** Every rating as candidate, rater and level, for one competency {@code competency}, rater by rater. */
    public List<Rating> ratings(String competency) {
        List<Rating> ratings = new ArrayList<>();
        for (int j = 0; j < raters.size(); j++) {
            for (int i = 0; i < cells.length; i++) {
                if (!Double.isNaN(cells[i][j])) {
                    ratings.add(new Rating(candidates.get(i), competency, raters.get(j), cells[i][j]));
                }
            }
        }
        return ratings;
    }
}
