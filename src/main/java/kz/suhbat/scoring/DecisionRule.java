package kz.suhbat.scoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The panel decides by open vote. An outcome is decided when it has more than half of the votes of the
 * voting members taking part (the raters: present and not recused). When every one of them has voted,
 * for two outcomes only, and the two tie, the vote of whoever presides decides: the chair, or the deputy
 * chair when the chair is absent or recused. Otherwise there is no decision, and the panel votes again:
 * 2-1-1-1 among five decides nothing.
 */
public final class DecisionRule {

    private DecisionRule() {
    }

    /** {@code presidingMemberId}: the chair, or the deputy in their absence; null when neither takes part. */
    public static Optional<Outcome> decide(List<Vote> votes, int voters, Long presidingMemberId) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        votes.forEach(v -> counts.merge(v.outcome(), 1, Integer::sum));
        Optional<Outcome> majority = counts.entrySet().stream().filter(e -> 2 * e.getValue() > voters)
                .map(Map.Entry::getKey).findFirst();
        if (majority.isPresent()) {
            return majority;
        }
        boolean twoTied = votes.size() == voters && counts.size() == 2
                && counts.values().stream().distinct().count() == 1;
        if (!twoTied) {
            return Optional.empty();
        }
        return votes.stream().filter(v -> presidingMemberId != null && v.memberId() == presidingMemberId)
                .map(Vote::outcome).findFirst();
    }
}
