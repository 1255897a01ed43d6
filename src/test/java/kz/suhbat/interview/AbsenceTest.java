package kz.suhbat.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import kz.suhbat.audit.AuditEntry;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.panel.Agenda;
import kz.suhbat.panel.Sitting;
import kz.suhbat.protocol.SittingProtocol;
import kz.suhbat.results.CampaignResults;
import kz.suhbat.security.AccessDeniedException;
import kz.suhbat.security.Account;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A candidate who does not appear, on a real H2 file: the secretary records the absence at an open
 * sitting, the agenda passes over them and no interview can start; results and protocol say absent;
 * the mark is withdrawn when they arrive late. Refused for a started interview, a sitting that is not
 * open, and anyone but the secretary; every change is in the audit trail.
 */
class AbsenceTest {

    @TempDir
    Path temp;

    private TestOffice office;
    private TestPanel panel;
    private InterviewService interviews;
    private Candidate second;

    @BeforeEach
    void sitting() {
        office = TestOffice.create(temp, new KeyDerivation(1_000));
        panel = TestPanel.seat(office);
        interviews = office.services().interviews();
        second = panel.candidates.get(1);
    }

    @AfterEach
    void close() {
        office.close();
    }

    private Agenda.Item item(Candidate candidate) {
        return office.services().panels().agenda(panel.sitting.id()).items().stream()
                .filter(i -> i.slot().candidateId() == candidate.id()).findFirst().orElseThrow();
    }

    private List<String> auditActions() {
        office.actAsAdmin();
        List<String> actions = office.services().audit().newest(20).stream().map(AuditEntry::action).toList();
        office.actAs(panel.secretary);
        return actions;
    }

    @Test
    void anAbsentCandidateIsPassedOverAndCannotBeInterviewed() {
        interviews.markAbsent(panel.sitting.id(), second.id());

        assertTrue(item(second).absent());
        assertEquals("interview.candidateAbsent", auditActions().get(0));
        Agenda agenda = office.services().panels().agenda(panel.sitting.id());
        assertEquals(panel.candidates.get(2).id(), agenda.next(LocalTime.of(10, 30), Set.of()).orElseThrow()
                .slot().candidateId(), "Next goes past the absent candidate at 11:00 to the one at 12:00");
        assertEquals(InterviewException.Reason.CANDIDATE_ABSENT, assertThrows(InterviewException.class,
                () -> interviews.start(panel.sitting.id(), second.id())).reason());
        assertTrue(interviews.interviews(panel.sitting.id()).isEmpty());

        CampaignResults.Row row = office.services().results().results(panel.campaign.id()).rows().stream()
                .filter(r -> r.candidate().id() == second.id()).findFirst().orElseThrow();
        assertEquals(CampaignResults.Status.ABSENT, row.status());
        assertTrue(row.deliberation().isEmpty(), "no scores and no total");
        SittingProtocol.Entry entry = office.services().protocols().protocol(panel.sitting.id()).entries().stream()
                .filter(e -> e.item().slot().candidateId() == second.id()).findFirst().orElseThrow();
        assertTrue(entry.item().absent());
        assertTrue(entry.deliberation().isEmpty());
    }

    @Test
    void theMarkIsWithdrawnWhenTheCandidateArrivesLate() {
        interviews.markAbsent(panel.sitting.id(), second.id());
        interviews.withdrawAbsence(panel.sitting.id(), second.id());

        assertFalse(item(second).absent());
        assertEquals(CampaignResults.Status.NOT_INTERVIEWED, office.services().results().results(panel.campaign.id())
                .rows().stream().filter(r -> r.candidate().id() == second.id()).findFirst().orElseThrow().status());
        Interview started = interviews.start(panel.sitting.id(), second.id());
        assertEquals(second.id(), started.candidateId());
        assertEquals(List.of("interview.start", "interview.absenceWithdraw", "interview.candidateAbsent"),
                auditActions().subList(0, 3));
    }

    @Test
    void aCandidateWhoseInterviewHasStartedCannotBeMarkedAbsent() {
        interviews.start(panel.sitting.id(), second.id());
        assertEquals(InterviewException.Reason.ALREADY_STARTED, assertThrows(InterviewException.class,
                () -> interviews.markAbsent(panel.sitting.id(), second.id())).reason());
        assertFalse(item(second).absent());
    }

    @Test
    void onlyAnOpenSittingTakesOrLosesAMark() {
        interviews.markAbsent(panel.sitting.id(), second.id());
        office.services().panels().close(panel.sitting.id());
        assertEquals(InterviewException.Reason.SITTING_NOT_OPEN, assertThrows(InterviewException.class,
                () -> interviews.withdrawAbsence(panel.sitting.id(), second.id())).reason());
        assertEquals(InterviewException.Reason.SITTING_NOT_OPEN, assertThrows(InterviewException.class,
                () -> interviews.markAbsent(panel.sitting.id(), panel.candidates.get(2).id())).reason());
        assertTrue(item(second).absent(), "the absence stays in the closed sitting's record");
        assertFalse(item(panel.candidates.get(2)).absent());

        Sitting planned = office.services().panels().planSitting(panel.campaign.id(), panel.sitting.date()
                .plusDays(1), "Зал 4");
        office.services().panels().addSlot(planned.id(), LocalTime.of(10, 0), second.id());
        assertEquals(InterviewException.Reason.SITTING_NOT_OPEN, assertThrows(InterviewException.class,
                () -> interviews.markAbsent(planned.id(), second.id())).reason(), "nor a sitting not yet opened");
    }

    @Test
    void onlyTheSecretaryRecordsAnAbsence() {
        for (Account someone : List.of(panel.memberAccounts.get(0), panel.observer, panel.analyst)) {
            office.actAs(someone);
            assertThrows(AccessDeniedException.class, () -> interviews.markAbsent(panel.sitting.id(), second.id()),
                    someone.role().name());
        }
        office.actAs(panel.secretary);
        interviews.markAbsent(panel.sitting.id(), second.id());
        office.actAs(panel.memberAccounts.get(0));
        assertThrows(AccessDeniedException.class, () -> interviews.withdrawAbsence(panel.sitting.id(), second.id()));
        office.actAs(panel.secretary);
        assertTrue(item(second).absent());
    }
}
