package kz.suhbat.security;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import kz.suhbat.common.i18n.LocalizedText;

/**
 * The norms the office's commission cites in its protocols, one text per type of campaign (keyed by the
 * campaign type's name: COMPETITION, ATTESTATION, RESERVE, TRAINING), in Kazakh, Russian and English.
 * A type or language left empty prints the built-in text of the protocol's language.
 */
public record LegalBasis(Map<String, LocalizedText> byCampaignType) {

    public static final int TEXT_LIMIT = 2000;
    private static final Pattern TYPE = Pattern.compile("[A-Z_]{2,16}");

    public LegalBasis {
        Map<String, LocalizedText> kept = new TreeMap<>();
        byCampaignType.forEach((type, text) -> {
            if (type == null || !TYPE.matcher(type).matches() || text == null || text.kk().length() > TEXT_LIMIT
                    || text.ru().length() > TEXT_LIMIT || text.en().length() > TEXT_LIMIT) {
                throw new AccountException(AccountException.Reason.OFFICE_INVALID);
            }
            LocalizedText stripped = LocalizedText.of(text.kk().strip(), text.ru().strip(), text.en().strip());
            if (stripped.missingCount() < 3) {
                kept.put(type, stripped);
            }
        });
        byCampaignType = Map.copyOf(kept);
    }

    public static LegalBasis none() {
        return new LegalBasis(Map.of());
    }

    /** The office's own text for {@code campaignType}, all empty when it has none. */
    public LocalizedText of(String campaignType) {
        return byCampaignType.getOrDefault(campaignType, LocalizedText.of("", "", ""));
    }
}
