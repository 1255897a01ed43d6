package kz.suhbat.analytics.stats;

import java.util.List;

/** Everything measured about one rater in a campaign, and the flags clear enough to show. */
public record RaterProfile(String rater, int ratings, Leniency leniency, Spread spread, Halo halo,
                           PanelAgreement agreement, List<RaterFlag> flags) {

    public RaterProfile {
        flags = List.copyOf(flags);
    }

    public boolean flagged(FlagReason reason) {
        return flags.stream().anyMatch(flag -> flag.reason() == reason);
    }
}
