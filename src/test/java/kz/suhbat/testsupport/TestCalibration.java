package kz.suhbat.testsupport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Framework;
import kz.suhbat.security.Account;
import kz.suhbat.security.Role;
import kz.suhbat.training.CalibrationRule;
import kz.suhbat.training.Exercise;
import kz.suhbat.training.ExerciseScore;
import kz.suhbat.training.ExerciseSet;
import kz.suhbat.training.ReferenceLevel;

/**
 * Raters calibrated today the way a course calibrates them: a trainer's course on the built-in framework
 * whose rule asks for one exercise within half a level, one scripted answer with a reference level of 3,
 * and each rater scoring it 3 with evidence and submitting. Leaves the trainer signed in.
 */
public final class TestCalibration {

    private TestCalibration() {
    }

    /** Calibrates {@code raters} (each with {@link TestOffice#PASSWORD}); returns the trainer who ran the course. */
    public static Account calibrate(TestOffice office, List<Account> raters) {
        var services = office.services();
        office.actAsAdmin();
        Account trainer = services.accounts().list().stream().filter(a -> a.role() == Role.TRAINER).findFirst()
                .orElseGet(() -> office.addAccount("coach", "Әсел Нұрланқызы", Role.TRAINER));
        office.actAs(trainer);
        Campaign course = services.campaigns().create(TestCampaigns.asTraining(TestCampaigns.competition(office,
                LocalizedText.of("Бағалаушыларды калибрлеу", "Калибровка оценщиков", ""))));
        Framework framework = services.rubric().load(course.frameworkId()).orElseThrow();
        String competency = framework.competencies().get(0).code();
        services.training().setRule(course.id(), new CalibrationRule(new BigDecimal("0.50"), 1));
        services.training().addExercises(course.id(), new ExerciseSet(LocalizedText.of("Жаттығу", "Упражнение", ""),
                framework.code(), List.of(new Exercise("EX-1", LocalizedText.of("Жауап", "Ответ", ""), competency, 1,
                        LocalizedText.of("Мен шешімді топпен талқылап қабылдадым.",
                                "Я принял решение, обсудив его с группой.", ""),
                        Optional.empty(), List.of(new ReferenceLevel(competency, BigDecimal.valueOf(3),
                                LocalizedText.of("Орташа деңгей", "Средний уровень", "")))))), Optional.empty());
        long exercise = services.training().exercises(course.id()).get(0).id();
        for (Account rater : raters) {
            services.training().addTrainee(course.id(), rater.id(), false);
        }
        for (Account rater : raters) {
            office.actAs(rater);
            services.calibration().save(exercise, new ExerciseScore(competency, 3, "Топпен талқылады"));
            services.calibration().submit(exercise);
        }
        office.actAs(trainer);
        return trainer;
    }
}
