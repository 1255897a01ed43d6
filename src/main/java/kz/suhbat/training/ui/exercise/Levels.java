package kz.suhbat.training.ui.exercise;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Levels and distances as a trainee reads them, with the decimal sign of the screens' language. */
final class Levels {

    private final Locale locale;

    Levels(Locale locale) {
        this.locale = locale;
    }

    /** A reference level: "3", or "3.5" for a half level. */
    String level(BigDecimal level) {
        return format("0.#", level);
    }

    /** A signed difference in levels: "+1", "−0.5", "0". */
    String difference(BigDecimal difference) {
        String plain = format("0.#", difference.abs());
        return difference.signum() > 0 ? "+" + plain : difference.signum() < 0 ? "−" + plain : plain;
    }

    /** A measure in levels to two decimals: "0.75". */
    String measure(double value) {
        return format("0.00", value);
    }

    /** A signed measure to two decimals: "+0.25", "−0.50", "0.00". */
    String signedMeasure(double value) {
        String plain = measure(Math.abs(value));
        boolean zero = plain.equals(measure(0));
        return zero ? plain : (value > 0 ? "+" : "−") + plain;
    }

    private String format(String pattern, Object value) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale)).format(value);
    }
}
