package kz.suhbat.campaign;

import java.time.LocalDate;
import java.util.List;
import kz.suhbat.security.Region;

/**
 * A competition, attestation, reserve selection or training course: its posts, dates, the office that
 * runs it, the position profile its candidates are assessed against (a profile of a framework version),
 * its status, the quorum its panel needs (a fraction of the voting members, two thirds unless set), and
 * the spread of raters' levels at which a competency is flagged for discussion (two unless set).
 */
public record Campaign(long id, String title, CampaignType type, List<String> posts, LocalDate opens,
                       LocalDate closes, String officeCode, Region region, long frameworkId, String profileCode,
                       CampaignStatus status, Quorum quorum, int divergenceSpread) {

    public static final int DEFAULT_DIVERGENCE = 2;

    public Campaign {
        posts = List.copyOf(posts);
    }

    public Campaign withId(long newId) {
        return new Campaign(newId, title, type, posts, opens, closes, officeCode, region, frameworkId, profileCode,
                status, quorum, divergenceSpread);
    }

    public Campaign withStatus(CampaignStatus newStatus) {
        return new Campaign(id, title, type, posts, opens, closes, officeCode, region, frameworkId, profileCode,
                newStatus, quorum, divergenceSpread);
    }
}
