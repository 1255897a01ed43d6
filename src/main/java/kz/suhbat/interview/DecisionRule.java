package kz.suhbat.interview;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The panel decides by open vote with a simple majority of the votes cast; when two outcomes tie for
 * the most votes, the chair's vote decides between them. Without a chair's vote among the tied ones
 * there is no decision, and the panel votes again.
 */
public final class DecisionRule {

    private DecisionRule() {
    }

    public static Optional<Outcome> decide(List<Vote> votes, Long chairMemberId) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        votes.forEach(v -> counts.merge(v.outcome(), 1, Integer::sum));
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Outcome> leading = counts.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey)
                .toList();
        if (leading.size() == 1) {
            return Optional.of(leading.get(0));
        }
        return votes.stream().filter(v -> chairMemberId != null && v.memberId() == chairMemberId)
                .map(Vote::outcome).filter(leading::contains).findFirst();
    }
}
