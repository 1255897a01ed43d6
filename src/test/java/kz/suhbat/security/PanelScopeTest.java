package kz.suhbat.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import kz.suhbat.app.Services;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignFilter;
import kz.suhbat.campaign.CampaignSummary;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.interview.Interview;
import kz.suhbat.panel.Affiliation;
import kz.suhbat.panel.ConflictDeclaration;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.panel.PanelRole;
import kz.suhbat.panel.Sitting;
import kz.suhbat.testsupport.CampaignReads;
import kz.suhbat.testsupport.TestCampaigns;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads scoped to the panel, on a real H2 file with two campaigns, each with its own panel and an
 * interview under way: a member or observer reads only the campaign whose panel they sit on, through
 * every service method that reads a campaign, its candidates, panel, sittings, interviews, results or
 * protocol; lists leave the other campaign out; the secretary, administrator and analyst read both.
 */
class PanelScopeTest {

    private static final Set<Operation> READS = EnumSet.of(Operation.CAMPAIGN_READ, Operation.CANDIDATE_READ,
            Operation.PANEL_READ, Operation.INTERVIEW_READ);

    @TempDir
    Path temp;

    private TestOffice office;
    private TestPanel first;
    private Campaign second;
    private Sitting secondSitting;
    private Interview secondInterview;
    private Interview firstInterview;
    private Account secondMember;
    private Account secondObserver;

    @BeforeEach
    void twoCampaigns() {
        office = TestOffice.create(temp, new KeyDerivation(1_000));
        first = TestPanel.seat(office);
        firstInterview = office.services().interviews().start(first.sitting.id(), first.candidates.get(0).id());
        secondMember = office.addAccount("other", "Омаров Тимур", Role.MEMBER);
        Account secondChair = office.addAccount("otherchair", "Бекова Сәуле", Role.MEMBER);
        secondObserver = office.addAccount("watcher", "Ли Анна", Role.OBSERVER);
        office.actAs(first.secretary);
        Services services = office.services();
        second = services.campaigns().create(TestCampaigns.competition(office,
                LocalizedText.of("Басқа конкурс", "Другой конкурс", "")));
        Candidate candidate = services.campaigns().addCandidate(TestCampaigns.candidate(second, "Сейітов", "Нұр",
                TestCampaigns.IINS.get(5)));
        LocalizedText agency = TestPanel.AGENCY;
        PanelMember chair = services.panels().addMember(new PanelMember(0, second.id(), "Бекова Сәуле",
                PanelRole.CHAIR, Affiliation.STATE_BODY, agency, secondChair.id(), null));
        PanelMember member = services.panels().addMember(new PanelMember(0, second.id(), "Омаров Тимур",
                PanelRole.MEMBER, Affiliation.STATE_BODY, agency, secondMember.id(), null));
        services.panels().addMember(new PanelMember(0, second.id(), "Ли Анна", PanelRole.OBSERVER,
                Affiliation.NGO, agency, secondObserver.id(), LocalDate.now().minusMonths(1)));
        secondSitting = services.panels().planSitting(second.id(), LocalDate.now(), "Зал 5");
        services.panels().addSlot(secondSitting.id(), LocalTime.of(15, 0), candidate.id());
        services.panels().markPresent(secondSitting.id(), chair.id(), true);
        services.panels().markPresent(secondSitting.id(), member.id(), true);
        services.panels().open(secondSitting.id());
        services.panels().declare(new ConflictDeclaration(chair.id(), candidate.id(), false, ""));
        services.panels().declare(new ConflictDeclaration(member.id(), candidate.id(), false, ""));
        secondInterview = services.interviews().start(secondSitting.id(), candidate.id());
    }

    @AfterEach
    void close() {
        office.close();
    }

    private Map<String, Supplier<Object>> firstReads() {
        return CampaignReads.of(office.services(), first.campaign, first.sitting, firstInterview);
    }

    private Map<String, Supplier<Object>> secondReads() {
        return CampaignReads.of(office.services(), second, secondSitting, secondInterview);
    }

    @Test
    void everyReadOfACampaignIsScopedHere() {
        Set<String> unscoped = new TreeSet<>();
        AccessPolicyTest.RULES.forEach((method, operation) -> {
            if (READS.contains(operation) && !method.endsWith(".list") && !firstReads().containsKey(method)) {
                unscoped.add(method);
            }
        });
        assertTrue(unscoped.isEmpty(), "reads of a campaign not tried for their scope: " + unscoped);
    }

    @Test
    void aMemberReadsOnlyTheCampaignOnWhosePanelTheySit() {
        office.actAs(first.memberAccounts.get(1));
        assertRefused(secondReads(), "a member of the first panel");
        assertReads(firstReads(), "a member of the first panel");
        assertEquals(List.of(first.campaign.id()), listed(), "the other campaign is simply not listed");

        office.actAs(secondMember);
        assertRefused(firstReads(), "a member of the second panel");
        assertReads(secondReads(), "a member of the second panel");
        assertEquals(List.of(second.id()), listed());
    }

    @Test
    void anObserverReadsOnlyTheCampaignTheyObserve() {
        office.actAs(secondObserver);
        assertRefused(firstReads(), "the second campaign's observer");
        assertReads(secondReads(), "the second campaign's observer");
        assertEquals(List.of(second.id()), listed());

        office.actAs(first.observer);
        assertEquals(List.of(), listed(), "an observer on no panel sees no campaign");
        assertThrows(NotOnPanelException.class, () -> office.services().campaigns().campaign(first.campaign.id()));
    }

    @Test
    void theOfficesStaffReadEveryCampaignItHolds() {
        for (Account staff : List.of(first.secretary, first.analyst, office.admin())) {
            office.actAs(staff);
            assertReads(firstReads(), staff.login());
            assertReads(secondReads(), staff.login());
            assertEquals(2, listed().size(), staff.login());
        }
    }

    private List<Long> listed() {
        return office.services().campaigns().list(CampaignFilter.ALL).stream().map(CampaignSummary::campaign)
                .map(Campaign::id).sorted().toList();
    }

    private static void assertRefused(Map<String, Supplier<Object>> reads, String who) {
        reads.forEach((method, read) -> assertThrows(NotOnPanelException.class, read::get,
                who + " was not refused " + method));
    }

    /** Allowed: the read may still refuse for another reason (scores not yet revealed), never for the scope. */
    private static void assertReads(Map<String, Supplier<Object>> reads, String who) {
        reads.forEach((method, read) -> assertDoesNotThrow(() -> {
            try {
                read.get();
            } catch (kz.suhbat.interview.InterviewException notYet) {
                assertEquals(kz.suhbat.interview.InterviewException.Reason.NOT_REVEALED, notYet.reason(), method);
            }
        }, who + " could not read " + method));
    }
}
