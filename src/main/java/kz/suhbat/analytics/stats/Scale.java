package kz.suhbat.analytics.stats;

/** A rating scale of whole levels from {@code min} to {@code max}, both included. */
public record Scale(int min, int max) {

    public Scale {
        if (max <= min) {
            throw new IllegalArgumentException("A scale needs at least two levels: " + min + "-" + max);
        }
    }

    /** The number of levels, A in James, Demaree and Wolf (1984). */
    public int levels() {
        return max - min + 1;
    }

    /** The variance of a uniform choice among the levels, (A² − 1) / 12: the null of r_wg. */
    public double uniformVariance() {
        double a = levels();
        return (a * a - 1) / 12.0;
    }

    public boolean contains(double level) {
        return level >= min && level <= max;
    }
}
