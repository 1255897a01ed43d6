package kz.suhbat.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.suhbat.common.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

class FrameworkComparisonTest {

    private final Framework original = DemoFramework.read();

    @Test
    void aFrameworkEqualToItselfHasNoDifferences() {
        assertEquals(List.of(), FrameworkComparison.compare(original, original));
    }

    @Test
    void aChangedTranslationIsReportedInItsLanguageOnly() {
        Competency dec = original.competency("DEC").orElseThrow();
        LocalizedText name = new LocalizedText(dec.name().kk(), "Принятие управленческих решений", dec.name().en());
        Competency renamed = new Competency(dec.code(), name, dec.definition(), dec.postGroups(), dec.corps(),
                dec.indicators(), dec.questions());
        List<Difference> differences = FrameworkComparison.compare(original, replace(original, renamed));
        assertEquals(List.of(new Difference("DEC · name · ru", Difference.Kind.CHANGED, "Принятие решений",
                "Принятие управленческих решений")), differences);
    }

    @Test
    void addedQuestionsRemovedCompetenciesAndNewThresholdsAreListed() {
        Competency dec = original.competency("DEC").orElseThrow();
        List<Question> questions = new ArrayList<>(dec.questions());
        questions.add(new Question(QuestionKind.SITUATIONAL, 4, LocalizedText.of("а", "б", "Imagine a flood"),
                List.of(), List.of(3)));
        Competency longer = new Competency(dec.code(), dec.name(), dec.definition(), dec.postGroups(), dec.corps(),
                dec.indicators(), questions);
        List<Competency> competencies = new ArrayList<>(replace(original, longer).competencies());
        competencies.removeIf(c -> c.code().equals("INF"));
        PositionProfile executive = original.profiles().get(1);
        PositionProfile stricter = new PositionProfile(executive.code(), executive.name(), executive.postGroup(),
                executive.corps(), new BigDecimal("3.25"), executive.competencies());
        Framework changed = new Framework(original.code(), 2, original.status(), original.name(),
                original.description(), original.scale(), competencies,
                List.of(original.profiles().get(0), stricter));
        List<Difference> differences = FrameworkComparison.compare(original, changed);
        assertTrue(differences.contains(new Difference("DEC · Q4", Difference.Kind.ADDED, "", "Imagine a flood")));
        assertTrue(differences.contains(new Difference("INF", Difference.Kind.REMOVED, "Informing service users",
                "")));
        assertTrue(differences.contains(new Difference("EXE-B · threshold", Difference.Kind.CHANGED, "3", "3.25")));
    }

    private static Framework replace(Framework framework, Competency competency) {
        return new Framework(framework.code(), framework.version(), framework.status(), framework.name(),
                framework.description(), framework.scale(), framework.competencies().stream()
                .map(c -> c.code().equals(competency.code()) ? competency : c).toList(), framework.profiles());
    }
}
