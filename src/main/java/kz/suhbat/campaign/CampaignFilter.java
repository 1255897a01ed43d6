package kz.suhbat.campaign;

import java.util.Optional;

/** What the campaign list is narrowed to: a type, an office, a status, each optional. */
public record CampaignFilter(Optional<CampaignType> type, Optional<String> officeCode,
                             Optional<CampaignStatus> status) {

    public static final CampaignFilter ALL = new CampaignFilter(Optional.empty(), Optional.empty(), Optional.empty());

    public boolean accepts(Campaign campaign) {
        return type.map(t -> t == campaign.type()).orElse(true)
                && officeCode.map(o -> o.equals(campaign.officeCode())).orElse(true)
                && status.map(s -> s == campaign.status()).orElse(true);
    }
}
