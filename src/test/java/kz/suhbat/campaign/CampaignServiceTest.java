package kz.suhbat.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.suhbat.campaign.file.CandidateRow;
import kz.suhbat.common.i18n.KazakhLetters;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.security.Account;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.TestCampaigns;
import kz.suhbat.testsupport.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The secretary's campaigns and candidates, in a real H2 file, seen by each role. */
class CampaignServiceTest {

    @TempDir
    Path temp;

    private TestOffice office;
    private CampaignService campaigns;
    private Account secretary;
    private Account member;

    @BeforeEach
    void office() {
        office = TestOffice.create(temp);
        secretary = office.addAccount("secretary", "Айгерім Жұмабаева", Role.SECRETARY);
        member = office.addAccount("member", "Бауыржан Оспанов", Role.MEMBER);
        campaigns = office.services().campaigns();
        office.actAs(secretary);
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void aCampaignIsCheckedStoredAndFiltered() {
        Campaign draft = TestCampaigns.competition(office, "Главный специалист ЦОН");
        assertEquals(CampaignException.Reason.DATES_INVALID, assertThrows(CampaignException.class,
                () -> campaigns.create(new Campaign(0, draft.title(), draft.type(), draft.posts(), draft.closes(),
                        draft.opens(), draft.officeCode(), draft.region(), draft.frameworkId(),
                        draft.status(), draft.quorum(), 2, draft.body()))).reason());
        assertEquals(CampaignException.Reason.POST_PROFILE_MISSING, assertThrows(CampaignException.class,
                () -> campaigns.create(draft.withPosts(List.of(new Post(0, KazakhLetters.sorted("Маман"), "NO-SUCH"))))).reason());
        assertEquals(CampaignException.Reason.POST_DUPLICATE, assertThrows(CampaignException.class,
                () -> campaigns.create(draft.withPosts(List.of(new Post(0, KazakhLetters.sorted("Маман"), TestCampaigns.EXECUTIVE),
                        new Post(0, KazakhLetters.sorted(" маман "), TestCampaigns.MANAGERIAL))))).reason());
        assertEquals(CampaignException.Reason.POST_DUPLICATE, assertThrows(CampaignException.class,
                () -> campaigns.create(draft.withPosts(List.of(
                        new Post(0, LocalizedText.of("Бас маман", "Главный специалист", ""), TestCampaigns.EXECUTIVE),
                        new Post(0, LocalizedText.of("Бас  маман", "Главный эксперт", ""), TestCampaigns.MANAGERIAL)))))
                .reason(), "two posts with one Kazakh name, though their Russian names differ");
        assertEquals(CampaignException.Reason.TITLE_MISSING, assertThrows(CampaignException.class,
                () -> campaigns.create(new Campaign(0, LocalizedText.of("", "", "Competition"), draft.type(),
                        draft.posts(), draft.opens(), draft.closes(), draft.officeCode(), draft.region(),
                        draft.frameworkId(), draft.status(), draft.quorum(), 2, draft.body()))).reason(),
                "a title in English alone names nothing in an office");
        assertEquals(CampaignException.Reason.POSTS_MISSING, assertThrows(CampaignException.class,
                () -> campaigns.create(draft.withPosts(List.of(new Post(0, LocalizedText.of("", "", "Specialist"),
                        TestCampaigns.EXECUTIVE))))).reason());
        Campaign stored = campaigns.create(draft);
        Campaign attestation = campaigns.create(new Campaign(0, KazakhLetters.sorted("Аттестация"), CampaignType.ATTESTATION,
                List.of(new Post(0, KazakhLetters.sorted("Руководитель отдела"), TestCampaigns.MANAGERIAL)), LocalDate.of(2027, 5, 1),
                LocalDate.of(2027, 5, 30), "TST-01", draft.region(), draft.frameworkId(), CampaignStatus.DRAFT,
                new Quorum(1, 2), 2, StateBody.CENTRAL));

        assertEquals(stored, campaigns.campaign(stored.id()).orElseThrow());
        assertEquals(List.of(attestation), campaigns.list(new CampaignFilter(Optional.of(CampaignType.ATTESTATION),
                Optional.empty(), Optional.empty())).stream().map(CampaignSummary::campaign).toList());
        assertEquals(List.of(stored), campaigns.list(new CampaignFilter(Optional.empty(), Optional.of("TST-01"),
                Optional.of(CampaignStatus.ACTIVE))).stream().map(CampaignSummary::campaign).toList());
        assertEquals(2, office.services().campaigns().list(CampaignFilter.ALL).size());
    }

    @Test
    void whatTheCentralOfficeCannotKeepIsRefusedAtEntryWithItsMessage() {
        Campaign draft = TestCampaigns.competition(office, "Конкурс");
        LocalizedText longTitle = LocalizedText.of("Конкурс", "К".repeat(Campaign.TITLE_LIMIT + 1), "");
        CampaignException title = assertThrows(CampaignException.class, () -> campaigns.create(new Campaign(0,
                longTitle, draft.type(), draft.posts(), draft.opens(), draft.closes(), draft.officeCode(),
                draft.region(), draft.frameworkId(), draft.status(), draft.quorum(), 2, draft.body())));
        assertEquals(CampaignException.Reason.TITLE_TOO_LONG, title.reason());
        assertEquals("The title is longer than 300 characters in one of its languages; the central office keeps "
                + "at most 300. Shorten it.", kz.suhbat.campaign.ui.CampaignErrors.text(title,
                new kz.suhbat.common.i18n.I18n(kz.suhbat.common.i18n.Language.EN)));
        assertEquals(CampaignException.Reason.POST_TOO_LONG, assertThrows(CampaignException.class,
                () -> campaigns.create(draft.withPosts(List.of(new Post(0, LocalizedText.of("М".repeat(301), "Маман",
                        ""), TestCampaigns.EXECUTIVE))))).reason());
        Campaign campaign = campaigns.create(new Campaign(0, LocalizedText.of("Т".repeat(Campaign.TITLE_LIMIT), "", ""),
                draft.type(), draft.posts(), draft.opens(), draft.closes(), draft.officeCode(), draft.region(),
                draft.frameworkId(), draft.status(), draft.quorum(), 2, draft.body()));
        assertEquals(CampaignException.Reason.NAME_TOO_LONG, assertThrows(CampaignException.class,
                () -> campaigns.addCandidate(TestCampaigns.candidate(campaign, "Е".repeat(Candidate.NAME_LIMIT + 1),
                        "Ғалым", TestCampaigns.IINS.get(0)))).reason());
        assertEquals(1, campaigns.list(CampaignFilter.ALL).size(), "only the campaign within the limits is kept");
    }

    @Test
    void aWrongOrRepeatedIinIsRefusedWithItsReason() {
        Campaign campaign = campaigns.create(TestCampaigns.competition(office, "Конкурс"));
        CampaignException wrong = assertThrows(CampaignException.class, () -> campaigns.addCandidate(
                TestCampaigns.candidate(campaign, "Ержанов", "Ғалым", "870412300415")));
        assertEquals(CampaignException.Reason.IIN_INVALID, wrong.reason());
        assertEquals("CHECK_DIGIT", wrong.args()[0]);
        campaigns.addCandidate(TestCampaigns.candidate(campaign, "Ержанов", "Ғалым", TestCampaigns.IINS.get(0)));
        assertEquals(CampaignException.Reason.IIN_TAKEN, assertThrows(CampaignException.class,
                () -> campaigns.addCandidate(TestCampaigns.candidate(campaign, "Басқа", "Адам",
                        TestCampaigns.IINS.get(0)))).reason());
    }

    @Test
    void onlyTheSecretarySeesTheIinInFullAndKazakhLettersSurviveStorage() {
        Campaign campaign = campaigns.create(TestCampaigns.competition(office, "Конкурс"));
        String name = "Әбілқасымова Ғалия Құрманғазықызы Ңөұүһі";
        campaigns.addCandidate(new Candidate(0, campaign.id(), "Әбілқасымова", "Ғалия", "Құрманғазықызы Ңөұүһі",
                TestCampaigns.IINS.get(1), campaign.posts().get(0)));
        Candidate seenBySecretary = campaigns.candidates(campaign.id()).get(0);
        assertEquals(name, seenBySecretary.fullName());
        assertEquals(TestCampaigns.IINS.get(1), seenBySecretary.iin());
        office.services().panels().addMember(new kz.suhbat.panel.PanelMember(0, campaign.id(), "Оспанов Бауыржан",
                kz.suhbat.panel.PanelRole.MEMBER, kz.suhbat.panel.Affiliation.STATE_BODY,
                LocalizedText.of("Агенттік", "Агентство", ""), member.id(), null));
        office.actAs(member);
        assertEquals("••••••••0126", campaigns.candidates(campaign.id()).get(0).iin());
        office.actAsAdmin();
        assertEquals("••••••••0126", campaigns.candidates(campaign.id()).get(0).iin());
    }

    @Test
    void anImportStoresEveryRowOrNone() {
        Campaign campaign = campaigns.create(TestCampaigns.competition(office, "Конкурс"));
        campaigns.addCandidate(TestCampaigns.candidate(campaign, "Ержанов", "Ғалым", TestCampaigns.IINS.get(0)));
        List<CandidateRow> clashing = List.of(
                new CandidateRow(2, "Мұқанов", "Дәурен", "", TestCampaigns.IINS.get(2), campaign.posts().get(0)),
                new CandidateRow(3, "Иванов", "Сергей", "", TestCampaigns.IINS.get(0), campaign.posts().get(0)));
        assertThrows(CampaignException.class, () -> campaigns.importCandidates(campaign.id(), clashing));
        assertEquals(1, campaigns.candidates(campaign.id()).size(), "nothing of the refused import is stored");

        assertEquals(2, campaigns.importCandidates(campaign.id(), List.of(clashing.get(0),
                new CandidateRow(3, "Иванов", "Сергей", "", TestCampaigns.IINS.get(3), campaign.posts().get(0)))));
        assertEquals(3, campaigns.candidates(campaign.id()).size());
        office.actAsAdmin();
        assertTrue(office.services().audit().newest(1).get(0).action().equals("candidate.add"));
    }

    @Test
    void aClosedCampaignKeepsItsCandidates() {
        Campaign campaign = campaigns.create(TestCampaigns.competition(office, "Конкурс"));
        Candidate candidate = campaigns.addCandidate(TestCampaigns.candidate(campaign, "Ержанов", "Ғалым",
                TestCampaigns.IINS.get(0)));
        campaigns.update(campaign.withStatus(CampaignStatus.CLOSED));
        assertEquals(CampaignException.Reason.CLOSED, assertThrows(CampaignException.class,
                () -> campaigns.removeCandidate(candidate.id())).reason());
        assertEquals(1, campaigns.candidates(campaign.id()).size());
    }
}
