package kz.suhbat.analytics.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.suhbat.common.sheet.CsvSeparator;
import kz.suhbat.common.sheet.CsvWriter;

/**
 * Every statistic of an {@link AgreementSummary} as CSV for scripts ({@link CsvWriter}, no byte-order mark):
 * one row per statistic, fixed English identifiers, numbers with up to six decimals and the separator's decimal
 * mark (a point with commas, a comma with semicolons), an empty cell where a number is unknown.
 * Columns: statistic, subject (form, candidate or rater), value, lower and upper limit, test statistic,
 * df1, df2, p, n (ratings, candidates or values behind it), note (e.g. a flag or how many were dropped).
 */
public final class AgreementCsv {

    public static final List<String> HEADER = List.of("statistic", "subject", "value", "lower", "upper", "test",
            "df1", "df2", "p", "n", "note");

    public String render(AgreementSummary summary, CsvSeparator separator) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(HEADER));
        IntraclassCorrelation icc = summary.icc();
        for (Icc form : icc.forms()) {
            rows.add(row("icc", form.form().label(icc.raters()), form.value(), form.interval(), form.f(), form.df1(),
                    form.df2(), form.p(), icc.used(), "dropped=" + icc.dropped()));
        }
        MeanSquares ms = icc.meanSquares();
        rows.add(row("mean_square", "between_candidates", ms.between()));
        rows.add(row("mean_square", "within_candidates", ms.within()));
        rows.add(row("mean_square", "between_raters", ms.raters()));
        rows.add(row("mean_square", "error", ms.error()));
        KendallW w = summary.kendall();
        rows.add(row("kendall_w", "", w.w(), Interval.UNKNOWN, w.chiSquare(), w.df(), Double.NaN, w.p(), w.used(),
                "dropped=" + w.dropped()));
        for (KrippendorffAlpha alpha : List.of(summary.ordinalAlpha(), summary.intervalAlpha(),
                summary.nominalAlpha())) {
            rows.add(row("krippendorff_alpha", alpha.metric().name().toLowerCase(Locale.ROOT), alpha.alpha(),
                    Interval.UNKNOWN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, alpha.pairableValues(),
                    "units=" + alpha.units()));
        }
        for (Rwg rwg : summary.rwg()) {
            rows.add(row("rwg", rwg.candidate(), rwg.value(), Interval.UNKNOWN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, rwg.ratings(), rwg.beyondNull() ? "beyond_null raw=" + number(rwg.raw()) : ""));
        }
        for (RaterProfile rater : summary.raters().raters()) {
            rows.addAll(raterRows(rater));
        }
        CsvWriter csv = CsvWriter.forScripts(separator);
        rows.forEach(csv::row);
        return csv.text();
    }

    private static List<List<Object>> raterRows(RaterProfile rater) {
        List<List<Object>> rows = new ArrayList<>();
        Leniency leniency = rater.leniency();
        rows.add(row("leniency", rater.rater(), leniency.mean(), leniency.interval(), Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, leniency.comparisons(), flags(rater, FlagReason.LENIENT, FlagReason.SEVERE)));
        Spread spread = rater.spread();
        rows.add(row("spread_variance_ratio", rater.rater(), spread.ratio(), spread.ratioInterval(), spread.ratio(),
                spread.df1(), spread.df2(), spread.p(), spread.df1() + 1, flags(rater, FlagReason.CENTRAL_TENDENCY)));
        rows.add(row("sd", rater.rater(), spread.sd()));
        rows.add(row("others_sd", rater.rater(), spread.othersSd()));
        Halo halo = rater.halo();
        if (halo.isKnown()) {
            rows.add(row("halo_mean_correlation", rater.rater(), halo.correlation(), halo.interval(), Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, halo.candidates(),
                    "panel=" + number(halo.panelCorrelation()) + flagNote(rater, FlagReason.HALO)));
        }
        PanelAgreement agreement = rater.agreement();
        rows.add(row("exact_agreement", rater.rater(), agreement.exact(), Interval.UNKNOWN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, agreement.cells(), ""));
        rows.add(row("adjacent_agreement", rater.rater(), agreement.adjacent(), Interval.UNKNOWN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, agreement.cells(), ""));
        return rows;
    }

    private static String flags(RaterProfile rater, FlagReason... reasons) {
        return Stream.of(reasons).filter(rater::flagged).map(Enum::name).collect(Collectors.joining(" "));
    }

    private static String flagNote(RaterProfile rater, FlagReason reason) {
        return rater.flagged(reason) ? " " + reason.name() : "";
    }

    private static List<Object> row(String statistic, String subject, double value) {
        return row(statistic, subject, value, Interval.UNKNOWN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, -1, "");
    }

    private static List<Object> row(String statistic, String subject, double value, Interval interval, double test,
                                    double df1, double df2, double p, int n, String note) {
        return java.util.Arrays.asList(statistic, subject, cell(value), cell(interval.lower()),
                cell(interval.upper()), cell(test), cell(df1), cell(df2), cell(p), n < 0 ? null : (Object) n, note);
    }

    /** A number's cell: nothing when unknown, a word when infinite, else rounded to six decimals. */
    private static Object cell(double value) {
        if (Double.isNaN(value)) {
            return null;
        }
        if (Double.isInfinite(value)) {
            return number(value);
        }
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
