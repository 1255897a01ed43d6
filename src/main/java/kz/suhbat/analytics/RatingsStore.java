package kz.suhbat.analytics;

import java.util.Optional;

/** The ratings of one campaign's finalised interviews, at the office or as imported at the central office. */
public interface RatingsStore {

    /** A campaign of this office, but never a training course: empty when there is none. */
    Optional<CampaignRatings> campaign(long campaignId);

    /** A campaign imported at the central office. */
    Optional<CampaignRatings> imported(long importedCampaignId);

    /** Whether {@code accountId} chairs the campaign's panel, or is its deputy chair. */
    boolean presides(long accountId, long campaignId);
}
