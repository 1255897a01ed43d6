package kz.suhbat.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.interview.GuideCompetency;
import kz.suhbat.interview.Interview;
import kz.suhbat.interview.SheetKey;
import kz.suhbat.security.AccessDeniedException;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestCampaigns;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A member's own start page on a real data folder: the sittings of their own panels only, today's apart
 * from those to come, each candidate's interview as it stands for them, and the declarations they owe.
 */
class MySittingsServiceTest {

    @TempDir
    Path temp;

    private TestOffice office;
    private TestPanel panel;
    private Sitting tomorrow;
    private Campaign otherCampaign;

    @BeforeEach
    void sittings() {
        office = TestOffice.create(temp, new KeyDerivation(10_000));
        panel = TestPanel.seatAwaitingDeclarations(office);
        PanelService panels = office.services().panels();
        tomorrow = panels.planSitting(panel.campaign.id(), LocalDate.now().plusDays(1), "Зал 5");
        Candidate late = office.services().campaigns().addCandidate(TestCampaigns.candidate(panel.campaign,
                "Кешікен", "Аты", TestCampaigns.IINS.get(3)));
        panels.addSlot(tomorrow.id(), LocalTime.of(11, 0), late.id());
        Sitting past = panels.planSitting(panel.campaign.id(), LocalDate.now().minusDays(1), "Зал 1");
        panels.addSlot(past.id(), LocalTime.of(9, 0), late.id());
        // A panel the members do not sit on, sitting today.
        otherCampaign = office.services().campaigns().create(TestCampaigns.competition(office, "Басқа конкурс"));
        Candidate stranger = office.services().campaigns().addCandidate(TestCampaigns.candidate(otherCampaign,
                "Бөтен", "Аты", TestCampaigns.IINS.get(4)));
        panels.addMember(new PanelMember(0, otherCampaign.id(), "Басқа төраға", PanelRole.CHAIR,
                Affiliation.STATE_BODY, null, null, null));
        Sitting other = panels.planSitting(otherCampaign.id(), LocalDate.now(), "Зал 9");
        panels.addSlot(other.id(), LocalTime.of(10, 0), stranger.id());
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void aMemberSeesTheSittingsOfTheirOwnPanelsOnlyTodayFirst() {
        office.actAs(panel.memberAccounts.get(1));
        MyDay day = office.services().mySittings().mySittings();

        assertEquals(LocalDate.now(), day.date());
        assertEquals(List.of(panel.sitting.id()), day.today().stream().map(s -> s.sitting().id()).toList(),
                "today: their own panel's sitting, not the other campaign's");
        assertEquals(List.of(tomorrow.id()), day.next().stream().map(s -> s.sitting().id()).toList(),
                "then the sittings to come; yesterday's is gone");
        MySitting today = day.today().get(0);
        assertEquals(TestPanel.TITLE, today.campaignTitle());
        assertEquals(panel.voting.get(1).id(), today.member().id());
        assertEquals(List.of(LocalTime.of(10, 0), LocalTime.of(11, 0), LocalTime.of(12, 0)),
                today.candidates().stream().map(MyCandidate::startsAt).toList());
        assertEquals(panel.candidates.get(0).fullName(), today.candidates().get(0).name());

        office.actAs(panel.memberAccounts.get(0));
        assertEquals(PanelRole.CHAIR, office.services().mySittings().mySittings().today().get(0).member().role(),
                "the chair sees the same sitting as its chair");
    }

    @Test
    void theSecretaryAndTheObserverHaveNoStartPageOfAMember() {
        office.actAs(panel.secretary);
        assertThrows(AccessDeniedException.class, () -> office.services().mySittings().mySittings());
        office.actAs(panel.observer);
        assertThrows(AccessDeniedException.class, () -> office.services().mySittings().mySittings());
    }

    @Test
    void declarationsOwedAreListedUntilMade() {
        office.actAs(panel.memberAccounts.get(1));
        MySitting today = office.services().mySittings().mySittings().today().get(0);
        assertEquals(3, today.declarationsDue(), "no declaration made yet for the three candidates");
        assertTrue(today.candidates().stream().allMatch(c -> c.declaration().isEmpty()));

        office.services().panels().declare(new ConflictDeclaration(panel.voting.get(1).id(),
                panel.candidates.get(2).id(), false, ""));
        today = office.services().mySittings().mySittings().today().get(0);
        assertEquals(2, today.declarationsDue());
        MyCandidate third = today.candidates().get(2);
        assertFalse(third.declarationDue());
        assertFalse(third.declaration().orElseThrow().conflict());

        office.actAs(panel.memberAccounts.get(4));
        MyCandidate first = office.services().mySittings().mySittings().today().get(0).candidates().get(0);
        assertTrue(first.declaration().orElseThrow().conflict(), "the recused member's own conflict is shown");
        assertFalse(first.declarationDue());
    }

    @Test
    void aSheetToFillIsNoLongerToFillOnceSubmitted() {
        panel.declareNoConflicts(office, 0);
        panel.declareNoConflicts(office, 1);
        panel.finaliseFirstInterview(office, "Мысал толық емес");
        Interview second = office.services().interviews().start(panel.sitting.id(), panel.candidates.get(1).id());
        office.actAs(panel.memberAccounts.get(1));
        List<MyCandidate> candidates = office.services().mySittings().mySittings().today().get(0).candidates();
        assertEquals(List.of(SheetState.FINALISED, SheetState.TO_FILL, SheetState.NOT_STARTED),
                candidates.stream().map(MyCandidate::state).toList());
        assertEquals(1, office.services().mySittings().mySittings().today().get(0).toFill());
        assertFalse(candidates.get(1).declarationDue(), "an interview under way asks for no declaration any more");

        SheetKey key = office.services().scoring().unlock(second.id(), panel.voting.get(1).id(),
                TestOffice.PASSWORD.toCharArray());
        for (GuideCompetency competency : office.services().interviews().guide(second.id()).competencies()) {
            office.services().scoring().score(key, competency.code(), 3);
            office.services().scoring().evidence(key, competency.code(), "Мысал");
        }
        office.services().scoring().submit(key);
        candidates = office.services().mySittings().mySittings().today().get(0).candidates();
        assertEquals(SheetState.SUBMITTED, candidates.get(1).state());
        assertEquals(0, office.services().mySittings().mySittings().today().get(0).toFill());

        office.actAs(panel.memberAccounts.get(4));
        assertEquals(SheetState.FINALISED, office.services().mySittings().mySittings().today().get(0).candidates()
                .get(0).state(), "the recused member sees the decided interview as decided");
        assertEquals(SheetState.TO_FILL, office.services().mySittings().mySittings().today().get(0).candidates()
                .get(1).state());
    }

    @Test
    void aMemberWhoDoesNotScoreAnInterviewUnderWayIsToldSo() {
        office.services().panels().declare(new ConflictDeclaration(panel.voting.get(3).id(),
                panel.candidates.get(2).id(), true, "Көршісі"));
        panel.declareNoConflicts(office, 2);
        office.services().interviews().start(panel.sitting.id(), panel.candidates.get(2).id());
        office.actAs(panel.memberAccounts.get(3));
        MyCandidate third = office.services().mySittings().mySittings().today().get(0).candidates().get(2);
        assertEquals(SheetState.NOT_SCORING, third.state());
    }

    @Test
    void aCandidateWhoDidNotAppearIsShownSoAndAsksForNoDeclaration() {
        office.services().interviews().markAbsent(panel.sitting.id(), panel.candidates.get(2).id());
        office.actAs(panel.memberAccounts.get(1));
        MySitting today = office.services().mySittings().mySittings().today().get(0);
        MyCandidate third = today.candidates().get(2);
        assertEquals(SheetState.ABSENT, third.state());
        assertFalse(third.declarationDue(), "nothing to declare about a candidate who is not interviewed");
        assertEquals(2, today.declarationsDue());
    }
}
