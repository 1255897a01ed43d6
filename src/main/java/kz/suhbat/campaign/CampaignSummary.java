package kz.suhbat.campaign;

/** A campaign as its list shows it, with the number of its candidates. */
public record CampaignSummary(Campaign campaign, int candidates) {
}
