package kz.suhbat.analytics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import kz.suhbat.scoring.Outcome;

/** How many decided candidates of one group received each decision. */
public record OutcomeRow(Group group, Map<Outcome, Long> counts) {

    public OutcomeRow {
        EnumMap<Outcome, Long> copy = new EnumMap<>(Outcome.class);
        copy.putAll(counts);
        counts = Collections.unmodifiableMap(copy);
    }

    public long count(Outcome outcome) {
        return counts.getOrDefault(outcome, 0L);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The share of the group's decisions that were {@code outcome}, from 0 to 1. */
    public double share(Outcome outcome) {
        long total = total();
        return total == 0 ? 0 : (double) count(outcome) / total;
    }
}
