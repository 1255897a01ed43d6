package kz.suhbat.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignException;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.security.AccessDeniedException;
import kz.suhbat.security.Account;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.TestCampaigns;
import kz.suhbat.testsupport.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A panel of five with an observer: recusals, observers' registration, and the quorum of a sitting. */
class PanelServiceTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 15);

    @TempDir
    Path temp;

    private TestOffice office;
    private PanelService panels;
    private Campaign campaign;
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<PanelMember> voting = new ArrayList<>();
    private Account memberAccount;

    @BeforeEach
    void panel() {
        office = TestOffice.create(temp);
        Account secretary = office.addAccount("secretary", "Айгерім Жұмабаева", Role.SECRETARY);
        memberAccount = office.addAccount("member", "Бауыржан Оспанов", Role.MEMBER);
        office.actAs(secretary);
        campaign = office.services().campaigns().create(TestCampaigns.competition(office, "Конкурс"));
        for (int i = 0; i < 3; i++) {
            candidates.add(office.services().campaigns().addCandidate(TestCampaigns.candidate(campaign,
                    "Үміткер" + i, "Аты", TestCampaigns.IINS.get(i))));
        }
        panels = office.services().panels();
        voting.add(panels.addMember(member("Сейтқали Ерлан", PanelRole.CHAIR, null)));
        voting.add(panels.addMember(member("Оспанов Бауыржан", PanelRole.MEMBER, memberAccount.id())));
        voting.add(panels.addMember(member("Ахметова Динара", PanelRole.MEMBER, null)));
        voting.add(panels.addMember(member("Петренко Ирина", PanelRole.MEMBER, null)));
        panels.addMember(member("Жұмабаева Айгерім", PanelRole.SECRETARY, null));
    }

    @AfterEach
    void close() {
        office.close();
    }

    private PanelMember member(String name, PanelRole role, Long accountId) {
        return new PanelMember(0, campaign.id(), name, role, Affiliation.STATE_BODY, LocalizedText.ru("Акимат"), accountId, null);
    }

    @Test
    void aNameOrOrganisationTheCentralOfficeCannotKeepIsRefusedAtEntry() {
        assertEquals(CampaignException.Reason.MEMBER_NAME_TOO_LONG, assertThrows(CampaignException.class,
                () -> panels.addMember(member("Ж".repeat(PanelMember.NAME_LIMIT + 1), PanelRole.MEMBER, null)))
                .reason());
        assertEquals(CampaignException.Reason.ORGANISATION_TOO_LONG, assertThrows(CampaignException.class,
                () -> panels.addMember(new PanelMember(0, campaign.id(), "Ким Ольга", PanelRole.MEMBER,
                        Affiliation.NGO, LocalizedText.ru("О".repeat(PanelMember.ORGANISATION_LIMIT + 1)), null, null)))
                .reason());
    }

    @Test
    void aPanelHasOneChairAndOneSecretary() {
        assertEquals(CampaignException.Reason.ONE_CHAIR, assertThrows(CampaignException.class,
                () -> panels.addMember(member("Екінші төраға", PanelRole.CHAIR, null))).reason());
        assertEquals(CampaignException.Reason.ONE_SECRETARY, assertThrows(CampaignException.class,
                () -> panels.addMember(member("Екінші хатшы", PanelRole.SECRETARY, null))).reason());
    }

    @Test
    void aSittingWithoutQuorumDoesNotOpenAndSaysWhy() {
        Sitting sitting = panels.planSitting(campaign.id(), MONDAY, "Зал 3");
        panels.addSlot(sitting.id(), LocalTime.of(10, 0), candidates.get(0).id());
        panels.markPresent(sitting.id(), voting.get(0).id(), true);
        panels.markPresent(sitting.id(), voting.get(1).id(), true);
        CampaignException refused = assertThrows(CampaignException.class, () -> panels.open(sitting.id()));
        assertEquals(CampaignException.Reason.QUORUM_NOT_MET, refused.reason());
        assertEquals(List.of(2, 4, 3), List.of(refused.args()), "2 of 4 voting members present, 3 needed");
        assertEquals(SittingStatus.PLANNED, panels.sittings(campaign.id()).get(0).status());

        panels.markPresent(sitting.id(), voting.get(2).id(), true);
        assertEquals(SittingStatus.OPEN, panels.open(sitting.id()).status());
    }

    @Test
    void aSittingRecordsWhenItOpenedAndClosedAndClosesOnlyOnce() {
        Sitting sitting = panels.planSitting(campaign.id(), MONDAY, "Зал 3");
        panels.addSlot(sitting.id(), LocalTime.of(10, 0), candidates.get(0).id());
        for (PanelMember member : voting) {
            panels.markPresent(sitting.id(), member.id(), true);
        }
        assertEquals(CampaignException.Reason.SITTING_NOT_OPEN, assertThrows(CampaignException.class,
                () -> panels.close(sitting.id())).reason(), "a planned sitting cannot be closed");
        java.time.Instant before = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        panels.open(sitting.id());
        Sitting closed = panels.close(sitting.id());
        Sitting stored = panels.sittings(campaign.id()).get(0);
        assertEquals(SittingStatus.CLOSED, stored.status());
        assertEquals(closed.closedAt().toEpochMilli(), stored.closedAt().toEpochMilli());
        assertTrue(!stored.openedAt().isBefore(before) && !stored.closedAt().isBefore(stored.openedAt()),
                "opened, then closed, both now");
        assertEquals(CampaignException.Reason.SITTING_NOT_OPEN, assertThrows(CampaignException.class,
                () -> panels.close(sitting.id())).reason(), "closed once");
        assertEquals(stored.closedAt(), panels.sittings(campaign.id()).get(0).closedAt(), "the first time stays");
    }

    @Test
    void aConflictRecusesTheMemberFromThatCandidateOnly() {
        Sitting sitting = panels.planSitting(campaign.id(), MONDAY, "Зал 3");
        panels.addSlot(sitting.id(), LocalTime.of(10, 0), candidates.get(0).id());
        panels.addSlot(sitting.id(), LocalTime.of(10, 45), candidates.get(1).id());
        voting.subList(0, 3).forEach(m -> panels.markPresent(sitting.id(), m.id(), true));
        assertEquals(CampaignException.Reason.REASON_MISSING, assertThrows(CampaignException.class,
                () -> panels.declare(new ConflictDeclaration(voting.get(2).id(), candidates.get(0).id(), true, " ")))
                .reason());
        panels.declare(new ConflictDeclaration(voting.get(2).id(), candidates.get(0).id(), true, "Родственник"));
        panels.declare(new ConflictDeclaration(voting.get(2).id(), candidates.get(1).id(), false, ""));

        Agenda agenda = panels.agenda(sitting.id());
        assertEquals(List.of(voting.get(2)), agenda.items().get(0).recused());
        assertEquals(2, agenda.items().get(0).eligible());
        assertFalse(agenda.items().get(0).quorumMet(), "two may score the first candidate; three are needed");
        assertTrue(agenda.items().get(1).recused().isEmpty());
        assertTrue(agenda.items().get(1).quorumMet());
        assertTrue(agenda.quorumMet());
        assertEquals(candidates.get(1), agenda.next(LocalTime.of(10, 30)).orElseThrow().candidate());
    }

    @Test
    void aMemberDeclaresOnlyForThemselves() {
        office.actAs(memberAccount);
        panels.declare(new ConflictDeclaration(voting.get(1).id(), candidates.get(0).id(), false, ""));
        assertThrows(AccessDeniedException.class, () -> panels.declare(
                new ConflictDeclaration(voting.get(2).id(), candidates.get(0).id(), false, "")));
    }

    @Test
    void anObserverRegisteredTooLateIsNotAdmitted() {
        Sitting sitting = panels.planSitting(campaign.id(), MONDAY, "Зал 3");
        PanelMember onTime = panels.addMember(new PanelMember(0, campaign.id(), "Ким Ольга", PanelRole.OBSERVER,
                Affiliation.NGO, LocalizedText.ru("ОФ"), null, MONDAY.minusDays(3)));
        PanelMember late = panels.addMember(new PanelMember(0, campaign.id(), "Соколов Андрей", PanelRole.OBSERVER,
                Affiliation.PUBLIC_COUNCIL, LocalizedText.ru("ОС"), null, MONDAY.minusDays(1)));
        panels.markPresent(sitting.id(), onTime.id(), true);
        CampaignException refused = assertThrows(CampaignException.class,
                () -> panels.markPresent(sitting.id(), late.id(), true));
        assertEquals(CampaignException.Reason.OBSERVER_LATE, refused.reason());
        assertEquals(LocalDate.of(2027, 3, 12), refused.args()[0], "the Friday before a Monday sitting");
        assertEquals(List.of(late), panels.agenda(sitting.id()).observersNotAdmitted());
    }

    @Test
    void quorumIsRoundedUp() {
        assertEquals(4, kz.suhbat.campaign.Quorum.TWO_THIRDS.required(5));
        assertEquals(3, kz.suhbat.campaign.Quorum.TWO_THIRDS.required(4));
        assertEquals(2, kz.suhbat.campaign.Quorum.TWO_THIRDS.required(3));
        assertEquals(4, kz.suhbat.campaign.Quorum.TWO_THIRDS.required(6));
        assertEquals(3, new kz.suhbat.campaign.Quorum(1, 2).required(5));
        assertFalse(kz.suhbat.campaign.Quorum.TWO_THIRDS.metBy(0, 0), "no panel, no quorum");
    }
}
