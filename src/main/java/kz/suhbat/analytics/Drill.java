package kz.suhbat.analytics;

import java.util.Optional;
import kz.suhbat.scoring.Outcome;

/**
 * The candidates behind one cell of a report: those of one group (every group when {@code group} is
 * empty) who received a decision ({@code outcome}, or any), a result on {@code competency}, a divergent
 * or agreed result on it, or a decision against the threshold.
 */
public record Drill(Kind kind, Dimension dimension, Optional<String> group, Optional<Outcome> outcome,
                    Optional<String> competency) {

    public enum Kind { DECIDED, RESULT, DIVERGENT, AGREED, AGAINST_THRESHOLD }

    public static Drill decided(Dimension dimension, String group, Outcome outcome) {
        return new Drill(Kind.DECIDED, dimension, Optional.ofNullable(group), Optional.ofNullable(outcome),
                Optional.empty());
    }

    public static Drill result(Dimension dimension, String group, String competency) {
        return new Drill(Kind.RESULT, dimension, Optional.ofNullable(group), Optional.empty(),
                Optional.of(competency));
    }

    public static Drill divergent(String competency) {
        return new Drill(Kind.DIVERGENT, Dimension.TYPE, Optional.empty(), Optional.empty(),
                Optional.of(competency));
    }

    public static Drill agreed(String competency) {
        return new Drill(Kind.AGREED, Dimension.TYPE, Optional.empty(), Optional.empty(), Optional.of(competency));
    }

    public static Drill againstThreshold(Dimension dimension, String group) {
        return new Drill(Kind.AGAINST_THRESHOLD, dimension, Optional.ofNullable(group), Optional.empty(),
                Optional.empty());
    }
}
