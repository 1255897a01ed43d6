package kz.suhbat.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.suhbat.app.Services;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignException;
import kz.suhbat.campaign.Post;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.results.CampaignResults;
import kz.suhbat.rubric.PositionProfile;
import kz.suhbat.rubric.ProfileCompetency;
import kz.suhbat.scoring.Results;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestCampaigns;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A competition for a managerial post and an executive one: each candidate is asked about, scored on
 * and measured against their own post's profile, its weights and its threshold.
 */
class PostProfilesTest {

    /** The executive candidate's levels, the same from every rater: the total is 3.00 on the executive weights. */
    private static final Map<String, Integer> LEVELS = Map.of("SRV", 4, "INF", 2, "ETH", 3, "STR", 3, "COO", 3,
            "DEV", 3);

    @TempDir
    Path temp;

    private TestOffice office;
    private Services services;
    private TestPanel panel;

    @BeforeEach
    void seat() {
        office = TestOffice.create(temp, new KeyDerivation(1_000));
        services = office.services();
        panel = TestPanel.seatForTwoPosts(office);
    }

    @AfterEach
    void close() {
        office.close();
    }

    private PositionProfile profile(String code) {
        return services.rubric().load(panel.campaign.frameworkId()).orElseThrow().profiles().stream()
                .filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<String> codes(PositionProfile profile) {
        return profile.competencies().stream().map(ProfileCompetency::competencyCode).toList();
    }

    @Test
    void eachCandidateIsAskedAboutTheCompetenciesOfTheirPostsProfile() {
        Interview manager = services.interviews().start(panel.sitting.id(), panel.candidates.get(0).id());
        Interview specialist = services.interviews().start(panel.sitting.id(), panel.candidates.get(1).id());
        List<String> managerial = services.interviews().guide(manager.id()).competencies().stream()
                .map(GuideCompetency::code).toList();
        List<String> executive = services.interviews().guide(specialist.id()).competencies().stream()
                .map(GuideCompetency::code).toList();
        assertEquals(codes(profile(TestCampaigns.MANAGERIAL)), managerial);
        assertEquals(codes(profile(TestCampaigns.EXECUTIVE)), executive);
        assertTrue(managerial.contains("LEA"));
        assertFalse(executive.contains("LEA"), "transformational leadership is not asked of a leading specialist");
        assertEquals(new BigDecimal("20"), services.interviews().guide(specialist.id()).competencies().get(0)
                .weight().stripTrailingZeros().setScale(0), "the executive profile's weight");
    }

    @Test
    void aPostWhoseCandidateWasInterviewedKeepsItsProfileWhileTheOtherMayChange() {
        services.interviews().start(panel.sitting.id(), panel.candidates.get(0).id());
        office.actAs(panel.secretary);
        Campaign campaign = panel.campaign;
        Post manager = campaign.posts().get(0);
        Post specialist = campaign.posts().get(1);
        CampaignException refused = assertThrows(CampaignException.class, () -> services.campaigns().update(
                campaign.withPosts(List.of(new Post(manager.id(), manager.name(), TestCampaigns.EXECUTIVE),
                        specialist))));
        assertEquals(CampaignException.Reason.POST_PROFILE_IN_USE, refused.reason());
        assertEquals(1, refused.args()[1], "one candidate of the post was interviewed");
        assertEquals(TestCampaigns.MANAGERIAL, services.campaigns().campaign(campaign.id()).orElseThrow().posts().get(0)
                .profileCode(), "nothing changed");

        Campaign renamed = services.campaigns().update(campaign.withPosts(List.of(
                new Post(manager.id(), LocalizedText.of("Бөлім басшысы", "Начальник отдела", ""),
                        TestCampaigns.MANAGERIAL),
                new Post(specialist.id(), specialist.name(), TestCampaigns.MANAGERIAL))));
        assertEquals(List.of(TestCampaigns.MANAGERIAL, TestCampaigns.MANAGERIAL),
                renamed.posts().stream().map(Post::profileCode).toList(),
                "a post may be renamed, and a post nobody was interviewed for may change its profile");
    }

    @Test
    void aLeadingSpecialistsTotalUsesTheExecutiveWeightsAndThreshold() {
        Interview specialist = services.interviews().start(panel.sitting.id(), panel.candidates.get(1).id());
        List<Rater> raters = services.interviews().raters(specialist.id());
        for (Rater rater : raters) {
            SheetKey key = services.scoring().unlock(specialist.id(), rater.memberId(),
                    TestOffice.PASSWORD.toCharArray());
            assertEquals(codes(profile(TestCampaigns.EXECUTIVE)), key.competencyCodes(), "the sheet's competencies");
            for (String code : key.competencyCodes()) {
                services.scoring().score(key, code, LEVELS.get(code));
                services.scoring().evidence(key, code, "Нақты мысал");
            }
            services.scoring().submit(key);
        }
        Results results = services.deliberation().deliberation(specialist.id()).results();
        // 4 × 20 % + 2 × 20 % + 3 × (15 + 15 + 15 + 15) % = 3.00: on the managerial profile it could not
        // even be computed (no leadership scored) and its threshold is 3.5
        assertEquals(0, new BigDecimal("3.00").compareTo(results.total()), results.total().toPlainString());
        assertEquals(0, profile(TestCampaigns.EXECUTIVE).passThreshold().compareTo(results.threshold()));
        assertEquals(0, new BigDecimal("3").compareTo(results.threshold()));
        assertTrue(results.reachesThreshold());

        CampaignResults campaign = services.results().results(panel.campaign.id());
        CampaignResults.Row row = campaign.rows().stream()
                .filter(r -> r.candidate().id() == panel.candidates.get(1).id()).findFirst().orElseThrow();
        assertEquals("Ведущий специалист", row.candidate().postName(Language.RU));
        assertEquals(0, new BigDecimal("3").compareTo(row.deliberation().orElseThrow().results().threshold()));
        List<String> columns = campaign.competencies().stream().map(GuideCompetency::code).toList();
        assertTrue(columns.containsAll(codes(profile(TestCampaigns.MANAGERIAL)))
                && columns.containsAll(codes(profile(TestCampaigns.EXECUTIVE))),
                "the results sheet has a column for every competency of either profile: " + columns);
    }
}
