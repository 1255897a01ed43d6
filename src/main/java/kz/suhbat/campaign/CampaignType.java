package kz.suhbat.campaign;

/** What a campaign selects for; each has a translated label {@code campaign.type.<NAME>}. */
public enum CampaignType {
    /** A competition for vacant posts. */
    COMPETITION,
    /** Attestation of serving civil servants. */
    ATTESTATION,
    /** Selection into the personnel reserve. */
    RESERVE,
    /** A training course: mock interviews and rater calibration, never real results. */
    TRAINING
}
