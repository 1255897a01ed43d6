package kz.suhbat.analytics;

import java.util.List;
import java.util.Map;
import kz.suhbat.analytics.stats.RaterEffects;
import kz.suhbat.common.i18n.LocalizedText;

/**
 * A campaign's rater statistics: how its panel agreed per competency, and each member's leniency or
 * severity, spread, halo and agreement with the others over every competency, with the flags a chair
 * should read.
 */
public record RaterStatistics(LocalizedText title, int candidates, List<CompetencyAgreement> competencies,
                              RaterEffects raters, Map<String, String> names) {

    public RaterStatistics {
        competencies = List.copyOf(competencies);
        names = Map.copyOf(names);
    }

    /** A rater's name; the id when the panel no longer lists them. */
    public String name(String rater) {
        return names.getOrDefault(rater, rater);
    }
}
