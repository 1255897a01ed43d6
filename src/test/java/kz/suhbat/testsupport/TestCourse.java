package kz.suhbat.testsupport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignStatus;
import kz.suhbat.campaign.CampaignType;
import kz.suhbat.campaign.Post;
import kz.suhbat.campaign.Quorum;
import kz.suhbat.campaign.StateBody;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Framework;
import kz.suhbat.security.Account;
import kz.suhbat.security.Region;
import kz.suhbat.security.Role;
import kz.suhbat.training.Exercise;
import kz.suhbat.training.ExerciseScore;
import kz.suhbat.training.ExerciseSet;
import kz.suhbat.training.ReferenceLevel;
import kz.suhbat.training.StoredExercise;

/**
 * A training course of a {@link TestOffice}, built by its trainer on the built-in framework: two scripted
 * exercises, each with references on two competencies, and trainees who submit their levels.
 */
public final class TestCourse {

    public static final String TRAINER = "trainer";

    private final TestOffice office;
    public final Account trainer;
    public final Campaign campaign;
    public final List<StoredExercise> exercises;

    private TestCourse(TestOffice office, Account trainer, Campaign campaign, List<StoredExercise> exercises) {
        this.office = office;
        this.trainer = trainer;
        this.campaign = campaign;
        this.exercises = exercises;
    }

    /**
     * The course "Әкімдер мектебі" with exercises EX-01 (references 4 and 3 on the first two competencies)
     * and EX-02 (3 and 2 on the third and fourth); the trainer stays signed in.
     */
    public static TestCourse create(TestOffice office) {
        Account trainer = office.addAccount(TRAINER, "Тренер Динара", Role.TRAINER);
        office.actAs(trainer);
        long frameworkId = office.services().rubric().list().get(0).id();
        Framework framework = office.services().rubric().load(frameworkId).orElseThrow();
        Campaign campaign = office.services().campaigns().create(new Campaign(0,
                LocalizedText.of("Әкімдер мектебі", "Школа акимов", "School of Akims"), CampaignType.TRAINING,
                List.of(new Post(0, LocalizedText.of("Оқу лауазымы", "Учебная должность", "Training post"),
                        framework.profiles().get(0).code())),
                LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 31), "TST-01", Region.ASTANA, frameworkId,
                CampaignStatus.ACTIVE, Quorum.TWO_THIRDS, Campaign.DEFAULT_DIVERGENCE, StateBody.LOCAL));
        List<String> codes = framework.competencies().stream().map(c -> c.code()).toList();
        ExerciseSet set = new ExerciseSet(LocalizedText.of("Сынақ жинағы", "Пробный набор", "Trial set"),
                framework.code(), List.of(
                        exercise("EX-01", codes.get(0), List.of(reference(codes.get(0), 4), reference(codes.get(1), 3))),
                        exercise("EX-02", codes.get(2), List.of(reference(codes.get(2), 3), reference(codes.get(3), 2)))));
        office.services().training().addExercises(campaign.id(), set, Optional.empty());
        return new TestCourse(office, trainer, campaign, office.services().training().exercises(campaign.id()));
    }

    private static Exercise exercise(String code, String competency, List<ReferenceLevel> references) {
        return new Exercise(code, LocalizedText.of("Жауап " + code, "Ответ " + code, "Answer " + code), competency, 1,
                LocalizedText.of("Мен бөлімде жаңа тәртіп енгіздім…", "Я ввёл в отделе новый порядок…",
                        "I brought a new procedure into the department…"), Optional.empty(), references);
    }

    private static ReferenceLevel reference(String competency, int level) {
        return new ReferenceLevel(competency, BigDecimal.valueOf(level),
                LocalizedText.of("Мысалда нақты әрекет бар", "В примере есть конкретные действия",
                        "The example shows concrete actions"));
    }

    /** A training account put on the course by the trainer. */
    public Account trainee(String login, String name, boolean reference) {
        Account account = office.addAccount(login, name, Role.TRAINEE);
        office.actAs(trainer);
        office.services().training().addTrainee(campaign.id(), account.id(), reference);
        return account;
    }

    /** {@code trainee} scores exercise {@code index} (from 0) with {@code levels}, in reference order, and submits. */
    public void submit(Account trainee, int index, int... levels) {
        StoredExercise exercise = exercises.get(index);
        office.actAs(trainee);
        List<ReferenceLevel> references = new ArrayList<>(exercise.exercise().references());
        for (int i = 0; i < levels.length; i++) {
            office.services().calibration().save(exercise.id(),
                    new ExerciseScore(references.get(i).competencyCode(), levels[i], "Ол нақты не істегенін айтты"));
        }
        office.services().calibration().submit(exercise.id());
        office.actAs(trainer);
    }
}
