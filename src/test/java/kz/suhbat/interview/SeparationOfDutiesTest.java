package kz.suhbat.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kz.suhbat.audit.AuditEntry;
import kz.suhbat.campaign.CampaignException;
import kz.suhbat.panel.ConflictDeclaration;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.scoring.Outcome;
import kz.suhbat.scoring.Vote;
import kz.suhbat.security.AccessDeniedException;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The secretary keys the deliberation but decides nothing alone, on a real H2 file: a vote counts only
 * with its member's password or as transcribed from their signed paper sheet; an agreed level only for a
 * divergent competency or one the chair opened, with the chair's password; the deputy chair takes the
 * chair's part when the chair is absent; an interview starts only once every present voting member has
 * declared on conflicts of interest.
 */
class SeparationOfDutiesTest {

    private static final char[] PASSWORD = TestOffice.PASSWORD.toCharArray();
    private static final char[] GUESS = "the secretary's guess".toCharArray();

    @TempDir
    Path temp;

    private TestOffice office;
    private TestPanel panel;
    private DeliberationService deliberation;

    @BeforeEach
    void seat() {
        office = TestOffice.create(temp, new KeyDerivation(1_000));
        panel = TestPanel.seat(office);
        deliberation = office.services().deliberation();
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void aSecretaryAloneCannotRecordAVote() {
        Interview interview = panel.holdFirstInterviewToTheVote(office, "Мысал толық емес");
        long member = panel.voting.get(1).id();

        for (char[] attempt : List.of(GUESS, new char[0])) {
            assertEquals(InterviewException.Reason.NOT_CONFIRMED, assertThrows(InterviewException.class,
                    () -> deliberation.vote(interview.id(), member, Outcome.RECOMMENDED, "", attempt)).reason());
        }
        assertTrue(deliberation.deliberation(interview.id()).votes().isEmpty(), "a refused vote stores nothing");

        Deliberation voted = deliberation.vote(interview.id(), member, Outcome.NOT_RECOMMENDED, "Тәжірибесі аз",
                PASSWORD);
        Vote vote = voted.vote(member).orElseThrow();
        assertEquals(Outcome.NOT_RECOMMENDED, vote.outcome());
        assertFalse(vote.transcribed(), "confirmed on the screen, not transcribed");
        assertEquals(TestPanel.LOGINS[1], newest("interview.vote").actorLogin(),
                "the trail names the member who voted, not the secretary at the keyboard");
    }

    @Test
    void aPaperVoteSheetIsTranscribedAndMarkedSo() throws Exception {
        Interview interview = panel.holdFirstInterviewToTheVote(office, "Мысал толық емес");
        long member = office.services().interviews().raters(interview.id()).get(2).memberId();

        office.actAs(panel.memberAccounts.get(1));
        assertThrows(AccessDeniedException.class, () -> deliberation.transcribeVote(interview.id(), member,
                Outcome.RECOMMENDED, ""), "a member does not type in another member's paper vote");
        office.actAs(panel.secretary);
        Vote vote = deliberation.transcribeVote(interview.id(), member, Outcome.RECOMMENDED, "").vote(member)
                .orElseThrow();
        assertTrue(vote.transcribed());
        assertEquals("secretary", newest("interview.vote").actorLogin());

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new kz.suhbat.protocol.pdf.ProtocolPdf(kz.suhbat.common.i18n.Language.EN, java.time.ZoneOffset.ofHours(5))
                .write(office.services().protocols().protocol(panel.sitting.id()), out);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Recommended (transcribed from the signed paper vote sheet)"), text);
        }
    }

    @Test
    void aMemberWithoutAnAccountVotesOnlyOnPaper() {
        PanelMember unlinked = panel.voting.get(3);
        office.services().panels().updateMember(new PanelMember(unlinked.id(), unlinked.campaignId(),
                unlinked.fullName(), unlinked.role(), unlinked.affiliation(), unlinked.organisation(), null, null));
        Interview interview = office.services().interviews().start(panel.sitting.id(), panel.candidates.get(1).id());
        scoreEveryone(interview, 3);

        InterviewException refused = assertThrows(InterviewException.class, () -> deliberation.vote(interview.id(),
                unlinked.id(), Outcome.RECOMMENDED, "", PASSWORD));
        assertEquals(InterviewException.Reason.VOTE_ON_PAPER, refused.reason());
        assertEquals(unlinked.fullName(), refused.args()[0]);
        assertTrue(deliberation.transcribeVote(interview.id(), unlinked.id(), Outcome.RECOMMENDED, "")
                .vote(unlinked.id()).orElseThrow().transcribed());
    }

    @Test
    void aLevelIsAgreedOnlyWhereTheRatersDivergeOrTheChairOpenedIt() {
        Interview interview = office.services().interviews().start(panel.sitting.id(), panel.candidates.get(1).id());
        scoreEveryone(interview, 3);
        String code = deliberation.deliberation(interview.id()).results().competencies().get(0).competencyCode();

        assertEquals(InterviewException.Reason.NOT_OPEN_FOR_AGREEMENT, assertThrows(InterviewException.class,
                () -> deliberation.agree(interview.id(), code, 4, "Бірлесіп келісілді", PASSWORD)).reason(),
                "every rater gave 3: nothing diverges and the chair opened nothing");
        assertEquals(InterviewException.Reason.NOT_CONFIRMED, assertThrows(InterviewException.class,
                () -> deliberation.openForDiscussion(interview.id(), code, GUESS)).reason());
        assertFalse(deliberation.deliberation(interview.id()).results().competencies().get(0).discussed());

        Deliberation opened = deliberation.openForDiscussion(interview.id(), code, PASSWORD);
        assertTrue(opened.results().competencies().get(0).outcome().opened());
        assertEquals(TestPanel.LOGINS[0], newest("interview.discuss").actorLogin(), "opened by the chair");

        assertEquals(InterviewException.Reason.NOT_CONFIRMED, assertThrows(InterviewException.class,
                () -> deliberation.agree(interview.id(), code, 4, "Бірлесіп келісілді", GUESS)).reason(),
                "the secretary cannot agree a level alone");
        assertFalse(deliberation.deliberation(interview.id()).results().competencies().get(0).agreed());
        Deliberation agreed = deliberation.agree(interview.id(), code, 4, "Бірлесіп келісілді", PASSWORD);
        assertEquals(4, agreed.results().competencies().get(0).outcome().agreedLevel());
        assertEquals(TestPanel.LOGINS[0], newest("interview.agree").actorLogin(), "the chair confirmed it");
    }

    @Test
    void theDeputyChairBreaksATieWhenTheChairIsAbsent() {
        PanelMember deputy = panel.voting.get(1);
        office.services().panels().updateMember(new PanelMember(deputy.id(), deputy.campaignId(), deputy.fullName(),
                deputy.role(), deputy.affiliation(), deputy.organisation(), deputy.accountId(), null, true));
        office.services().panels().markPresent(panel.sitting.id(), panel.voting.get(0).id(), false);
        Interview interview = office.services().interviews().start(panel.sitting.id(), panel.candidates.get(1).id());
        scoreEveryone(interview, 3);

        List<Rater> raters = office.services().interviews().raters(interview.id());
        assertEquals(4, raters.size(), "the chair is absent");
        Deliberation voted = null;
        for (Rater rater : raters) {
            Outcome outcome = rater.memberId() == deputy.id() || rater.memberId() == panel.voting.get(2).id()
                    ? Outcome.NOT_RECOMMENDED : Outcome.RECOMMENDED;
            voted = deliberation.vote(interview.id(), rater.memberId(), outcome, "", PASSWORD);
        }
        assertEquals(deputy.id(), voted.presiding().orElseThrow().memberId());
        assertEquals(Outcome.NOT_RECOMMENDED, voted.decision().orElseThrow(), "two against two: the deputy's side");
        assertTrue(voted.gaps().isEmpty(), voted.gaps().toString());

        String code = voted.results().competencies().get(0).competencyCode();
        deliberation.openForDiscussion(interview.id(), code, PASSWORD);
        assertEquals(TestPanel.LOGINS[1], newest("interview.discuss").actorLogin(),
                "the deputy confirms the chair's part");
    }

    @Test
    void withNeitherChairNorDeputyATieStaysUndecidedAndTheGapSaysWhy() {
        office.services().panels().markPresent(panel.sitting.id(), panel.voting.get(0).id(), false);
        Interview interview = office.services().interviews().start(panel.sitting.id(), panel.candidates.get(1).id());
        scoreEveryone(interview, 3);
        List<Rater> raters = office.services().interviews().raters(interview.id());
        Deliberation voted = null;
        for (int r = 0; r < raters.size(); r++) {
            voted = deliberation.vote(interview.id(), raters.get(r).memberId(),
                    r % 2 == 0 ? Outcome.RECOMMENDED : Outcome.NOT_RECOMMENDED, "", PASSWORD);
        }
        assertTrue(voted.presiding().isEmpty());
        assertTrue(voted.decision().isEmpty(), "no one breaks the tie");
        assertTrue(voted.gaps().stream().anyMatch(g -> g.kind() == Gap.Kind.NO_PRESIDING), voted.gaps().toString());
        String code = voted.results().competencies().get(0).competencyCode();
        assertEquals(InterviewException.Reason.NOT_CHAIR, assertThrows(InterviewException.class,
                () -> deliberation.openForDiscussion(interview.id(), code, PASSWORD)).reason());
    }

    @Test
    void thePanelHasOneDeputyChairAtMostAndOnlyAMember() {
        PanelMember first = panel.voting.get(1);
        office.services().panels().updateMember(deputy(first));
        assertEquals(CampaignException.Reason.ONE_DEPUTY, assertThrows(CampaignException.class,
                () -> office.services().panels().updateMember(deputy(panel.voting.get(2)))).reason());
        assertEquals(CampaignException.Reason.DEPUTY_NOT_MEMBER, assertThrows(CampaignException.class,
                () -> office.services().panels().updateMember(deputy(panel.voting.get(0)))).reason());
        assertTrue(office.services().panels().members(panel.campaign.id()).stream()
                .filter(PanelMember::deputy).map(PanelMember::id).toList().equals(List.of(first.id())));
    }

    @Test
    void anInterviewDoesNotStartUntilEveryPresentVotingMemberHasDeclared() {
        office.close();
        office = TestOffice.create(temp.resolve("awaiting"), new KeyDerivation(1_000));
        panel = TestPanel.seatAwaitingDeclarations(office);
        long candidate = panel.candidates.get(1).id();
        InterviewException refused = assertThrows(InterviewException.class,
                () -> office.services().interviews().start(panel.sitting.id(), candidate));
        assertEquals(InterviewException.Reason.NOT_DECLARED, refused.reason());
        assertEquals(java.util.Set.of(TestPanel.VOTING), java.util.Set.of(((String) refused.args()[0]).split(", ")),
                "every voting member is named");

        for (int m = 0; m < 4; m++) {
            office.services().panels().declare(new ConflictDeclaration(panel.voting.get(m).id(), candidate, false, ""));
        }
        refused = assertThrows(InterviewException.class,
                () -> office.services().interviews().start(panel.sitting.id(), candidate));
        assertEquals(TestPanel.VOTING[4], refused.args()[0], "only who has not declared is named");
        assertTrue(office.services().interviews().interviews(panel.sitting.id()).isEmpty(), "nothing started");

        office.services().panels().markPresent(panel.sitting.id(), panel.voting.get(4).id(), false);
        Interview started = office.services().interviews().start(panel.sitting.id(), candidate);
        assertEquals(4, office.services().interviews().raters(started.id()).size(),
                "a member who is absent declares nothing and does not score");
    }

    private static PanelMember deputy(PanelMember member) {
        return new PanelMember(member.id(), member.campaignId(), member.fullName(), member.role(),
                member.affiliation(), member.organisation(), member.accountId(), null, true);
    }

    /** Every rater opens their own sheet with their password, scores {@code level} everywhere and submits. */
    private void scoreEveryone(Interview interview, int level) {
        ScoringService scoring = office.services().scoring();
        for (Rater rater : office.services().interviews().raters(interview.id())) {
            SheetKey key = rater.accountId() == null ? scoring.transcribe(interview.id(), rater.memberId())
                    : scoring.unlock(interview.id(), rater.memberId(), PASSWORD);
            for (GuideCompetency competency : office.services().interviews().guide(interview.id()).competencies()) {
                scoring.score(key, competency.code(), level);
                scoring.evidence(key, competency.code(), "Мысал");
            }
            scoring.submit(key);
            scoring.close(key);
        }
    }

    /** The newest entry of the trail with {@code action}, read as the administrator; back to the secretary. */
    private AuditEntry newest(String action) {
        office.actAsAdmin();
        AuditEntry entry = office.services().audit().newest(50).stream().filter(e -> e.action().equals(action))
                .findFirst().orElseThrow();
        office.actAs(panel.secretary);
        return entry;
    }
}
