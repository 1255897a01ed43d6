package kz.suhbat.analytics.stats;

import java.util.Arrays;
import java.util.List;

/**
 * The six intraclass correlations of Shrout and Fleiss (1979) with F tests and confidence intervals
 * (Shrout and Fleiss 1979; McGraw and Wong 1996, with the Satterthwaite-type degrees of freedom for the
 * two-way random forms). The analysis of variance needs every candidate rated by every rater, so
 * candidates with a missing rating are dropped: {@code used} and {@code dropped} say how many.
 */
public record IntraclassCorrelation(List<Icc> forms, MeanSquares meanSquares, int used, int dropped, int raters,
                                    double confidence) {

    public static final double CONFIDENCE = 0.95;

    public IntraclassCorrelation {
        forms = List.copyOf(forms);
    }

    public static IntraclassCorrelation of(RatingsTable table) {
        return of(table, CONFIDENCE);
    }

    public static IntraclassCorrelation of(RatingsTable table, double confidence) {
        RatingsTable complete = table.completeRows();
        int n = complete.candidateCount();
        int k = complete.raterCount();
        int dropped = table.candidateCount() - n;
        if (n < 2 || k < 2) {
            MeanSquares none = new MeanSquares(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            List<Icc> unknown = Arrays.stream(IccForm.values())
                    .map(form -> new Icc(form, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                            Interval.UNKNOWN))
                    .toList();
            return new IntraclassCorrelation(unknown, none, n, dropped, k, confidence);
        }
        MeanSquares ms = MeanSquares.of(complete);
        Forms forms = new Forms(ms, n, k, (1 - confidence) / 2);
        return new IntraclassCorrelation(List.of(forms.oneWaySingle(), forms.randomSingle(), forms.mixedSingle(),
                forms.oneWayAverage(), forms.randomAverage(), forms.mixedAverage()), ms, n, dropped, k, confidence);
    }

    public Icc form(IccForm form) {
        return forms.stream().filter(icc -> icc.form() == form).findFirst().orElseThrow();
    }

    /** The formulas, for one table's mean squares; {@code tail} is (1 − confidence) / 2. */
    private record Forms(MeanSquares ms, int n, int k, double tail) {

        private double oneWayF() {
            return ratio(ms.between(), ms.within());
        }

        private double twoWayF() {
            return ratio(ms.between(), ms.error());
        }

        private double oneWayDf2() {
            return n * (k - 1.0);
        }

        private double twoWayDf2() {
            return (n - 1.0) * (k - 1.0);
        }

        Icc oneWaySingle() {
            double value = (ms.between() - ms.within()) / (ms.between() + (k - 1) * ms.within());
            Interval bounds = fBounds(oneWayF(), n - 1.0, oneWayDf2());
            return icc(IccForm.ICC1_1, value, oneWayF(), oneWayDf2(),
                    new Interval(single(bounds.lower()), single(bounds.upper())));
        }

        Icc oneWayAverage() {
            double value = (ms.between() - ms.within()) / ms.between();
            Interval bounds = fBounds(oneWayF(), n - 1.0, oneWayDf2());
            return icc(IccForm.ICC1_K, value, oneWayF(), oneWayDf2(),
                    new Interval(average(bounds.lower()), average(bounds.upper())));
        }

        Icc mixedSingle() {
            double value = (ms.between() - ms.error()) / (ms.between() + (k - 1) * ms.error());
            Interval bounds = fBounds(twoWayF(), n - 1.0, twoWayDf2());
            return icc(IccForm.ICC3_1, value, twoWayF(), twoWayDf2(),
                    new Interval(single(bounds.lower()), single(bounds.upper())));
        }

        Icc mixedAverage() {
            double value = (ms.between() - ms.error()) / ms.between();
            Interval bounds = fBounds(twoWayF(), n - 1.0, twoWayDf2());
            return icc(IccForm.ICC3_K, value, twoWayF(), twoWayDf2(),
                    new Interval(average(bounds.lower()), average(bounds.upper())));
        }

        private double randomSingleValue() {
            return (ms.between() - ms.error())
                    / (ms.between() + (k - 1) * ms.error() + k * (ms.raters() - ms.error()) / n);
        }

        Icc randomSingle() {
            return icc(IccForm.ICC2_1, randomSingleValue(), twoWayF(), twoWayDf2(), randomInterval());
        }

        Icc randomAverage() {
            double value = (ms.between() - ms.error()) / (ms.between() + (ms.raters() - ms.error()) / n);
            Interval single = randomInterval();
            return icc(IccForm.ICC2_K, value, twoWayF(), twoWayDf2(),
                    new Interval(spearmanBrown(single.lower()), spearmanBrown(single.upper())));
        }

        /**
         * Shrout and Fleiss (1979, eq. 9) / McGraw and Wong (1996, Table 7, case 2A): an approximate
         * interval whose denominator degrees of freedom come from Satterthwaite's formula.
         */
        private Interval randomInterval() {
            if (ms.error() == 0) {
                return ms.between() > 0 ? new Interval(1, 1) : Interval.UNKNOWN;
            }
            double icc = randomSingleValue();
            double fj = ms.raters() / ms.error();
            double spread = n * (1 + (k - 1) * icc) - k * icc;
            double numerator = k * icc * fj + spread;
            double v = (k - 1.0) * (n - 1.0) * numerator * numerator
                    / ((n - 1.0) * k * k * icc * icc * fj * fj + spread * spread);
            if (!(v > 0) || Double.isInfinite(v)) {
                return Interval.UNKNOWN;
            }
            double fLower = Distributions.fQuantile(1 - tail, n - 1.0, v);
            double fUpper = Distributions.fQuantile(1 - tail, v, n - 1.0);
            double c = k * ms.raters() + (k * n - k - n) * ms.error();
            double lower = n * (ms.between() - fLower * ms.error()) / (fLower * c + n * ms.between());
            double upper = n * (fUpper * ms.between() - ms.error()) / (c + n * fUpper * ms.between());
            return new Interval(lower, upper);
        }

        private Icc icc(IccForm form, double value, double f, double df2, Interval interval) {
            return new Icc(form, value, f, n - 1.0, df2, Distributions.fUpperTail(f, n - 1.0, df2), interval);
        }

        /** F / F(1−α/2; df1, df2) and F · F(1−α/2; df2, df1), the F-based limits before transformation. */
        private Interval fBounds(double f, double df1, double df2) {
            if (Double.isNaN(f)) {
                return Interval.UNKNOWN;
            }
            return new Interval(f / Distributions.fQuantile(1 - tail, df1, df2),
                    f * Distributions.fQuantile(1 - tail, df2, df1));
        }

        private double single(double fLimit) {
            return Double.isInfinite(fLimit) ? 1 : (fLimit - 1) / (fLimit + k - 1);
        }

        private static double average(double fLimit) {
            return Double.isInfinite(fLimit) ? 1 : 1 - 1 / fLimit;
        }

        private double spearmanBrown(double single) {
            return k * single / (1 + (k - 1) * single);
        }

        private static double ratio(double numerator, double denominator) {
            if (denominator == 0) {
                return numerator > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
            }
            return numerator / denominator;
        }
    }
}
