package kz.suhbat.analytics.stats;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers of the statistics as a reader of one language writes them; a dash for what is unknown. */
public final class NumberText {

    public static final String UNKNOWN = "—";

    private final Locale locale;

    public NumberText(Locale locale) {
        this.locale = locale;
    }

    /** {@code value} with exactly {@code decimals} decimals, rounded half up. */
    public String fixed(double value, int decimals) {
        if (Double.isNaN(value)) {
            return UNKNOWN;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(value);
        return text.matches("-0([.,]0*)?") ? text.substring(1) : text;
    }

    /**
     * A limit of an interval: {@code decimals} decimals, more (up to four) when so few would show a limit
     * that is not zero as zero, for a limit that excludes zero must not read 0.00.
     */
    public String bound(double value, int decimals) {
        int shown = decimals;
        while (shown < 4 && value != 0 && Math.abs(value) < 0.5 * Math.pow(10, -shown)) {
            shown++;
        }
        return fixed(value, shown);
    }

    /** {@code value} with a sign, e.g. +0.80 or -0.35. */
    public String signed(double value, int decimals) {
        String text = fixed(value, decimals);
        return value > 0 && !text.matches("0([.,]0*)?") ? "+" + text : text;
    }

    /** A p-value: four decimals, or {@code <0.0001}. */
    public String p(double value) {
        if (!Double.isNaN(value) && value < 0.0001) {
            return "<" + fixed(0.0001, 4);
        }
        return fixed(value, 4);
    }

    /** A share as a whole percentage, e.g. 83 %. */
    public String percent(double share) {
        return Double.isNaN(share) ? UNKNOWN : fixed(share * 100, 0) + " %";
    }

    /** Degrees of freedom: whole numbers as such, Satterthwaite's fractions with one decimal. */
    public String df(double value) {
        return value == Math.rint(value) ? fixed(value, 0) : fixed(value, 1);
    }
}
