package kz.suhbat.training;

import java.util.List;
import java.util.OptionalDouble;

/** One level a trainee gave, on one competency of one exercise, beside the reference level for it. */
public record CalibrationCell(String exercise, String competency, int level, double reference) {

    public double difference() {
        return level - reference;
    }

    /** The mean absolute difference from the references over {@code cells}; empty when there are none. */
    public static OptionalDouble meanDistance(List<CalibrationCell> cells) {
        return cells.stream().mapToDouble(c -> Math.abs(c.difference())).average();
    }

    /** The mean signed difference from the references (above 0 lenient); empty when there are none. */
    public static OptionalDouble meanBias(List<CalibrationCell> cells) {
        return cells.stream().mapToDouble(CalibrationCell::difference).average();
    }
}
