package kz.suhbat.rubric.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.rubric.DemoFramework;
import org.junit.jupiter.api.Test;

/** A rubric file with problems is refused with every problem, each at its place; nothing is read from it. */
class RubricJsonProblemsTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final RubricJson json = new RubricJson();

    /** The built-in framework as a rubric file, changed by {@code change}, then read. */
    private List<RubricProblem> problemsAfter(Consumer<ObjectNode> change) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(DemoFramework.read(), out);
        ObjectNode file = (ObjectNode) mapper.readTree(out.toByteArray());
        change.accept(file);
        return problemsOf(mapper.writeValueAsBytes(file));
    }

    private List<RubricProblem> problemsOf(byte[] bytes) {
        return assertThrows(RubricFileException.class, () -> json.read(new ByteArrayInputStream(bytes))).problems();
    }

    private static ObjectNode framework(ObjectNode file) {
        return (ObjectNode) file.get("framework");
    }

    private static ObjectNode competency(ObjectNode file, int index) {
        return (ObjectNode) framework(file).get("competencies").get(index);
    }

    private static ObjectNode profile(ObjectNode file, int index) {
        return (ObjectNode) framework(file).get("profiles").get(index);
    }

    private static void assertProblem(List<RubricProblem> problems, String place, String key, Object... args) {
        RubricProblem expected = new RubricProblem(place, key, List.of(args));
        assertTrue(problems.contains(expected), "expected " + expected + " among " + problems);
    }

    @Test
    void everyProblemIsCollectedWithItsPlace() throws Exception {
        List<RubricProblem> problems = problemsAfter(file -> {
            ((ObjectNode) competency(file, 2).get("questions").get(0).get("text")).put("kk", "  ");
            ((ObjectNode) competency(file, 0).get("name")).remove("en");
            competency(file, 1).remove("definition");
            ((ObjectNode) competency(file, 3).get("questions").get(1)).put("kind", "BEHAVIORAL");
            ((ObjectNode) competency(file, 4).get("questions").get(0)).put("minutes", 0);
            ((ObjectNode) competency(file, 5).get("indicators").get(0)).put("level", 6);
            ((ObjectNode) competency(file, 6).get("questions").get(0)).putArray("revealsLevels").add(3).add(9);
            competency(file, 7).put("code", "DEC");
            profile(file, 1).put("code", "MGR-B");
            profile(file, 0).put("passThreshold", new BigDecimal("5.5"));
        });
        assertProblem(problems, "competencies[2].questions[0].text.kk", ProblemKeys.MISSING_LANGUAGE);
        assertProblem(problems, "competencies[0].name.en", ProblemKeys.MISSING_LANGUAGE);
        assertProblem(problems, "competencies[1].definition", ProblemKeys.MISSING_FIELD);
        assertProblem(problems, "competencies[3].questions[1].kind", ProblemKeys.UNKNOWN_VALUE, "BEHAVIORAL",
                "BEHAVIOURAL, SITUATIONAL");
        assertProblem(problems, "competencies[4].questions[0].minutes", ProblemKeys.MINUTES_TOO_FEW, 0);
        assertProblem(problems, "competencies[5].indicators[0].level", ProblemKeys.LEVEL_OUTSIDE_SCALE, 6, 1, 5);
        assertProblem(problems, "competencies[6].questions[0].revealsLevels[1]", ProblemKeys.LEVEL_OUTSIDE_SCALE,
                9, 1, 5);
        assertProblem(problems, "competencies[7].code", ProblemKeys.DUPLICATE_COMPETENCY, "DEC");
        assertProblem(problems, "profiles[1].code", ProblemKeys.DUPLICATE_PROFILE, "MGR-B");
        assertProblem(problems, "profiles[0].passThreshold", ProblemKeys.THRESHOLD_OUTSIDE_SCALE,
                new BigDecimal("5.5"), 1, 5);
        // LEA was renamed DEC above, so the profile that weighs LEA now names an unknown competency.
        assertProblem(problems, "profiles[0].competencies[0].code", ProblemKeys.UNKNOWN_COMPETENCY, "LEA");
        assertEquals(11, problems.size(), problems.toString());
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLine() throws Exception {
        byte[] cp1251 = "{\n\"format\": \"suhbat-rubric\",\n\"x\": \"Компетенция\"\n}"
                .getBytes(Charset.forName("windows-1251"));
        List<RubricProblem> problems = problemsOf(cp1251);
        assertEquals(List.of(RubricProblem.of("", ProblemKeys.NOT_UTF8, "3")), problems);
    }

    @Test
    void brokenJsonIsReportedWithLineAndColumn() {
        byte[] broken = "{\n  \"format\": \"suhbat-rubric\",\n  \"formatVersion\": 1,\n  \"framework\": {,\n}"
                .getBytes(StandardCharsets.UTF_8);
        RubricProblem problem = problemsOf(broken).get(0);
        assertEquals(ProblemKeys.BROKEN_JSON, problem.key());
        assertEquals(List.of("4", "17"), problem.args().subList(0, 2));
    }

    @Test
    void aKeyGivenTwiceIsBrokenJson() {
        byte[] twice = "{\"format\": \"suhbat-rubric\", \"format\": \"x\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals(ProblemKeys.BROKEN_JSON, problemsOf(twice).get(0).key());
    }

    @Test
    void anEmptyFileOrAnotherJsonIsRefused() {
        assertEquals(ProblemKeys.EMPTY_FILE, problemsOf(new byte[0]).get(0).key());
        assertEquals(ProblemKeys.NOT_RUBRIC_FILE, problemsOf("[1, 2]".getBytes(StandardCharsets.UTF_8)).get(0).key());
        assertEquals(List.of(RubricProblem.of("format", ProblemKeys.MISSING_FIELD)),
                problemsOf("{\"name\": \"package\", \"version\": \"1.0\"}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aWorkbookChosenByMistakeIsNotARubricFile() throws Exception {
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        new QuestionSheetTemplate().writeXlsx(workbook);
        assertEquals(List.of(RubricProblem.of("", ProblemKeys.NOT_RUBRIC_FILE)), problemsOf(workbook.toByteArray()));
    }

    @Test
    void anotherFormatOrFormatVersionIsRefusedAtOnce() throws Exception {
        assertEquals(List.of(RubricProblem.of("format", ProblemKeys.WRONG_FORMAT, "suhbat-package", "suhbat-rubric")),
                problemsAfter(file -> {
                    file.put("format", "suhbat-package");
                    framework(file).remove("code");
                }));
        assertEquals(List.of(RubricProblem.of("formatVersion", ProblemKeys.WRONG_FORMAT_VERSION, 2, 1)),
                problemsAfter(file -> file.put("formatVersion", 2)));
        assertEquals(List.of(RubricProblem.of("formatVersion", ProblemKeys.EXPECTED_WHOLE_NUMBER)),
                problemsAfter(file -> file.put("formatVersion", "1")));
    }

    @Test
    void missingFieldsWrongTypesAndUnknownFieldsAreReported() throws Exception {
        List<RubricProblem> problems = problemsAfter(file -> {
            framework(file).remove("version");
            framework(file).put("name", "just a string");
            framework(file).put("colour", "blue");
            framework(file).put("status", "ARCHIVED");
            competency(file, 0).put("indicators", "none");
            ((ObjectNode) competency(file, 1).get("name")).put("kz", "typo");
            ((ObjectNode) competency(file, 2).get("name")).put("ru", 7);
            competency(file, 3).putArray("postGroups").add("MANAGERIAL").add("SENIOR");
            profile(file, 0).put("passThreshold", "3.5");
            file.remove("framework");
        });
        assertEquals(List.of(RubricProblem.of("framework", ProblemKeys.MISSING_FIELD)), problems);

        problems = problemsAfter(file -> {
            framework(file).remove("version");
            framework(file).put("name", "just a string");
            framework(file).put("colour", "blue");
            framework(file).put("status", "ARCHIVED");
            competency(file, 0).put("indicators", "none");
            ((ObjectNode) competency(file, 1).get("name")).put("kz", "typo");
            ((ObjectNode) competency(file, 2).get("name")).put("ru", 7);
            competency(file, 3).putArray("postGroups").add("MANAGERIAL").add("SENIOR");
            profile(file, 0).put("passThreshold", "3.5");
        });
        assertProblem(problems, "version", ProblemKeys.MISSING_FIELD);
        assertProblem(problems, "name", ProblemKeys.EXPECTED_OBJECT);
        assertProblem(problems, "colour", ProblemKeys.UNKNOWN_FIELD);
        assertProblem(problems, "status", ProblemKeys.UNKNOWN_VALUE, "ARCHIVED", "DRAFT, ACTIVE, RETIRED");
        assertProblem(problems, "competencies[0].indicators", ProblemKeys.EXPECTED_LIST);
        assertProblem(problems, "competencies[1].name.kz", ProblemKeys.UNKNOWN_FIELD);
        assertProblem(problems, "competencies[2].name.ru", ProblemKeys.EXPECTED_TEXT);
        assertProblem(problems, "competencies[3].postGroups[1]", ProblemKeys.UNKNOWN_VALUE, "SENIOR",
                "MANAGERIAL, EXECUTIVE");
        assertProblem(problems, "profiles[0].passThreshold", ProblemKeys.EXPECTED_NUMBER);
        assertEquals(9, problems.size(), problems.toString());
    }

    @Test
    void theScaleMustHaveAtLeastTwoConsecutiveLevels() throws Exception {
        List<RubricProblem> gap = problemsAfter(file -> ((ObjectNode) framework(file).get("scale").get(4))
                .put("level", 7));
        assertProblem(gap, "scale", ProblemKeys.SCALE_NOT_CONSECUTIVE, "1, 2, 3, 4, 7");
        List<RubricProblem> repeated = problemsAfter(file -> ((ObjectNode) framework(file).get("scale").get(4))
                .put("level", 4));
        assertProblem(repeated, "scale", ProblemKeys.SCALE_NOT_CONSECUTIVE, "1, 2, 3, 4, 4");
        List<RubricProblem> single = problemsAfter(file -> {
            ArrayNode scale = (ArrayNode) framework(file).get("scale");
            while (scale.size() > 1) {
                scale.remove(1);
            }
        });
        assertProblem(single, "scale", ProblemKeys.SCALE_TOO_SMALL, 1);
    }

    @Test
    void profileRulesAreChecked() throws Exception {
        List<RubricProblem> problems = problemsAfter(file -> {
            ArrayNode first = (ArrayNode) profile(file, 0).get("competencies");
            ((ObjectNode) first.get(0)).put("code", "NOPE");
            ((ObjectNode) first.get(1)).put("weight", new BigDecimal("19.5"));
            ArrayNode second = (ArrayNode) profile(file, 1).get("competencies");
            while (second.size() > 4) {
                second.remove(4);
            }
        });
        assertProblem(problems, "profiles[0].competencies[0].code", ProblemKeys.UNKNOWN_COMPETENCY, "NOPE");
        assertProblem(problems, "profiles[0].competencies", ProblemKeys.WEIGHTS_SUM, new BigDecimal("99.5"));
        assertProblem(problems, "profiles[1].competencies", ProblemKeys.PROFILE_SIZE, 4, 5, 8);
    }

    @Test
    void aProfileOfNineOrWithARepeatedCompetencyIsRefused() throws Exception {
        List<RubricProblem> problems = problemsAfter(file -> {
            ArrayNode weights = (ArrayNode) profile(file, 0).get("competencies");
            ((ObjectNode) weights.get(1)).put("code", "LEA");
            ArrayNode nine = (ArrayNode) profile(file, 1).get("competencies");
            while (nine.size() < 9) {
                nine.addObject().put("code", "DEC").put("weight", 0);
            }
        });
        assertProblem(problems, "profiles[0].competencies[1].code", ProblemKeys.DUPLICATE_PROFILE_COMPETENCY, "LEA");
        assertProblem(problems, "profiles[1].competencies", ProblemKeys.PROFILE_SIZE, 9, 5, 8);
        assertProblem(problems, "profiles[1].competencies[8].weight", ProblemKeys.WEIGHT_NOT_POSITIVE,
                BigDecimal.ZERO);
    }

    @Test
    void codesAndNumbersMustFitStorage() throws Exception {
        List<RubricProblem> problems = problemsAfter(file -> {
            framework(file).put("code", "has space");
            framework(file).put("version", 0);
            ((ObjectNode) competency(file, 0).get("name")).put("en", "x".repeat(401));
            ((ObjectNode) profile(file, 0).get("competencies").get(0)).put("weight", new BigDecimal("20.001"));
            framework(file).putArray("competencies");
        });
        assertProblem(problems, "code", ProblemKeys.INVALID_CODE, "has space");
        assertProblem(problems, "version", ProblemKeys.VERSION_TOO_LOW, 0);
        assertProblem(problems, "competencies", ProblemKeys.EMPTY_LIST);
        assertProblem(problems, "profiles[0].competencies[0].weight", ProblemKeys.TOO_MANY_DECIMALS, "20.001");

        List<RubricProblem> tooLong = problemsAfter(file ->
                ((ObjectNode) competency(file, 0).get("name")).put("en", "x".repeat(401)));
        assertEquals(List.of(RubricProblem.of("competencies[0].name.en", ProblemKeys.TOO_LONG, 401, 400)), tooLong);
    }

    @Test
    void problemsAreTranslatedWithTheirPlace() throws Exception {
        List<RubricProblem> problems = problemsAfter(file ->
                ((ObjectNode) competency(file, 2).get("questions").get(0).get("text")).put("kk", ""));
        RubricProblem problem = problems.get(0);
        assertEquals("competencies[2].questions[0].text.kk: This text is missing or blank: every text needs "
                + "Kazakh (kk), Russian (ru) and English (en).", problem.describe(new I18n(Language.EN)));
        assertTrue(problem.describe(new I18n(Language.KK)).startsWith("competencies[2].questions[0].text.kk: Мәтін"));
        assertTrue(problem.describe(new I18n(Language.RU)).startsWith("competencies[2].questions[0].text.kk: Текст"));
    }
}
