package kz.suhbat.analytics;

import java.util.List;
import java.util.Map;
import kz.suhbat.analytics.stats.Rating;
import kz.suhbat.analytics.stats.Scale;
import kz.suhbat.common.i18n.LocalizedText;

/**
 * The levels a campaign's panel gave in its finalised interviews: one rating per member, candidate and
 * competency (the level the member's sheet ended on), the panel members' names by id, the competencies
 * in their order, and the framework's scale (at the central office, the lowest to the highest level in
 * the package, which does not carry the scale).
 */
public record CampaignRatings(LocalizedText title, Scale scale, List<Rating> ratings, Map<String, String> raters,
                              List<Competency> competencies) {

    public CampaignRatings {
        ratings = List.copyOf(ratings);
        raters = Map.copyOf(raters);
        competencies = List.copyOf(competencies);
    }
}
