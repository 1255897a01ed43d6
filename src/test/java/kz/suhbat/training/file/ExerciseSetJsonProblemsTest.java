package kz.suhbat.training.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import kz.suhbat.rubric.DemoFramework;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.file.ProblemKeys;
import kz.suhbat.rubric.file.RubricFileException;
import kz.suhbat.rubric.file.RubricJson;
import kz.suhbat.rubric.file.RubricProblem;
import org.junit.jupiter.api.Test;

/**
 * An exercise set file with problems is refused with every problem, each at its place (the exercise's
 * position and code, then the field); nothing is read from it.
 */
class ExerciseSetJsonProblemsTest {

    private static final Framework BUILT_IN = DemoFramework.read();

    private final ObjectMapper mapper = new ObjectMapper();
    private final ExerciseSetJson json = new ExerciseSetJson();

    /** The starter set as a file, changed by {@code change}, then read against the built-in framework. */
    private List<RubricProblem> problemsAfter(Consumer<ObjectNode> change) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(StarterExercises.readFor(BUILT_IN), out);
        ObjectNode file = (ObjectNode) mapper.readTree(out.toByteArray());
        change.accept(file);
        return problemsOf(mapper.writeValueAsBytes(file));
    }

    private List<RubricProblem> problemsOf(byte[] bytes) {
        return problemsOf(new ByteArrayInputStream(bytes));
    }

    private List<RubricProblem> problemsOf(InputStream in) {
        return assertThrows(RubricFileException.class, () -> json.read(in, BUILT_IN)).problems();
    }

    private static ObjectNode set(ObjectNode file) {
        return (ObjectNode) file.get("set");
    }

    private static ObjectNode exercise(ObjectNode file, int index) {
        return (ObjectNode) set(file).get("exercises").get(index);
    }

    private static ObjectNode reference(ObjectNode file, int exercise, int index) {
        return (ObjectNode) exercise(file, exercise).get("references").get(index);
    }

    private static void assertProblem(List<RubricProblem> problems, String place, String key, Object... args) {
        RubricProblem expected = new RubricProblem(place, key, List.of(args));
        assertTrue(problems.contains(expected), "expected " + expected + " among " + problems);
    }

    private static List<RubricProblem> only(String place, String key, Object... args) {
        return List.of(new RubricProblem(place, key, List.of(args)));
    }

    @Test
    void everyProblemIsCollectedWithTheExerciseCodeAndField() throws Exception {
        List<RubricProblem> problems = problemsAfter(file -> {
            exercise(file, 0).put("colour", "blue");
            ((ObjectNode) exercise(file, 1).get("transcript")).remove("kk");
            ((ObjectNode) reference(file, 2, 0).get("reason")).put("en", "  ");
            reference(file, 3, 0).put("level", 6);
            reference(file, 4, 1).put("level", new BigDecimal("2.5"));
            exercise(file, 5).put("competencyCode", "XYZ");
            exercise(file, 6).put("questionNumber", 4);
            exercise(file, 7).put("code", "SRV-PENSION");
            reference(file, 8, 1).put("competencyCode", "COO");
            set(file).put("level", 3);
        });
        assertProblem(problems, "exercises[0] (SRV-PENSION).colour", ProblemKeys.UNKNOWN_FIELD);
        assertProblem(problems, "exercises[1] (DEC-HEATING).transcript.kk", ProblemKeys.MISSING_LANGUAGE);
        assertProblem(problems, "exercises[2] (COO-LAND).references[0].reason.en", ProblemKeys.MISSING_LANGUAGE);
        assertProblem(problems, "exercises[3] (ETH-GIFT).references[0].level", ProblemKeys.LEVEL_OUTSIDE_SCALE,
                6, 1, 5);
        assertProblem(problems, "exercises[4] (STR-RECEPTION).references[1].level",
                ExerciseProblemKeys.LEVEL_NOT_WHOLE, "2.5");
        assertProblem(problems, "exercises[5] (DEV-BUDGET).competencyCode", ProblemKeys.UNKNOWN_COMPETENCY, "XYZ");
        assertProblem(problems, "exercises[6] (LEA-DISTRICT).questionNumber", ExerciseProblemKeys.NO_SUCH_QUESTION,
                4, "LEA", 3);
        assertProblem(problems, "exercises[7] (SRV-PENSION).code", ExerciseProblemKeys.DUPLICATE_CODE, "SRV-PENSION");
        assertProblem(problems, "exercises[8] (COO-DATA).references[1].competencyCode",
                ExerciseProblemKeys.DUPLICATE_REFERENCE, "COO");
        assertProblem(problems, "level", ProblemKeys.UNKNOWN_FIELD);
        assertEquals(10, problems.size(), problems.toString());
    }

    @Test
    void aTextMissingInOneLanguageIsRefused() throws Exception {
        assertEquals(only("exercises[0] (SRV-PENSION).title.ru", ProblemKeys.MISSING_LANGUAGE),
                problemsAfter(file -> ((ObjectNode) exercise(file, 0).get("title")).put("ru", "")));
        assertEquals(only("title.en", ProblemKeys.MISSING_LANGUAGE),
                problemsAfter(file -> ((ObjectNode) set(file).get("title")).remove("en")));
        assertEquals(only("exercises[0] (SRV-PENSION).title.kz", ProblemKeys.UNKNOWN_FIELD),
                problemsAfter(file -> ((ObjectNode) exercise(file, 0).get("title")).put("kz", "typo")));
    }

    @Test
    void aReferenceLevelMustBeAWholeLevelOnTheScale() throws Exception {
        assertEquals(only("exercises[0] (SRV-PENSION).references[0].level", ProblemKeys.LEVEL_OUTSIDE_SCALE, 0, 1, 5),
                problemsAfter(file -> reference(file, 0, 0).put("level", 0)));
        assertEquals(only("exercises[0] (SRV-PENSION).references[0].level", ExerciseProblemKeys.LEVEL_NOT_WHOLE, "3.5"),
                problemsAfter(file -> reference(file, 0, 0).put("level", new BigDecimal("3.5"))));
        assertEquals(only("exercises[0] (SRV-PENSION).references[0].level", ProblemKeys.EXPECTED_WHOLE_NUMBER),
                problemsAfter(file -> reference(file, 0, 0).put("level", "4")));
    }

    @Test
    void competenciesAndQuestionsMustExistInTheFramework() throws Exception {
        assertEquals(only("exercises[2] (COO-LAND).references[1].competencyCode", ProblemKeys.UNKNOWN_COMPETENCY,
                "SERVICE"), problemsAfter(file -> reference(file, 2, 1).put("competencyCode", "SERVICE")));
        assertEquals(only("exercises[0] (SRV-PENSION).questionNumber", ExerciseProblemKeys.NO_SUCH_QUESTION, 0,
                "SRV", 3), problemsAfter(file -> exercise(file, 0).put("questionNumber", 0)));
        assertEquals(only("exercises[0] (SRV-PENSION).questionNumber", ExerciseProblemKeys.NO_SUCH_QUESTION, 4,
                "SRV", 3), problemsAfter(file -> exercise(file, 0).put("questionNumber", 4)));
    }

    @Test
    void codesArePlainAndUnique() throws Exception {
        assertEquals(only("exercises[0].code", ExerciseProblemKeys.INVALID_CODE, "SRV PENSION"),
                problemsAfter(file -> exercise(file, 0).put("code", "SRV PENSION")));
        assertEquals(only("exercises[0].code", ExerciseProblemKeys.INVALID_CODE, "-SRV"),
                problemsAfter(file -> exercise(file, 0).put("code", "-SRV")));
        assertEquals(only("exercises[0].code", ExerciseProblemKeys.INVALID_CODE, "S".repeat(65)),
                problemsAfter(file -> exercise(file, 0).put("code", "S".repeat(65))));
        assertEquals(only("exercises[1] (SRV-PENSION).code", ExerciseProblemKeys.DUPLICATE_CODE, "SRV-PENSION"),
                problemsAfter(file -> exercise(file, 1).put("code", "SRV-PENSION")));
    }

    @Test
    void everyExerciseHasAReferenceAndEachCompetencyOnce() throws Exception {
        assertEquals(only("exercises[0] (SRV-PENSION).references", ProblemKeys.EMPTY_LIST),
                problemsAfter(file -> exercise(file, 0).putArray("references")));
        assertEquals(only("exercises[0] (SRV-PENSION).references[2].competencyCode",
                        ExerciseProblemKeys.DUPLICATE_REFERENCE, "SRV"),
                problemsAfter(file -> reference(file, 0, 2).put("competencyCode", "SRV")));
        assertEquals(only("exercises", ProblemKeys.EMPTY_LIST),
                problemsAfter(file -> set(file).putArray("exercises")));
    }

    @Test
    void mediaIsAPlainFileNameOfAPlayableType() throws Exception {
        for (String path : List.of("../answer.mp3", "clips/answer.mp3", "clips\\answer.mp3", "C:answer.mp3",
                "/home/trainer/answer.mp3", " answer.mp3")) {
            assertEquals(only("exercises[0] (SRV-PENSION).media", ExerciseProblemKeys.MEDIA_NOT_PLAIN_NAME, path),
                    problemsAfter(file -> exercise(file, 0).put("media", path)), path);
        }
        assertEquals(only("exercises[0] (SRV-PENSION).media", ExerciseProblemKeys.MEDIA_TYPE, "answer.avi",
                "mp3, m4a, wav, aac, mp4, m4v"), problemsAfter(file -> exercise(file, 0).put("media", "answer.avi")));
        assertEquals(only("exercises[0] (SRV-PENSION).media", ExerciseProblemKeys.MEDIA_TYPE, "mp3",
                "mp3, m4a, wav, aac, mp4, m4v"), problemsAfter(file -> exercise(file, 0).put("media", "mp3")));
        String longName = "a".repeat(197) + ".mp3";
        assertEquals(only("exercises[0] (SRV-PENSION).media", ProblemKeys.TOO_LONG, 201, 200),
                problemsAfter(file -> exercise(file, 0).put("media", longName)));
        assertEquals(only("exercises[0] (SRV-PENSION).media", ProblemKeys.EXPECTED_TEXT),
                problemsAfter(file -> exercise(file, 0).put("media", 3)));
    }

    @Test
    void anotherFormatVersionOrFrameworkIsRefusedAtOnce() throws Exception {
        assertEquals(only("formatVersion", ExerciseProblemKeys.WRONG_FORMAT_VERSION, 2, 1),
                problemsAfter(file -> {
                    file.put("formatVersion", 2);
                    exercise(file, 0).put("colour", "blue");
                }));
        assertEquals(only("format", ExerciseProblemKeys.WRONG_FORMAT, "suhbat-exercise", "suhbat-exercises"),
                problemsAfter(file -> file.put("format", "suhbat-exercise")));
        assertEquals(only("frameworkCode", ExerciseProblemKeys.OTHER_FRAMEWORK, "KZ-CS-PILOT", "KZ-CS-BASE"),
                problemsAfter(file -> {
                    set(file).put("frameworkCode", "KZ-CS-PILOT");
                    exercise(file, 0).put("competencyCode", "PILOT-1");
                }));
    }

    @Test
    void aRubricFileOrSomethingElseIsNotAnExerciseSetFile() throws Exception {
        ByteArrayOutputStream rubric = new ByteArrayOutputStream();
        new RubricJson().write(BUILT_IN, rubric);
        assertEquals(only("format", ExerciseProblemKeys.WRONG_FORMAT, "suhbat-rubric", "suhbat-exercises"),
                problemsOf(rubric.toByteArray()));
        assertEquals(List.of(new RubricProblem("", ExerciseProblemKeys.NOT_EXERCISE_FILE, List.of())),
                problemsOf("[1, 2]".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(new RubricProblem("", ProblemKeys.EMPTY_FILE, List.of())), problemsOf(new byte[0]));
        RubricProblem broken = problemsOf("{\n  \"format\": \"suhbat-exercises\",\n}".getBytes(StandardCharsets.UTF_8))
                .get(0);
        assertEquals(ExerciseProblemKeys.BROKEN_JSON, broken.key());
        assertEquals(List.of("3", "1"), broken.args().subList(0, 2));
    }

    @Test
    void sizesAreLimited() throws Exception {
        String longTranscript = "а".repeat(ExerciseRules.TRANSCRIPT_LENGTH + 1);
        assertEquals(only("exercises[0] (SRV-PENSION).transcript.ru", ProblemKeys.TOO_LONG, 20_001, 20_000),
                problemsAfter(file -> ((ObjectNode) exercise(file, 0).get("transcript")).put("ru", longTranscript)));
        List<RubricProblem> tooMany = problemsAfter(file -> {
            ArrayNode exercises = (ArrayNode) set(file).get("exercises");
            ObjectNode first = exercise(file, 0);
            for (int i = exercises.size(); i <= ExerciseRules.MAX_EXERCISES; i++) {
                exercises.add(first.deepCopy().put("code", "EXTRA-" + i));
            }
        });
        assertEquals(only("exercises", ExerciseProblemKeys.TOO_MANY_EXERCISES, 201, 200), tooMany);
    }

    @Test
    void aFileOverEightMebibytesIsRefusedBeforeItIsRead() {
        int[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return ' ';
            }
        };
        assertEquals(only("", ExerciseProblemKeys.TOO_LARGE, 8), problemsOf(endless));
        assertTrue(served[0] <= ExerciseRules.MAX_FILE_BYTES + 1, "read " + served[0] + " bytes");
    }
}
