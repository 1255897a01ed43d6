package kz.suhbat.rubric;

import java.util.Comparator;
import java.util.List;

/** The levels a competency is scored on, in ascending order (e.g. 1–5, 1–7, 0–4). */
public record RatingScale(List<ScaleLevel> levels) {

    /** The lowest level a scale may have: the central office takes no level outside {@value} to {@value #HIGHEST}. */
    public static final int LOWEST = 0;
    /** The highest level a scale may have. */
    public static final int HIGHEST = 10;

    public RatingScale {
        if (levels == null || levels.size() < 2) {
            throw new IllegalArgumentException("A rating scale needs at least two levels");
        }
        levels = levels.stream().sorted(Comparator.comparingInt(ScaleLevel::level)).toList();
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i).level() != levels.get(i - 1).level() + 1) {
                throw new IllegalArgumentException("Scale levels must be consecutive numbers");
            }
        }
    }

    public int lowest() {
        return levels.get(0).level();
    }

    public int highest() {
        return levels.get(levels.size() - 1).level();
    }
}
