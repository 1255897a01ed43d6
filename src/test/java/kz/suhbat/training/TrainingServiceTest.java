package kz.suhbat.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignException;
import kz.suhbat.campaign.CampaignStatus;
import kz.suhbat.campaign.CampaignType;
import kz.suhbat.campaign.Quorum;
import kz.suhbat.campaign.StateBody;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.FrameworkSummary;
import kz.suhbat.security.AccessDeniedException;
import kz.suhbat.security.Account;
import kz.suhbat.security.NotOnPanelException;
import kz.suhbat.security.Region;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.MutableClock;
import kz.suhbat.testsupport.TestCampaigns;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.security.KeyDerivation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trainer's course and trainees' calibration exercises, on a real H2 file. */
class TrainingServiceTest {

    private static final LocalizedText REASON = LocalizedText.of("Себебі", "Причина", "Reason");

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(Instant.parse("2027-03-02T06:00:00Z"));
    private TestOffice office;
    private Account trainer;
    private Account traineeA;
    private Account traineeB;
    private Account outsider;
    private Campaign course;
    private List<StoredExercise> exercises;

    @BeforeEach
    void setUp() {
        office = TestOffice.create(temp, new KeyDerivation(10_000), clock);
        trainer = office.addAccount("trainer", "Динара Ахметова", Role.TRAINER);
        traineeA = office.addAccount("trainee-a", "Айдос Бекұлы", Role.TRAINEE);
        traineeB = office.addAccount("trainee-b", "Мария Ким", Role.MEMBER);
        outsider = office.addAccount("outsider", "Ерлан Сейітов", Role.TRAINEE);
        office.actAs(trainer);
        course = office.services().campaigns().create(trainingCourse());
        TrainingService training = office.services().training();
        training.setRule(course.id(), new CalibrationRule(new BigDecimal("0.50"), 2));
        training.addTrainee(course.id(), traineeA.id(), false);
        training.addTrainee(course.id(), traineeB.id(), false);
        training.addExercises(course.id(), new ExerciseSet(REASON, frameworkCode(), List.of(
                exercise("EX-1", 4, 3), exercise("EX-2", 2, 2), exercise("EX-3", 5, 4))), Optional.empty());
        exercises = training.exercises(course.id());
    }

    @AfterEach
    void tearDown() {
        office.close();
    }

    @Test
    void aTraineeSeesTheReferenceOnlyAfterSubmittingWithEvidenceAndGetsTheDistance() {
        office.actAs(traineeA);
        CalibrationService calibration = office.services().calibration();
        long first = exercises.get(0).id();
        assertTrue(calibration.sheet(first).exercise().references().isEmpty());
        assertEquals(TrainingException.Reason.NOT_SUBMITTED,
                assertThrows(TrainingException.class, () -> calibration.feedback(first)).reason());

        calibration.save(first, new ExerciseScore("DEC", 4, "Weighed three options against the budget"));
        calibration.save(first, new ExerciseScore("SRV", 2, ""));
        assertEquals(TrainingException.Reason.EVIDENCE_MISSING,
                assertThrows(TrainingException.class, () -> calibration.submit(first)).reason());
        calibration.save(first, new ExerciseScore("SRV", 2, "Spoke of the queue, not of the citizen"));

        ExerciseFeedback feedback = calibration.submit(first);
        assertEquals(0.5, feedback.measures().distance(), 1e-12);
        assertEquals(-0.5, feedback.measures().bias(), 1e-12);
        CompetencyFeedback service = feedback.competencies().stream()
                .filter(c -> c.competencyCode().equals("SRV")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("3").compareTo(service.reference()));
        assertEquals(REASON, service.reason());
        assertFalse(service.indicators().isEmpty());
        assertTrue(service.indicators().stream().allMatch(i -> i.level() == 3));
        assertEquals(TrainingException.Reason.SUBMITTED, assertThrows(TrainingException.class,
                () -> calibration.save(first, new ExerciseScore("DEC", 5, "changed my mind"))).reason());
        assertEquals(MyExercise.Status.SUBMITTED, calibration.myExercises().get(0).status());
    }

    @Test
    void meetingTheRuleMakesARaterCalibratedForTwelveMonths() {
        office.actAs(traineeA);
        submit(exercises.get(0), 4, 2);
        assertTrue(office.services().calibrationStatus()
                .calibratedWithin(List.of(traineeA.id()), LocalDate.of(2027, 3, 2)).isEmpty(),
                "one exercise is not yet the two the rule asks for");
        clock.advance(Duration.ofDays(1));
        submit(exercises.get(1), 2, 2);

        Map<Long, LocalDate> calibrated = office.services().calibrationStatus()
                .calibratedWithin(List.of(traineeA.id(), traineeB.id()), LocalDate.of(2027, 4, 1));
        assertEquals(Map.of(traineeA.id(), LocalDate.of(2027, 3, 3)), calibrated);
        assertTrue(office.services().calibrationStatus()
                .calibratedWithin(List.of(traineeA.id()), LocalDate.of(2028, 3, 3)).isEmpty());

        office.actAs(traineeB);
        submit(exercises.get(0), 1, 1);
        submit(exercises.get(1), 5, 5);
        office.actAs(trainer);
        CourseResults results = office.services().training().results(course.id());
        TraineeProgress a = progressOf(results, traineeA);
        TraineeProgress b = progressOf(results, traineeB);
        assertEquals(List.of(0.5, 0.0), a.results().stream().map(ExerciseResult::distance).toList());
        assertEquals(Optional.of(LocalDate.of(2027, 3, 3)), a.calibratedOn());
        assertEquals(List.of(2.5, 3.0), b.results().stream().map(ExerciseResult::distance).toList());
        assertEquals(Optional.empty(), b.calibratedOn());
        assertEquals(1.5, results.group().get(0).meanDistance(), 1e-12);
        assertEquals(2, results.group().get(0).trainees());
    }

    @Test
    void theReferencePanelsMedianBecomesTheReference() {
        office.actAs(trainer);
        office.services().training().addTrainee(course.id(), outsider.id(), true);
        office.services().training().addTrainee(course.id(), traineeB.id(), true);
        office.actAs(outsider);
        submit(exercises.get(2), 3, 4);
        office.actAs(traineeB);
        submit(exercises.get(2), 4, 4);
        office.actAs(traineeA);
        submit(exercises.get(2), 1, 1);
        office.actAs(trainer);
        List<ReferenceLevel> adopted = office.services().training().adoptPanelMedian(exercises.get(2).id());
        assertEquals(List.of(new BigDecimal("3.5"), new BigDecimal("4")),
                adopted.stream().map(ReferenceLevel::level).toList(), "the median of 3 and 4, and of 4 and 4");
        assertEquals(new BigDecimal("3.5"), office.services().training().exercises(course.id()).get(2).exercise()
                .reference("DEC").orElseThrow().level());
    }

    @Test
    void trainersAndTraineesStayInsideTrainingCourses() {
        office.actAsAdmin();
        Account secretary = office.addAccount("secretary", "Гүлнар Сәрсенова", Role.SECRETARY);
        office.actAs(secretary);
        Campaign real = office.services().campaigns().create(TestCampaigns.competition(office, "Нақты конкурс"));

        office.actAs(trainer);
        assertThrows(NotOnPanelException.class, () -> office.services().campaigns().campaign(real.id()));
        assertThrows(NotOnPanelException.class, () -> office.services().panels().members(real.id()));
        assertThrows(AccessDeniedException.class,
                () -> office.services().campaigns().create(TestCampaigns.competition(office, "Жасырын")));
        assertEquals(List.of(course.id()), office.services().campaigns().list(kz.suhbat.campaign.CampaignFilter.ALL).stream()
                .map(s -> s.campaign().id()).toList());
        assertThrows(NotOnPanelException.class, () -> office.services().training().course(real.id()));

        office.actAs(traineeA);
        assertThrows(NotOnPanelException.class, () -> office.services().campaigns().campaign(real.id()));
        assertTrue(office.services().campaigns().campaign(course.id()).isPresent());
        assertThrows(AccessDeniedException.class, () -> office.services().training().results(course.id()));
        office.actAs(outsider);
        assertThrows(NotOnPanelException.class, () -> office.services().campaigns().campaign(course.id()));
        assertEquals(TrainingException.Reason.NOT_ON_COURSE, assertThrows(TrainingException.class,
                () -> office.services().calibration().sheet(exercises.get(0).id())).reason());

        office.actAs(secretary);
        Campaign turned = new Campaign(real.id(), real.title(), CampaignType.TRAINING, real.posts(), real.opens(),
                real.closes(), real.officeCode(), real.region(), real.frameworkId(), real.status(), real.quorum(),
                real.divergenceSpread(), real.body());
        assertEquals(CampaignException.Reason.TRAINING_TYPE_FIXED, assertThrows(CampaignException.class,
                () -> office.services().campaigns().update(turned)).reason());
    }

    @Test
    void aSetOnAnotherFrameworkOrWithATakenCodeAddsNothing() {
        office.actAs(trainer);
        TrainingService training = office.services().training();
        assertEquals(TrainingException.Reason.OTHER_FRAMEWORK, assertThrows(TrainingException.class,
                () -> training.addExercises(course.id(), new ExerciseSet(REASON, "OTHER", List.of(
                        exercise("EX-9", 3, 3))), Optional.empty())).reason());
        assertEquals(TrainingException.Reason.CODE_TAKEN, assertThrows(TrainingException.class,
                () -> training.addExercises(course.id(), new ExerciseSet(REASON, frameworkCode(), List.of(
                        exercise("EX-9", 3, 3), exercise("EX-1", 3, 3))), Optional.empty())).reason());
        assertEquals(3, training.exercises(course.id()).size());
        assertEquals(TrainingException.Reason.RULE_DISTANCE, assertThrows(TrainingException.class,
                () -> new CalibrationRule(new BigDecimal("-0.1"), 3)).reason());
    }

    @Test
    void aTrainerMakesTraineeAccountsOnly() {
        office.actAs(trainer);
        Account made = office.services().accounts().createTrainee("kursant-1", "Жанар Омарова",
                "uaqk7-mzrp2-hd".toCharArray());
        assertEquals(Role.TRAINEE, made.role());
        assertTrue(made.mustChangePassword());
        assertThrows(AccessDeniedException.class, () -> office.services().accounts().create("secret-2",
                "Жасырын Хатшы", Role.SECRETARY, "uaqk7-mzrp2-hd".toCharArray()));
        office.services().training().addTrainee(course.id(), made.id(), false);
        assertTrue(office.services().training().trainees(course.id()).stream()
                .anyMatch(t -> t.accountId() == made.id()));
    }

    private void submit(StoredExercise exercise, int dec, int srv) {
        CalibrationService calibration = office.services().calibration();
        calibration.save(exercise.id(), new ExerciseScore("DEC", dec, "evidence"));
        calibration.save(exercise.id(), new ExerciseScore("SRV", srv, "evidence"));
        calibration.submit(exercise.id());
    }

    private static TraineeProgress progressOf(CourseResults results, Account account) {
        return results.trainees().stream().filter(t -> t.trainee().accountId() == account.id()).findFirst()
                .orElseThrow();
    }

    private String frameworkCode() {
        FrameworkSummary framework = office.services().rubric().list().get(0);
        return office.services().rubric().load(framework.id()).orElseThrow().code();
    }

    private Exercise exercise(String code, int dec, int srv) {
        return new Exercise(code, LocalizedText.of(code, code, code), "DEC", 1, REASON, Optional.empty(), List.of(
                new ReferenceLevel("DEC", BigDecimal.valueOf(dec), REASON),
                new ReferenceLevel("SRV", BigDecimal.valueOf(srv), REASON)));
    }

    private Campaign trainingCourse() {
        Campaign template = TestCampaigns.competition(office, "Оқу курсы");
        return new Campaign(0, template.title(), CampaignType.TRAINING, template.posts(), LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 4, 1), "TST-01", Region.ASTANA, template.frameworkId(), CampaignStatus.ACTIVE,
                Quorum.TWO_THIRDS, Campaign.DEFAULT_DIVERGENCE, StateBody.LOCAL);
    }
}
