package kz.suhbat.scoring;

import java.util.EnumSet;
import java.util.Set;
import kz.suhbat.campaign.CampaignType;

/**
 * What the panel decides about a candidate. A competition, a reserve selection and a training course
 * recommend or not; an attestation finds that the servant fits the post, or recommends promotion,
 * demotion or dismissal.
 */
public enum Outcome {
    RECOMMENDED, NOT_RECOMMENDED, FITS_POST, PROMOTION, DEMOTION, DISMISSAL;

    /** Whether it is in the candidate's favour: recommended, fits the post, or promotion. */
    public boolean favourable() {
        return this == RECOMMENDED || this == FITS_POST || this == PROMOTION;
    }

    /** The outcomes a panel may vote for in a campaign of {@code type}, in the order they are offered. */
    public static Set<Outcome> forType(CampaignType type) {
        return type == CampaignType.ATTESTATION ? EnumSet.of(FITS_POST, PROMOTION, DEMOTION, DISMISSAL)
                : EnumSet.of(RECOMMENDED, NOT_RECOMMENDED);
    }
}
