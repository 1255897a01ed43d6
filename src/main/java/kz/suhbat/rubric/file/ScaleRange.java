package kz.suhbat.rubric.file;

import java.math.BigDecimal;
import kz.suhbat.rubric.RatingScale;

/** The lowest and highest level of a rating scale, against which levels named elsewhere are checked. */
public record ScaleRange(int lowest, int highest) {

    public static ScaleRange of(RatingScale scale) {
        return new ScaleRange(scale.lowest(), scale.highest());
    }

    public boolean contains(int level) {
        return level >= lowest && level <= highest;
    }

    public boolean contains(BigDecimal value) {
        return value.compareTo(BigDecimal.valueOf(lowest)) >= 0 && value.compareTo(BigDecimal.valueOf(highest)) <= 0;
    }

    /** Reports {@code level} at {@code place} when it is not on the scale; returns whether it is. */
    public boolean check(int level, String place, Problems problems) {
        if (contains(level)) {
            return true;
        }
        problems.add(place, ProblemKeys.LEVEL_OUTSIDE_SCALE, level, lowest, highest);
        return false;
    }
}
