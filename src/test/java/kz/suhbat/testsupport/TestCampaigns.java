package kz.suhbat.testsupport;

import java.time.LocalDate;
import java.util.List;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignStatus;
import kz.suhbat.campaign.CampaignType;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.campaign.Quorum;
import kz.suhbat.security.Region;
import kz.suhbat.rubric.FrameworkSummary;

/** Campaigns and candidates as tests need them, on the built-in framework of a {@link TestOffice}. */
public final class TestCampaigns {

    /** Valid IINs (check digit included), for candidates of tests. */
    public static final List<String> IINS = List.of("870412300416", "920315450126", "010203500018",
            "780101400224", "991231350011", "650707301125", "850603401237", "931114450673");

    private TestCampaigns() {
    }

    public static Campaign competition(TestOffice office, String title) {
        FrameworkSummary framework = office.services().rubric().list().get(0);
        String profile = office.services().rubric().load(framework.id()).orElseThrow().profiles().get(0).code();
        return new Campaign(0, title, CampaignType.COMPETITION, List.of("Главный специалист"),
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 1), "TST-01", Region.ASTANA, framework.id(), profile,
                CampaignStatus.ACTIVE, Quorum.TWO_THIRDS, Campaign.DEFAULT_DIVERGENCE);
    }

    public static Candidate candidate(long campaignId, String lastName, String firstName, String iin) {
        return new Candidate(0, campaignId, lastName, firstName, "", iin, "Главный специалист");
    }
}
