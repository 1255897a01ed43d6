package kz.suhbat.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kz.suhbat.audit.AuditEntry;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.interview.GuideCompetency;
import kz.suhbat.interview.Interview;
import kz.suhbat.interview.InterviewException;
import kz.suhbat.scoring.Outcome;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The members' devices of an open sitting, on a real H2 file, with the secretary signed in on the laptop
 * throughout: a member signs in with their own password and reaches their own sheet only; entries are
 * stored as the member's and an entry sent twice is stored once; the reveal and the vote follow the
 * shared screen's rules; stopping the devices ends every session.
 */
class RoomDeskTest {

    private static final char[] PASSWORD = TestOffice.PASSWORD.toCharArray();

    @TempDir
    Path temp;

    private TestOffice office;
    private TestPanel panel;
    private RoomDesk desk;

    @BeforeEach
    void sitting() {
        office = TestOffice.create(temp, new KeyDerivation(1_000));
        panel = TestPanel.seat(office);
        desk = office.services().room().open(panel.sitting.id());
    }

    @AfterEach
    void close() {
        office.close();
    }

    private DeviceSession signIn(int member) {
        return desk.signIn(TestPanel.LOGINS[member], PASSWORD, Language.RU);
    }

    private Interview start(int candidate) {
        return office.services().interviews().start(panel.sitting.id(), panel.candidates.get(candidate).id());
    }

    private List<String> codes(Interview interview) {
        return office.services().interviews().guide(interview.id()).competencies().stream()
                .map(GuideCompetency::code).toList();
    }

    private void fill(DeviceSession session, Interview interview, int level) {
        for (String code : codes(interview)) {
            desk.enter(session, interview.id(), SheetEntry.parse("level:" + code, String.valueOf(level)));
            desk.enter(session, interview.id(), SheetEntry.parse("evidence:" + code, "Нақты мысал келтірді"));
        }
    }

    private long audited(String action) {
        office.actAsAdmin();
        long count = office.services().audit().newest(10_000).stream().map(AuditEntry::action)
                .filter(action::equals).count();
        office.actAs(panel.secretary);
        return count;
    }

    @Test
    void aMemberSignsInWithTheirOwnPasswordOnly() {
        RoomException wrong = assertThrows(RoomException.class,
                () -> desk.signIn(TestPanel.LOGINS[1], "guess".toCharArray(), Language.KK));
        assertEquals(RoomException.Reason.WRONG_PASSWORD, wrong.reason());
        RoomException unknown = assertThrows(RoomException.class,
                () -> desk.signIn("nobody", PASSWORD, Language.KK));
        assertEquals(RoomException.Reason.WRONG_PASSWORD, unknown.reason(), "an unknown login looks the same");
        RoomException observer = assertThrows(RoomException.class,
                () -> desk.signIn("analyst", PASSWORD, Language.KK));
        assertEquals(RoomException.Reason.NOT_ON_PANEL, observer.reason(), "an analyst does not sit on the panel");

        RoomException.Reason last = null;
        for (int attempt = 0; attempt < 10 && last != RoomException.Reason.WAIT; attempt++) {
            last = assertThrows(RoomException.class,
                    () -> desk.signIn(TestPanel.LOGINS[3], "guess".toCharArray(), Language.KK)).reason();
        }
        assertEquals(RoomException.Reason.WAIT, last, "wrong passwords are slowed down as in the window");
        assertEquals(RoomException.Reason.WAIT, assertThrows(RoomException.class,
                () -> desk.signIn(TestPanel.LOGINS[3], PASSWORD, Language.KK)).reason(),
                "even the right password waits its turn");

        DeviceSession session = signIn(1);
        assertEquals(TestPanel.VOTING[1], session.memberName());
        assertTrue(desk.session(session.token()).isPresent());
        assertFalse(desk.session("forged").isPresent());
        assertEquals(1, audited("devices.signIn"), "the sign-in from a device is in the audit trail");
    }

    @Test
    void aMembersDeviceShowsTheirOwnSheetOfTheCurrentCandidateAndStoresEachEntryOnce() {
        DeviceSession member = signIn(1);
        assertInstanceOf(MemberScreen.Waiting.class, desk.screen(member), "nothing to score before the start");
        Interview interview = start(1);
        MemberScreen.Scoring scoring = assertInstanceOf(MemberScreen.Scoring.class, desk.screen(member));
        assertEquals(interview.id(), scoring.guide().interview().id());
        String code = codes(interview).get(0);

        long before = audited("interview.score");
        desk.enter(member, interview.id(), SheetEntry.parse("level:" + code, "3"));
        desk.enter(member, interview.id(), SheetEntry.parse("level:" + code, "3"));
        desk.enter(member, interview.id(), SheetEntry.parse("evidence:" + code, "Бөлімді қайта құрды"));
        desk.enter(member, interview.id(), SheetEntry.parse("evidence:" + code, "Бөлімді қайта құрды"));
        desk.enter(member, interview.id(), SheetEntry.parse("note:" + code + ":0", "Мысал келтірді"));
        desk.enter(member, interview.id(), SheetEntry.parse("note:" + code + ":0", "Мысал келтірді"));
        assertEquals(before + 2, audited("interview.score"), "a value sent again is not stored again");

        MemberScreen.Scoring after = (MemberScreen.Scoring) desk.screen(member);
        assertEquals(3, after.sheet().score(code).orElseThrow().level());
        assertEquals(panel.memberAccounts.get(1).id(), after.sheet().score(code).orElseThrow().enteredBy(),
                "the entry is the member's own, not the signed-in secretary's");
        assertEquals("Мысал келтірді", after.sheet().notes().get(0).text());

        DeviceSession other = signIn(2);
        MemberScreen.Scoring othersSheet = (MemberScreen.Scoring) desk.screen(other);
        assertTrue(othersSheet.sheet().scores().isEmpty(), "another member sees nothing of this member's sheet");
        assertEquals(RoomException.Reason.UNKNOWN_FIELD, assertThrows(RoomException.class,
                () -> desk.enter(member, interview.id(), SheetEntry.parse("level:NOPE", "3"))).reason());
        assertEquals(RoomException.Reason.UNKNOWN_FIELD, assertThrows(RoomException.class,
                () -> SheetEntry.parse("score:" + code, "3")).reason());
    }

    @Test
    void theRevealAndTheVoteFollowTheSharedScreensRules() {
        Interview interview = start(0);
        DeviceSession[] members = {signIn(0), signIn(1), signIn(2), signIn(3)};
        fill(members[0], interview, 3);
        desk.submit(members[0], interview.id());
        MemberScreen.Submitted waiting = assertInstanceOf(MemberScreen.Submitted.class, desk.screen(members[0]));
        assertEquals(1, waiting.submitted());
        assertEquals(4, waiting.raters(), "the recused member does not score the first candidate");
        assertEquals(InterviewException.Reason.NOT_REVEALED, assertThrows(InterviewException.class,
                () -> desk.vote(members[0], interview.id(), Outcome.RECOMMENDED, "", PASSWORD)).reason(),
                "no vote before every sheet is in");
        assertEquals(InterviewException.Reason.SHEET_SUBMITTED, assertThrows(InterviewException.class,
                () -> desk.enter(members[0], interview.id(),
                        SheetEntry.parse("level:" + codes(interview).get(0), "5"))).reason());
        desk.enter(members[0], interview.id(), SheetEntry.parse("level:" + codes(interview).get(0), "3"));

        DeviceSession fifth = signIn(4);
        assertInstanceOf(MemberScreen.Waiting.class, desk.screen(fifth), "the recused member has nothing to score");
        assertEquals(InterviewException.Reason.NOT_A_RATER, assertThrows(InterviewException.class,
                () -> desk.enter(fifth, interview.id(), SheetEntry.parse("level:" + codes(interview).get(0), "3")))
                .reason(), "nor can they send entries for the candidate");

        for (int i = 1; i < 4; i++) {
            fill(members[i], interview, 4);
            desk.submit(members[i], interview.id());
        }
        MemberScreen.Voting voting = assertInstanceOf(MemberScreen.Voting.class, desk.screen(members[1]));
        assertTrue(voting.outcomes().contains(Outcome.RECOMMENDED));
        assertEquals(InterviewException.Reason.NOT_CONFIRMED, assertThrows(InterviewException.class,
                () -> desk.vote(members[1], interview.id(), Outcome.RECOMMENDED, "", "guess".toCharArray())).reason());
        desk.vote(members[1], interview.id(), Outcome.NOT_RECOMMENDED, "Тәжірибесі жеткіліксіз", PASSWORD);
        MemberScreen.Voting voted = (MemberScreen.Voting) desk.screen(members[1]);
        assertEquals(Outcome.NOT_RECOMMENDED, voted.own().orElseThrow().outcome());
        assertEquals(panel.voting.get(1).id(), office.services().deliberation().deliberation(interview.id())
                .votes().get(0).memberId(), "the secretary's screen shows the vote as the member's");
    }

    @Test
    void stoppingTheDevicesEndsEverySession() {
        DeviceSession member = signIn(1);
        office.services().room().closed(desk);
        assertFalse(desk.session(member.token()).isPresent());
        assertEquals(RoomException.Reason.SIGNED_OUT, assertThrows(RoomException.class, () -> signIn(2)).reason());
        assertEquals(1, audited("devices.close"));
    }

    @Test
    void theRoomsCertificateIsMadeOnceAndKept() {
        RoomCertificate first = office.services().room().certificate();
        RoomCertificate again = office.services().room().certificate();
        assertEquals(first.fingerprint(), again.fingerprint());
        assertEquals(95, first.fingerprint().length(), "32 bytes as hex pairs with colons");
        assertTrue(first.certificate().getNotAfter().toInstant().isAfter(java.time.Instant.now()
                .plus(java.time.Duration.ofDays(3000))));
        office.actAs(office.addAccount("observer2", "Observer", Role.OBSERVER));
        assertThrows(kz.suhbat.security.AccessDeniedException.class, () -> office.services().room().certificate());
    }
}
