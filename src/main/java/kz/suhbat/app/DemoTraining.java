package kz.suhbat.app;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignStatus;
import kz.suhbat.campaign.CampaignType;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.campaign.Post;
import kz.suhbat.campaign.Quorum;
import kz.suhbat.campaign.StateBody;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.panel.Affiliation;
import kz.suhbat.panel.ConflictDeclaration;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.panel.PanelRole;
import kz.suhbat.panel.Sitting;
import kz.suhbat.rubric.FrameworkSummary;
import kz.suhbat.security.Account;
import kz.suhbat.security.Office;
import kz.suhbat.training.CalibrationService;
import kz.suhbat.training.ExerciseScore;
import kz.suhbat.training.ReferenceLevel;
import kz.suhbat.training.StoredExercise;
import kz.suhbat.training.TrainingService;
import kz.suhbat.training.file.StarterExercises;

/**
 * The demo's calibration course, set up by the demo trainer: the starter exercises, four panel members of
 * the real competition and four trainee accounts on it; some have scored exercises (the chair and a member
 * are calibrated, another member is not yet), and a mock interview's sitting is open today with trainees
 * playing the panel.
 */
final class DemoTraining {

    private static final LocalizedText ORGANISATION = LocalizedText.of("Әкімдер мектебі", "Школа акимов",
            "School of Akims");

    private DemoTraining() {
    }

    static void create(Services services, Map<String, Account> accounts) {
        services.access().signIn(accounts.get("trainer"));
        FrameworkSummary framework = services.rubric().list().get(0);
        Office office = services.office().office();
        LocalDate today = LocalDate.now();
        Campaign course = services.campaigns().create(new Campaign(0, LocalizedText.of(
                "Бағалаушыларды калибрлеу және жаттығу сұхбаттары, 2027",
                "Калибровка оценщиков и учебные собеседования, 2027",
                "Rater calibration and mock interviews, 2027"), CampaignType.TRAINING,
                List.of(new Post(0, LocalizedText.of("Аудан әкімінің орынбасары (оқу)",
                        "Заместитель акима района (учебная)", "Deputy district akim (training)"),
                        DemoCampaigns.MANAGERIAL)),
                today.minusWeeks(2), today.plusWeeks(4), office.code(), office.region(), framework.id(),
                CampaignStatus.ACTIVE, Quorum.TWO_THIRDS, Campaign.DEFAULT_DIVERGENCE, StateBody.LOCAL));
        TrainingService training = services.training();
        training.addExercises(course.id(), StarterExercises.read(), Optional.empty());
        for (String login : List.of("chair", "member", "member2", "member3", "trainee1", "trainee2", "trainee3",
                "trainee4")) {
            training.addTrainee(course.id(), accounts.get(login).id(), false);
        }
        List<StoredExercise> exercises = training.exercises(course.id());
        score(services, accounts.get("chair"), exercises.subList(0, 3), 0);
        score(services, accounts.get("member"), exercises.subList(0, 4), 1);
        score(services, accounts.get("member2"), exercises.subList(0, 2), 2);
        score(services, accounts.get("trainee1"), exercises.subList(0, 3), 3);
        services.access().signIn(accounts.get("trainer"));
        mockInterview(services, course, accounts);
        services.access().signOut();
    }

    /**
     * Submits the exercises as {@code account}: the first competency off the reference by {@code offset}
     * (kept on the scale), the others on it, with evidence.
     */
    private static void score(Services services, Account account, List<StoredExercise> exercises, int offset) {
        services.access().signIn(account);
        CalibrationService calibration = services.calibration();
        for (StoredExercise exercise : exercises) {
            int nth = 0;
            for (ReferenceLevel reference : exercise.exercise().references()) {
                int level = reference.level().intValue() + (nth++ == 0 ? offset : 0);
                calibration.save(exercise.id(), new ExerciseScore(reference.competencyCode(), Math.min(5, level),
                        evidence(exercise)));
            }
            calibration.submit(exercise.id());
        }
    }

    private static String evidence(StoredExercise exercise) {
        return "Жауаптан: " + exercise.exercise().title().kk();
    }

    /** A mock panel of trainees, three role-played candidates, and today's sitting open. */
    private static void mockInterview(Services services, Campaign course, Map<String, Account> accounts) {
        add(services, course, "Нұрсұлтан Әлібек Ержанұлы", PanelRole.CHAIR, accounts.get("trainee1"));
        add(services, course, "Ли Светлана Викторовна", PanelRole.MEMBER, accounts.get("trainee2"));
        add(services, course, "Жақсылықов Ғалым Маратұлы", PanelRole.MEMBER, accounts.get("trainee3"));
        add(services, course, "Бекова Томирис Асқарқызы", PanelRole.SECRETARY, accounts.get("trainee4"));
        Random random = new Random(17);
        Sitting sitting = services.panels().planSitting(course.id(), LocalDate.now(), "Оқу аудиториясы, 2 қабат");
        LocalTime at = LocalTime.of(14, 0);
        for (int i = 0; i < 3; i++) {
            Candidate candidate = services.campaigns().addCandidate(DemoCampaigns.candidate(course.id(),
                    course.posts().get(0), random));
            services.panels().addSlot(sitting.id(), at, candidate.id());
            at = at.plusMinutes(40);
            for (PanelMember member : services.panels().members(course.id())) {
                if (member.role().voting()) {
                    services.panels().declare(new ConflictDeclaration(member.id(), candidate.id(), false, ""));
                }
            }
        }
        for (PanelMember member : services.panels().members(course.id())) {
            services.panels().markPresent(sitting.id(), member.id(), true);
        }
        services.panels().open(sitting.id());
    }

    private static void add(Services services, Campaign course, String name, PanelRole role, Account account) {
        services.panels().addMember(new PanelMember(0, course.id(), name, role, Affiliation.STATE_BODY, ORGANISATION,
                account.id(), null));
    }
}
