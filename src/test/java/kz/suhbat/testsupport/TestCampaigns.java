package kz.suhbat.testsupport;

import java.time.LocalDate;
import java.util.List;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignStatus;
import kz.suhbat.campaign.CampaignType;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.campaign.Post;
import kz.suhbat.campaign.Quorum;
import kz.suhbat.campaign.StateBody;
import kz.suhbat.common.i18n.KazakhLetters;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.security.Region;
import kz.suhbat.rubric.FrameworkSummary;

/** Campaigns and candidates as tests need them, on the built-in framework of a {@link TestOffice}. */
public final class TestCampaigns {

    /** Valid IINs (check digit included), for candidates of tests. */
    public static final List<String> IINS = List.of("870412300416", "920315450126", "010203500018",
            "780101400224", "991231350011", "650707301125", "850603401237", "931114450673");

    private TestCampaigns() {
    }

    /** The built-in framework's profiles for managerial and executive posts. */
    public static final String MANAGERIAL = "MGR-B";
    public static final String EXECUTIVE = "EXE-B";

    /** A competition for one post, "Бас маман" / "Главный специалист", on the built-in framework's first profile. */
    public static Campaign competition(TestOffice office, String title) {
        return competition(office, KazakhLetters.sorted(title));
    }

    public static Campaign competition(TestOffice office, LocalizedText title) {
        FrameworkSummary framework = office.services().rubric().list().get(0);
        String profile = office.services().rubric().load(framework.id()).orElseThrow().profiles().get(0).code();
        return competition(office, title, List.of(new Post(0, LocalizedText.of("Бас маман", "Главный специалист", ""),
                profile)));
    }

    /** A competition for a managerial post and an executive one, each on its profile, named in Kazakh and Russian. */
    public static Campaign twoPosts(TestOffice office, LocalizedText title) {
        return competition(office, title, List.of(
                new Post(0, LocalizedText.of("Бөлім басшысы", "Руководитель отдела", ""), MANAGERIAL),
                new Post(0, LocalizedText.of("Жетекші маман", "Ведущий специалист", ""), EXECUTIVE)));
    }

    public static Campaign competition(TestOffice office, String title, List<Post> posts) {
        return competition(office, KazakhLetters.sorted(title), posts);
    }

    public static Campaign competition(TestOffice office, LocalizedText title, List<Post> posts) {
        FrameworkSummary framework = office.services().rubric().list().get(0);
        return new Campaign(0, title, CampaignType.COMPETITION, posts,
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 1), "TST-01", Region.ASTANA, framework.id(),
                CampaignStatus.ACTIVE, Quorum.TWO_THIRDS, Campaign.DEFAULT_DIVERGENCE, StateBody.LOCAL);
    }

    /** {@code campaign} as a training course (the type a campaign keeps from its creation). */
    public static Campaign asTraining(Campaign campaign) {
        Campaign c = campaign;
        return new Campaign(c.id(), c.title(), CampaignType.TRAINING, c.posts(), c.opens(), c.closes(),
                c.officeCode(), c.region(), c.frameworkId(), c.status(), c.quorum(), c.divergenceSpread(), c.body());
    }

    /** A candidate for the campaign's first post. */
    public static Candidate candidate(Campaign campaign, String lastName, String firstName, String iin) {
        return candidate(campaign, campaign.posts().get(0), lastName, firstName, iin);
    }

    public static Candidate candidate(Campaign campaign, Post post, String lastName, String firstName, String iin) {
        return new Candidate(0, campaign.id(), lastName, firstName, "", iin, post);
    }
}
