package kz.suhbat.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kz.suhbat.audit.AuditEntry;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.scoring.Score;
import kz.suhbat.security.Account;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whose hand each entry on a score sheet is in, on a real H2 file, with the secretary signed in on the
 * shared machine throughout: what a member types after unlocking their own sheet is the member's (in
 * the sheet's history and the audit trail); a transcribed paper sheet is confirmed only with the
 * member's own password; a transcription opened before the member starts typing reads nothing of it.
 */
class SheetAuthorshipTest {

    private static final char[] PASSWORD = TestOffice.PASSWORD.toCharArray();

    @TempDir
    Path temp;

    private TestOffice office;
    private TestPanel panel;
    private ScoringService scoring;
    private Interview interview;
    private List<String> codes;

    @BeforeEach
    void sitting() {
        office = TestOffice.create(temp, new KeyDerivation(1_000));
        panel = TestPanel.seat(office);
        scoring = office.services().scoring();
        interview = office.services().interviews().start(panel.sitting.id(), panel.candidates.get(0).id());
        codes = office.services().interviews().guide(interview.id()).competencies().stream()
                .map(GuideCompetency::code).toList();
    }

    @AfterEach
    void close() {
        office.close();
    }

    private PanelMember member(int index) {
        return panel.voting.get(index);
    }

    private Account account(int index) {
        return panel.memberAccounts.get(index);
    }

    private void fill(SheetKey key, int level) {
        for (String code : codes) {
            scoring.score(key, code, level);
            scoring.evidence(key, code, "Мысал");
        }
    }

    private Rater rater(int index) {
        return office.services().interviews().raters(interview.id()).stream()
                .filter(r -> r.memberId() == member(index).id()).findFirst().orElseThrow();
    }

    private List<AuditEntry> newest(String action) {
        office.actAsAdmin();
        List<AuditEntry> entries = office.services().audit().newest(500).stream()
                .filter(e -> e.action().equals(action)).toList();
        office.actAs(panel.secretary);
        return entries;
    }

    @Test
    void whatAMemberTypesOnTheSharedMachineIsTheMembersNotTheSecretarys() {
        SheetKey own = scoring.unlock(interview.id(), member(1).id(), PASSWORD);
        Score level = scoring.score(own, codes.get(0), 4);
        Score evidence = scoring.evidence(own, codes.get(0), "Бөлімді қайта құрды");
        Note note = scoring.note(own, codes.get(0), 0, "Нақты мысал келтірді");

        assertEquals(account(1).id(), level.enteredBy(), "the level is the member's");
        assertEquals(account(1).id(), evidence.enteredBy(), "so is the evidence");
        assertEquals(account(1).id(), note.writtenBy(), "and the note");
        assertFalse(level.transcribed());
        List<AuditEntry> entered = newest("interview.score");
        assertEquals(2, entered.size());
        assertTrue(entered.stream().allMatch(e -> e.actorId() == account(1).id()
                && e.actorLogin().equals(TestPanel.LOGINS[1])), "the audit trail names the member");
        assertTrue(newest("interview.note").stream().allMatch(e -> e.actorId() == account(1).id()));

        fill(own, 4);
        scoring.submit(own);
        assertEquals(account(1).id(), newest("interview.submit").get(0).actorId(), "the member submitted");
        for (int i : new int[] {0, 2, 3}) {
            SheetKey key = scoring.unlock(interview.id(), member(i).id(), PASSWORD);
            fill(key, 3);
            scoring.submit(key);
        }
        Deliberation revealed = office.services().deliberation().deliberation(interview.id());
        for (int i = 0; i < 4; i++) {
            int index = i;
            assertTrue(revealed.scores().stream().filter(s -> s.memberId() == member(index).id())
                    .allMatch(s -> s.enteredBy() == account(index).id()), "the sheet's history names its member");
        }
        assertEquals(SheetOrigin.MEMBER, revealed.origin(rater(1)));
    }

    @Test
    void aTranscribedSheetIsConfirmedOnlyWithItsMembersOwnPassword() {
        SheetKey paper = scoring.transcribe(interview.id(), member(3).id());
        scoring.score(paper, codes.get(0), 4);
        assertEquals(InterviewException.Reason.SHEET_INCOMPLETE, assertThrows(InterviewException.class,
                () -> scoring.countersign(paper, PASSWORD)).reason(), "an incomplete sheet is not confirmed");
        fill(paper, 4);
        int before = newest("interview.submit").size();

        assertEquals(InterviewException.Reason.WRONG_COUNTERSIGN, assertThrows(InterviewException.class,
                () -> scoring.countersign(paper, "the secretary's guess".toCharArray())).reason());
        Rater untouched = rater(3);
        assertFalse(untouched.countersigned(), "a wrong password stores nothing");
        assertFalse(untouched.submitted());
        assertEquals(before, newest("interview.submit").size(), "nor audits anything");

        assertTrue(scoring.sheet(paper).scores().stream().allMatch(Score::transcribed));

        ScoreSheet confirmed = scoring.countersign(paper, PASSWORD);
        assertTrue(confirmed.countersigned());
        assertTrue(confirmed.submitted(), "the confirmed sheet is submitted and locked");
        assertTrue(rater(3).countersigned());
        AuditEntry signed = newest("interview.submit").get(0);
        assertEquals(account(3).id(), signed.actorId(), "the confirmation is the member's own act");
        assertTrue(signed.after().contains("countersigned"), signed.after());
        assertEquals(InterviewException.Reason.ALREADY_COUNTERSIGNED, assertThrows(InterviewException.class,
                () -> scoring.countersign(paper, PASSWORD)).reason());
        assertEquals(InterviewException.Reason.SHEET_SUBMITTED, assertThrows(InterviewException.class,
                () -> scoring.score(paper, codes.get(0), 2)).reason(), "nothing changes after the confirmation");
    }

    @Test
    void theSecretaryAloneSubmitsATranscriptionOnlyAsNotConfirmed() {
        SheetKey paper = scoring.transcribe(interview.id(), member(2).id());
        fill(paper, 2);
        scoring.submit(paper);
        assertTrue(rater(2).submitted(), "the transcription still counts");
        assertFalse(rater(2).countersigned(), "but the secretary cannot confirm it alone");
        assertEquals(panel.secretary.id(), newest("interview.submit").get(0).actorId());

        SheetKey own = scoring.unlock(interview.id(), member(0).id(), PASSWORD);
        assertEquals(InterviewException.Reason.NOT_TRANSCRIBED, assertThrows(InterviewException.class,
                () -> scoring.countersign(own, PASSWORD)).reason(), "a member's own sheet needs no confirmation");
        fill(own, 4);
        scoring.submit(own);
        for (int i : new int[] {1, 3}) {
            SheetKey key = scoring.unlock(interview.id(), member(i).id(), PASSWORD);
            fill(key, 3);
            scoring.submit(key);
        }
        Deliberation revealed = office.services().deliberation().deliberation(interview.id());
        assertEquals(SheetOrigin.TRANSCRIBED_UNCONFIRMED, revealed.origin(rater(2)));
        assertEquals(SheetOrigin.MEMBER, revealed.origin(rater(0)));
        assertEquals(2, revealed.score(member(2).id(), codes.get(0)).orElseThrow().level(), "and counts");
    }

    @Test
    void aConfirmationCanFollowTheSecretarysSubmission() {
        SheetKey paper = scoring.transcribe(interview.id(), member(2).id());
        fill(paper, 3);
        scoring.submit(paper);
        assertTrue(scoring.countersign(paper, PASSWORD).countersigned(), "the member arrived later and confirmed");
    }

    @Test
    void aTranscriptionOpenedBeforeTheMemberStartsReadsNothingTheMemberEnters() {
        SheetKey paper = scoring.transcribe(interview.id(), member(1).id());
        scoring.score(paper, codes.get(0), 2);

        SheetKey own = scoring.unlock(interview.id(), member(1).id(), PASSWORD);
        scoring.score(own, codes.get(1), 5);
        scoring.evidence(own, codes.get(1), "Менің өз дәлелім");

        assertEquals(InterviewException.Reason.SHEET_IN_OTHER_HANDS, assertThrows(InterviewException.class,
                () -> scoring.sheet(paper)).reason(), "the transcription stops once the member has typed");
        assertEquals(InterviewException.Reason.SHEET_CLOSED, assertThrows(InterviewException.class,
                () -> scoring.sheet(paper)).reason(), "and its key stays closed");
        assertEquals(InterviewException.Reason.SHEET_CLOSED, assertThrows(InterviewException.class,
                () -> scoring.score(paper, codes.get(1), 1)).reason());
        assertEquals(5, scoring.sheet(own).score(codes.get(1)).orElseThrow().level(), "the member's entry stands");
    }

    @Test
    void aMembersOwnNoteAloneStopsATranscription() {
        SheetKey paper = scoring.transcribe(interview.id(), member(1).id());
        SheetKey own = scoring.unlock(interview.id(), member(1).id(), PASSWORD);
        scoring.note(own, codes.get(0), 0, "Жеке жазба");
        assertEquals(InterviewException.Reason.SHEET_IN_OTHER_HANDS, assertThrows(InterviewException.class,
                () -> scoring.score(paper, codes.get(0), 3)).reason());
        assertEquals(InterviewException.Reason.SHEET_IN_OTHER_HANDS, assertThrows(InterviewException.class,
                () -> scoring.transcribe(interview.id(), member(1).id())).reason());
    }
}
