package kz.suhbat.analytics;

import java.util.Optional;

/** The ratings of one campaign's finalised interviews, at the office or as imported at the central office. */
public interface RatingsStore {

    /** A campaign of this office, but never a training course: empty when there is none. */
    Optional<CampaignRatings> campaign(long campaignId);

    /** A campaign imported at the central office. */
    Optional<CampaignRatings> imported(long importedCampaignId);

    /**
     * The imported campaigns {@code filter} keeps by their type, region and office (its other values
     * describe candidates, not campaigns, and are not applied), with their offices' names.
     */
    java.util.List<ImportedPanel> importedPanels(ReportFilter filter);

    /** Whether {@code accountId} chairs the campaign's panel, or is its deputy chair. */
    boolean presides(long accountId, long campaignId);
}
