package kz.suhbat.rubric;

import kz.suhbat.rubric.file.RubricFileException;
import kz.suhbat.rubric.file.RubricJson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.suhbat.common.i18n.Language;
import org.junit.jupiter.api.Test;

/** The built-in framework is complete enough for a real panel, in all three languages. */
class DemoFrameworkTest {

    private final Framework framework = DemoFramework.read();

    @Test
    void itHoldsTheSeedCompetencies() {
        List<String> codes = framework.competencies().stream().map(Competency::code).toList();
        assertEquals(List.of("DEC", "SRV", "INF", "STR", "COO", "DEV", "ETH", "LEA"), codes);
        assertEquals("Стресске төзімділік", framework.competency("STR").orElseThrow().name().kk());
    }

    @Test
    void everyTextIsWrittenInEveryLanguage() {
        for (Language language : Language.values()) {
            assertEquals(0, framework.missingTranslations(language), language.name());
        }
    }

    @Test
    void everyLevelHasPositiveAndNegativeIndicators() {
        assertEquals(1, framework.scale().lowest());
        assertEquals(5, framework.scale().highest());
        for (Competency competency : framework.competencies()) {
            for (int level = 1; level <= 5; level++) {
                assertFalse(competency.indicatorsAt(level, Polarity.POSITIVE).isEmpty(), competency.code() + level);
                assertFalse(competency.indicatorsAt(level, Polarity.NEGATIVE).isEmpty(), competency.code() + level);
            }
        }
    }

    @Test
    void everyCompetencyHasAtLeastThreeQuestionsWithProbes() {
        for (Competency competency : framework.competencies()) {
            assertTrue(competency.questions().size() >= 3, competency.code());
            competency.questions().forEach(q -> assertFalse(q.probes().isEmpty(), competency.code()));
        }
    }

    @Test
    void profilesWeighOnlyKnownCompetenciesToAHundredPercent() {
        assertEquals(2, framework.profiles().size());
        assertEquals(List.of(PostGroup.MANAGERIAL, PostGroup.EXECUTIVE),
                framework.profiles().stream().map(PositionProfile::postGroup).toList());
        for (PositionProfile profile : framework.profiles()) {
            assertEquals(0, new BigDecimal("100").compareTo(profile.totalWeight()), profile.code());
            profile.competencies().forEach(w -> assertTrue(framework.competency(w.competencyCode()).isPresent()));
            assertTrue(profile.passThreshold().compareTo(BigDecimal.valueOf(framework.scale().highest())) <= 0);
        }
    }

    @Test
    void aFileOfAnotherFormatVersionIsRefused() {
        String json = "{\"format\":\"suhbat-rubric\",\"formatVersion\":99,\"framework\":null}";
        RubricFileException refused = org.junit.jupiter.api.Assertions.assertThrows(RubricFileException.class,
                () -> new RubricJson().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertEquals("rubricfile.problem.wrongFormatVersion", refused.problems().get(0).key());
        assertTrue(refused.problems().get(0).args().contains(99), refused.problems().toString());
    }
}
