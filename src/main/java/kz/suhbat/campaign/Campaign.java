package kz.suhbat.campaign;

import java.time.LocalDate;
import java.util.List;
import kz.suhbat.security.Region;

/**
 * A competition, attestation, reserve selection or training course: its posts, dates, the office that
 * runs it, the position profile its candidates are assessed against (a profile of a framework version),
 * its status, and the quorum its panel needs (a fraction of the voting members, two thirds unless set).
 */
public record Campaign(long id, String title, CampaignType type, List<String> posts, LocalDate opens,
                       LocalDate closes, String officeCode, Region region, long frameworkId, String profileCode,
                       CampaignStatus status, Quorum quorum) {

    public Campaign {
        posts = List.copyOf(posts);
    }

    public Campaign withId(long newId) {
        return new Campaign(newId, title, type, posts, opens, closes, officeCode, region, frameworkId, profileCode,
                status, quorum);
    }

    public Campaign withStatus(CampaignStatus newStatus) {
        return new Campaign(id, title, type, posts, opens, closes, officeCode, region, frameworkId, profileCode,
                newStatus, quorum);
    }
}
