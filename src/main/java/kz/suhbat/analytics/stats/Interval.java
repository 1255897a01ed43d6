package kz.suhbat.analytics.stats;

/** A confidence interval; NaN bounds when it cannot be computed. */
public record Interval(double lower, double upper) {

    public static final Interval UNKNOWN = new Interval(Double.NaN, Double.NaN);

    public boolean isKnown() {
        return !Double.isNaN(lower) && !Double.isNaN(upper);
    }

    /** True when the whole interval lies above {@code value}. */
    public boolean above(double value) {
        return isKnown() && lower > value;
    }

    /** True when the whole interval lies below {@code value}. */
    public boolean below(double value) {
        return isKnown() && upper < value;
    }
}
