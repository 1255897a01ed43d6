package kz.suhbat.training;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kz.suhbat.analytics.Dimension;
import kz.suhbat.analytics.ReportFilter;
import kz.suhbat.app.Services;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignException;
import kz.suhbat.campaign.CampaignType;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.common.Progress;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.exchange.ExchangeRefusal;
import kz.suhbat.interview.Interview;
import kz.suhbat.interview.InterviewException;
import kz.suhbat.panel.Affiliation;
import kz.suhbat.panel.ConflictDeclaration;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.panel.PanelRole;
import kz.suhbat.panel.Sitting;
import kz.suhbat.security.AccessDeniedException;
import kz.suhbat.security.Account;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.security.NotOnPanelException;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.CampaignReads;
import kz.suhbat.testsupport.TestCampaigns;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training never mixes with real selection, on a real H2 file: a trainer and a trainee are refused every
 * read and change of a real campaign (its candidates, panel, sittings and interviews) through each service,
 * while the trainee reads the course whose mock panel they sit on; a trainer creates training courses
 * only; a campaign's type never changes to or from training; a course is never exported; and the office's
 * own reports and rater statistics leave a finalised mock interview out.
 */
class TrainingSeparationTest {

    @TempDir
    Path temp;

    private TestOffice office;

    @AfterEach
    void close() {
        office.close();
    }

    /** A real competition with an interview under way, and a trainer's course with its own mock interview. */
    private final class TwoKinds {
        final TestPanel real;
        final Interview realInterview;
        final Account trainer;
        final Account trainee;
        final Account outsider;
        final Campaign course;
        final Sitting courseSitting;
        final Interview courseInterview;

        TwoKinds() {
            office = TestOffice.create(temp, new KeyDerivation(1_000));
            real = TestPanel.seat(office);
            realInterview = office.services().interviews().start(real.sitting.id(), real.candidates.get(0).id());
            trainer = office.addAccount("coach", "Динара Ахметова", Role.TRAINER);
            trainee = office.addAccount("akim1", "Серікұлы Данияр", Role.TRAINEE);
            Account second = office.addAccount("akim2", "Бекова Сәуле", Role.TRAINEE);
            outsider = office.addAccount("akim3", "Омаров Тимур", Role.TRAINEE);
            office.actAs(trainer);
            Services s = office.services();
            course = s.campaigns().create(TestCampaigns.asTraining(TestCampaigns.competition(office,
                    LocalizedText.of("Әкімдер мектебі", "Школа акимов", ""))));
            Candidate candidate = s.campaigns().addCandidate(TestCampaigns.candidate(course, "Сейітов", "Нұр",
                    TestCampaigns.IINS.get(5)));
            PanelMember chair = s.panels().addMember(new PanelMember(0, course.id(), "Серікұлы Данияр",
                    PanelRole.CHAIR, Affiliation.STATE_BODY, TestPanel.AGENCY, trainee.id(), null));
            PanelMember member = s.panels().addMember(new PanelMember(0, course.id(), "Бекова Сәуле",
                    PanelRole.MEMBER, Affiliation.STATE_BODY, TestPanel.AGENCY, second.id(), null));
            courseSitting = s.panels().planSitting(course.id(), LocalDate.now(), "Оқу залы");
            s.panels().addSlot(courseSitting.id(), LocalTime.of(15, 0), candidate.id());
            s.panels().markPresent(courseSitting.id(), chair.id(), true);
            s.panels().markPresent(courseSitting.id(), member.id(), true);
            s.panels().open(courseSitting.id());
            s.panels().declare(new ConflictDeclaration(chair.id(), candidate.id(), false, ""));
            s.panels().declare(new ConflictDeclaration(member.id(), candidate.id(), false, ""));
            courseInterview = s.interviews().start(courseSitting.id(), candidate.id());
        }

        Map<String, Supplier<Object>> realReads() {
            return CampaignReads.of(office.services(), real.campaign, real.sitting, realInterview);
        }

        /** Every change to the real campaign a trainer or trainee might try, by service method. */
        Map<String, Supplier<Object>> realChanges() {
            Services s = office.services();
            Map<String, Supplier<Object>> changes = new LinkedHashMap<>();
            changes.put("CampaignService.update", () -> s.campaigns().update(real.campaign));
            changes.put("CampaignService.addCandidate", () -> s.campaigns().addCandidate(
                    TestCampaigns.candidate(real.campaign, "Жаңа", "Үміткер", TestCampaigns.IINS.get(6))));
            changes.put("CampaignService.removeCandidate", () -> {
                s.campaigns().removeCandidate(real.candidates.get(2).id());
                return null;
            });
            changes.put("PanelService.addMember", () -> s.panels().addMember(new PanelMember(0, real.campaign.id(),
                    "Жаңа мүше", PanelRole.MEMBER, Affiliation.STATE_BODY, TestPanel.AGENCY, null, null)));
            changes.put("PanelService.removeMember", () -> {
                s.panels().removeMember(real.voting.get(3).id());
                return null;
            });
            changes.put("PanelService.declare", () -> s.panels().declare(new ConflictDeclaration(
                    real.voting.get(0).id(), real.candidates.get(1).id(), true, "Туысы")));
            changes.put("PanelService.planSitting", () -> s.panels().planSitting(real.campaign.id(),
                    LocalDate.now().plusDays(1), "Зал 9"));
            changes.put("PanelService.markPresent", () -> {
                s.panels().markPresent(real.sitting.id(), real.voting.get(2).id(), false);
                return null;
            });
            changes.put("PanelService.close", () -> s.panels().close(real.sitting.id()));
            changes.put("InterviewService.start", () -> s.interviews().start(real.sitting.id(),
                    real.candidates.get(1).id()));
            return changes;
        }
    }

    @Test
    void aTrainerAndATraineeAreRefusedEveryReadAndChangeOfARealCampaign() {
        TwoKinds kinds = new TwoKinds();
        office.actAs(kinds.real.secretary);
        List<Object> before = realState(kinds);
        for (Account account : List.of(kinds.trainer, kinds.trainee)) {
            office.actAs(account);
            assertRefused(kinds.realReads(), account.login());
            assertRefused(kinds.realChanges(), account.login());
            assertFalse(office.services().campaigns().list(kz.suhbat.campaign.CampaignFilter.ALL).stream()
                    .anyMatch(c -> c.campaign().id() == kinds.real.campaign.id()), account.login() + " lists it");
        }
        office.actAs(kinds.real.secretary);
        assertEquals(before, realState(kinds), "nothing of the real campaign changed");
    }

    @Test
    void aTraineeReadsTheCourseOnWhoseMockPanelTheySitAndNoOtherTraineeDoes() {
        TwoKinds kinds = new TwoKinds();
        Map<String, Supplier<Object>> courseReads = CampaignReads.of(office.services(), kinds.course,
                kinds.courseSitting, kinds.courseInterview);
        office.actAs(kinds.trainee);
        courseReads.forEach((method, read) -> assertDoesNotThrow(() -> {
            try {
                read.get();
            } catch (InterviewException notYet) {
                assertEquals(InterviewException.Reason.NOT_REVEALED, notYet.reason(), method);
            }
        }, "the trainee could not read " + method));
        office.actAs(kinds.outsider);
        assertRefused(courseReads, "a trainee on no panel of the course");
    }

    @Test
    void aTrainerCreatesTrainingCoursesOnlyAndNoCampaignChangesItsKind() {
        TwoKinds kinds = new TwoKinds();
        office.actAs(kinds.trainer);
        assertThrows(AccessDeniedException.class, () -> office.services().campaigns().create(
                TestCampaigns.competition(office, "Нақты конкурс")), "a trainer's real competition");
        Campaign course = kinds.course;
        CampaignException toReal = assertThrows(CampaignException.class, () -> office.services().campaigns()
                .update(withType(course, CampaignType.COMPETITION)));
        assertEquals(CampaignException.Reason.TRAINING_TYPE_FIXED, toReal.reason());

        office.actAs(kinds.real.secretary);
        CampaignException toTraining = assertThrows(CampaignException.class, () -> office.services().campaigns()
                .update(withType(kinds.real.campaign, CampaignType.TRAINING)));
        assertEquals(CampaignException.Reason.TRAINING_TYPE_FIXED, toTraining.reason());
        assertEquals(CampaignType.TRAINING, office.services().campaigns().campaign(course.id()).orElseThrow().type());
        assertEquals(CampaignType.COMPETITION, office.services().campaigns().campaign(kinds.real.campaign.id())
                .orElseThrow().type());
        assertEquals(CampaignType.ATTESTATION, office.services().campaigns().update(withType(kinds.real.campaign,
                CampaignType.ATTESTATION)).type(), "a real campaign still changes between the real kinds");
    }

    @Test
    void aFinalisedMockInterviewStaysOutOfTheOfficesReportsRaterStatisticsAndExports() throws Exception {
        office = TestOffice.create(temp, new KeyDerivation(1_000));
        TestPanel mock = TestPanel.seatTraining(office);
        mock.finaliseFirstInterview(office, "Келісілді");
        office.actAs(mock.secretary);
        assertTrue(office.services().results().results(mock.campaign.id()).rows().stream()
                .anyMatch(r -> r.status() == kz.suhbat.results.CampaignResults.Status.FINALISED),
                "the trainer sees the mock interview finalised");

        office.actAs(mock.analyst);
        assertEquals(0, office.services().ownReports().outcomes(ReportFilter.ALL, Dimension.TYPE).overall().total(),
                "the office's own reports");
        assertTrue(office.services().raterStatistics().campaign(mock.campaign.id()).isEmpty(), "rater statistics");

        office.actAsAdmin();
        Account secretary = office.addAccount("secretary", "Айгерім Жұмабаева", Role.SECRETARY);
        office.actAs(secretary);
        Path stick = Files.createDirectories(temp.resolve("stick"));
        var key = office.signingKey();
        ExchangeRefusal refused = assertThrows(ExchangeRefusal.class, () -> office.services().exports()
                .exportUnencrypted(mock.campaign.id(), stick, Language.KK, key, Progress.NONE));
        assertEquals(ExchangeRefusal.Reason.TRAINING_STAYS, refused.reason());
        try (var written = Files.list(stick)) {
            assertEquals(0, written.count(), "nothing is written to the stick");
        }
    }

    private List<Object> realState(TwoKinds kinds) {
        Services s = office.services();
        return List.of(s.campaigns().campaign(kinds.real.campaign.id()), s.campaigns().candidates(
                kinds.real.campaign.id()), s.panels().members(kinds.real.campaign.id()),
                s.panels().declarations(kinds.real.campaign.id()), s.panels().sittings(kinds.real.campaign.id()),
                s.panels().agenda(kinds.real.sitting.id()).present(), s.interviews().interviews(kinds.real.sitting.id()));
    }

    private static Campaign withType(Campaign c, CampaignType type) {
        return new Campaign(c.id(), c.title(), type, c.posts(), c.opens(), c.closes(), c.officeCode(), c.region(),
                c.frameworkId(), c.status(), c.quorum(), c.divergenceSpread(), c.body());
    }

    private static void assertRefused(Map<String, Supplier<Object>> calls, String who) {
        calls.forEach((method, call) -> {
            RuntimeException refused = assertThrows(RuntimeException.class, call::get, who + " was let " + method);
            assertTrue(refused instanceof AccessDeniedException || refused instanceof NotOnPanelException,
                    who + " was refused " + method + " for another reason: " + refused);
        });
    }
}
