package kz.suhbat.campaign;

/** Where a campaign stands; each has a translated label {@code campaign.status.<NAME>}. */
public enum CampaignStatus {
    DRAFT, ACTIVE, CLOSED
}
