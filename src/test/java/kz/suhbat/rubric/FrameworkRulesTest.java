package kz.suhbat.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import kz.suhbat.common.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

/** A framework whose levels or competency names the central office could not keep is not saved. */
class FrameworkRulesTest {

    private final Framework demo = DemoFramework.read();

    @Test
    void theDemoFrameworkBreaksNoRule() {
        assertEquals(List.of(), FrameworkRules.check(demo));
    }

    @Test
    void aScaleBeyondTenIsRefused() {
        RatingScale wide = new RatingScale(IntStream.rangeClosed(1, 12)
                .mapToObj(l -> new ScaleLevel(l, LocalizedText.of("Деңгей", "Уровень", "Level"), null)).toList());
        Framework framework = new Framework(demo.code(), demo.version(), demo.status(), demo.name(),
                demo.description(), wide, demo.competencies(), demo.profiles());

        assertEquals(List.of("rubric.rule.scaleRange"), keys(framework));
    }

    @Test
    void aCompetencyNameLongerThanTheCentralOfficeKeepsIsRefused() {
        List<Competency> competencies = new ArrayList<>(demo.competencies());
        Competency first = competencies.get(0);
        competencies.set(0, new Competency(first.code(), LocalizedText.of(first.name().kk(),
                "К".repeat(FrameworkRules.COMPETENCY_NAME_LIMIT + 1), first.name().en()), first.definition(),
                first.postGroups(), first.corps(), first.indicators(), first.questions()));
        Framework framework = new Framework(demo.code(), demo.version(), demo.status(), demo.name(),
                demo.description(), demo.scale(), competencies, demo.profiles());

        assertEquals(List.of("rubric.rule.competencyNameTooLong"), keys(framework));
    }

    private static List<String> keys(Framework framework) {
        return FrameworkRules.check(framework).stream().map(RuleViolation::key).toList();
    }
}
