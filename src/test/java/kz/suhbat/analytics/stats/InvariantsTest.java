package kz.suhbat.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What must not change the statistics, and what must make them perfect. */
class InvariantsTest {

    private static final double TOLERANCE = 1e-9;

    private static double[][] randomPanel(long seed, int candidates, int raters) {
        Random random = new Random(seed);
        double[][] rows = new double[candidates][raters];
        for (int i = 0; i < candidates; i++) {
            int merit = 1 + random.nextInt(5);
            for (int j = 0; j < raters; j++) {
                rows[i][j] = Math.max(1, Math.min(5, merit + random.nextInt(3) - 1));
            }
        }
        rows[2][1] = Double.NaN;
        rows[5][3] = Double.NaN;
        return rows;
    }

    private static List<Double> everyStatistic(RatingsTable table) {
        AgreementSummary summary = AgreementSummary.of(table, new Scale(1, 9));
        List<Double> values = new ArrayList<>();
        for (Icc icc : summary.icc().forms()) {
            values.add(icc.value());
            values.add(icc.f());
            values.add(icc.p());
            values.add(icc.interval().lower());
            values.add(icc.interval().upper());
        }
        values.add(summary.kendall().w());
        values.add(summary.kendall().chiSquare());
        values.add(summary.nominalAlpha().alpha());
        values.add(summary.ordinalAlpha().alpha());
        values.add(summary.intervalAlpha().alpha());
        summary.rwg().stream().map(Rwg::value).sorted().forEach(values::add);
        summary.raters().raters().stream()
                .sorted(java.util.Comparator.comparing(RaterProfile::rater))
                .forEach(p -> {
                    values.add(p.leniency().mean());
                    values.add(p.spread().ratio());
                    values.add(p.agreement().exact());
                });
        return values;
    }

    private static void assertSame(List<Double> expected, List<Double> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), TOLERANCE, "statistic " + i);
        }
    }

    @Test
    void addingAConstantToEveryRatingChangesNothing() {
        double[][] rows = randomPanel(7, 12, 4);
        double[][] shifted = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            shifted[i] = rows[i].clone();
            for (int j = 0; j < shifted[i].length; j++) {
                shifted[i][j] += 3;
            }
        }
        assertSame(everyStatistic(RatingsTable.of(rows)), everyStatistic(RatingsTable.of(shifted)));
    }

    @Test
    void reorderingCandidatesOrRatersChangesNothing() {
        double[][] rows = randomPanel(11, 12, 4);
        RatingsTable table = RatingsTable.of(rows);
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
        Collections.shuffle(order, new Random(3));
        int[] raters = {2, 0, 3, 1};
        double[][] reordered = new double[rows.length][4];
        List<String> candidateLabels = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < 4; j++) {
                reordered[i][j] = rows[order.get(i)][raters[j]];
            }
            candidateLabels.add(table.candidates().get(order.get(i)));
        }
        List<String> raterLabels = java.util.Arrays.stream(raters).mapToObj(j -> table.raters().get(j)).toList();
        assertSame(everyStatistic(table), everyStatistic(RatingsTable.of(reordered, candidateLabels, raterLabels)));
    }

    @Test
    void identicalRatersAgreePerfectly() {
        double[][] rows = {{1, 1, 1}, {3, 3, 3}, {2, 2, 2}, {5, 5, 5}, {4, 4, 4}, {2, 2, 2}};
        AgreementSummary summary = AgreementSummary.of(RatingsTable.of(rows), new Scale(1, 5));
        for (Icc icc : summary.icc().forms()) {
            assertEquals(1.0, icc.value(), TOLERANCE, icc.form().label());
            assertEquals(1.0, icc.interval().lower(), TOLERANCE, icc.form().label());
            assertEquals(1.0, icc.interval().upper(), TOLERANCE, icc.form().label());
        }
        assertEquals(1.0, summary.kendall().w(), TOLERANCE);
        assertEquals(1.0, summary.nominalAlpha().alpha(), TOLERANCE);
        assertEquals(1.0, summary.ordinalAlpha().alpha(), TOLERANCE);
        assertEquals(1.0, summary.intervalAlpha().alpha(), TOLERANCE);
        summary.rwg().forEach(rwg -> assertEquals(1.0, rwg.value(), TOLERANCE));
        summary.raters().raters().forEach(p -> {
            assertEquals(0.0, p.leniency().mean(), TOLERANCE);
            assertEquals(1.0, p.agreement().exact(), TOLERANCE);
            assertEquals(List.of(), p.flags());
        });
    }
}
