package kz.suhbat.training.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.rubric.DemoFramework;
import kz.suhbat.rubric.Framework;
import kz.suhbat.training.Exercise;
import kz.suhbat.training.ExerciseSet;
import kz.suhbat.training.ReferenceLevel;
import org.junit.jupiter.api.Test;

/** The starter set a new office trains with: scripted answers on the built-in framework, strong to weak. */
class StarterExercisesTest {

    private static final Pattern KAZAKH_LETTERS = Pattern.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]");

    private final Framework builtIn = DemoFramework.read();
    private final ExerciseSet starter = StarterExercises.readFor(builtIn);

    @Test
    void theStarterSetIsBuiltOnTheBuiltInFrameworkAndCoversItsCompetencies() {
        assertEquals(builtIn.code(), starter.frameworkCode());
        assertEquals(starter, StarterExercises.read());
        assertTrue(starter.exercises().size() >= 8, "exercises: " + starter.exercises().size());
        Set<String> asked = starter.exercises().stream().map(Exercise::competencyCode).collect(Collectors.toSet());
        assertTrue(asked.size() >= 6, "questions of " + asked);
        for (Exercise exercise : starter.exercises()) {
            int references = exercise.references().size();
            assertTrue(references >= 2 && references <= 3, exercise.code() + " has " + references + " references");
            assertTrue(exercise.reference(exercise.competencyCode()).isPresent(),
                    exercise.code() + " is scored on the competency its question is about");
        }
    }

    @Test
    void strongAverageAndWeakAnswersAreAllThere() {
        Set<Integer> levels = starter.exercises().stream().flatMap(exercise -> exercise.references().stream())
                .map(reference -> reference.level().intValueExact()).collect(Collectors.toSet());
        assertTrue(levels.contains(1) || levels.contains(2), "a low level among " + levels);
        assertTrue(levels.contains(3), "a middle level among " + levels);
        assertTrue(levels.contains(4) || levels.contains(5), "a high level among " + levels);
        Set<Integer> ownLevels = starter.exercises().stream()
                .map(exercise -> exercise.reference(exercise.competencyCode()).orElseThrow().level().intValueExact())
                .collect(Collectors.toSet());
        assertTrue(ownLevels.stream().anyMatch(level -> level <= 2) && ownLevels.contains(3)
                && ownLevels.stream().anyMatch(level -> level >= 4), "answers' own levels " + ownLevels);
    }

    @Test
    void everyTranscriptIsAFullAnswerInEachLanguage() {
        for (Exercise exercise : starter.exercises()) {
            for (Language language : Language.values()) {
                String transcript = exercise.transcript().in(language);
                int words = transcript.strip().split("\\s+").length;
                assertTrue(words >= 120 && words <= 300, exercise.code() + " " + language + ": " + words + " words");
            }
            assertTrue(KAZAKH_LETTERS.matcher(exercise.transcript().kk()).find(), exercise.code());
            assertTrue(KAZAKH_LETTERS.matcher(exercise.title().kk()).find(), exercise.code());
        }
    }

    @Test
    void everyReasonNamesTheLevelItJustifiesInEachLanguage() {
        for (Exercise exercise : starter.exercises()) {
            for (ReferenceLevel reference : exercise.references()) {
                int level = reference.level().intValueExact();
                String where = exercise.code() + " " + reference.competencyCode();
                assertTrue(reference.reason().en().contains("level " + level), where);
                assertTrue(reference.reason().ru().contains("уровень " + level), where);
                assertTrue(reference.reason().kk().contains(level + "-деңгей"), where);
                assertTrue(KAZAKH_LETTERS.matcher(reference.reason().kk()).find(), where);
            }
        }
    }

    @Test
    void theStarterSetRoundTripsByteForByte() throws Exception {
        ExerciseSetJson json = new ExerciseSetJson();
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        json.write(starter, first);
        ExerciseSet again = json.read(new ByteArrayInputStream(first.toByteArray()), builtIn);
        assertEquals(starter, again);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        json.write(again, second);
        assertArrayEquals(first.toByteArray(), second.toByteArray());
        assertEquals(BigDecimal.valueOf(4), again.exercises().get(0).references().get(0).level());
    }
}
