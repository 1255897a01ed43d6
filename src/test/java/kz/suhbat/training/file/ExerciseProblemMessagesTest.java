package kz.suhbat.training.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.rubric.DemoFramework;
import kz.suhbat.rubric.file.RubricFileException;
import kz.suhbat.rubric.file.RubricProblem;
import org.junit.jupiter.api.Test;

/** Every refusal of an exercise set file is told in Kazakh, Russian and English, with its place. */
class ExerciseProblemMessagesTest {

    private static List<String> keys() throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        for (Field field : ExerciseProblemKeys.class.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers()) && field.getType() == String.class) {
                keys.add((String) field.get(null));
            }
        }
        return keys;
    }

    @Test
    void everyKeyIsInEveryBundle() throws Exception {
        List<String> keys = keys();
        assertEquals(14, keys.size());
        for (Language language : Language.values()) {
            ResourceBundle bundle = I18n.bundleFor(language);
            for (String key : keys) {
                assertTrue(key.startsWith("exercisefile.problem."), key);
                assertTrue(bundle.containsKey(key), key + " in " + language.code());
            }
        }
    }

    @Test
    void aRefusedFileIsExplainedInEachLanguageWithItsPlace() {
        String file = "{\"format\": \"suhbat-exercises\", \"formatVersion\": 1, \"set\": {"
                + "\"title\": {\"kk\": \"Жинақ\", \"ru\": \"Набор\", \"en\": \"Set\"},"
                + "\"frameworkCode\": \"KZ-CS-BASE\", \"exercises\": [{\"code\": \"SRV-X\","
                + "\"title\": {\"kk\": \"Ә\", \"ru\": \"Б\", \"en\": \"C\"}, \"competencyCode\": \"SRV\","
                + "\"questionNumber\": 7, \"transcript\": {\"kk\": \"Ә\", \"ru\": \"Б\"}, \"media\": \"../a.mp3\","
                + "\"references\": [{\"competencyCode\": \"SRV\", \"level\": 9,"
                + "\"reason\": {\"kk\": \"Ә\", \"ru\": \"Б\", \"en\": \"C\"}}]}]}}";
        RubricFileException refused = assertThrows(RubricFileException.class, () -> new ExerciseSetJson()
                .read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), DemoFramework.read()));
        List<RubricProblem> problems = refused.problems();
        assertEquals(4, problems.size(), problems.toString());
        Set<String> seen = new HashSet<>();
        for (Language language : Language.values()) {
            I18n i18n = new I18n(language);
            for (RubricProblem problem : problems) {
                String text = problem.describe(i18n);
                assertFalse(text.contains("!") || text.contains("{") || text.contains("exercisefile.")
                        || text.contains("rubricfile."), text);
                assertTrue(text.startsWith("exercises[0] (SRV-X)."), text);
                assertTrue(seen.add(text), "the same text in two languages: " + text);
            }
        }
        RubricProblem question = problems.stream().filter(p -> p.key().equals(ExerciseProblemKeys.NO_SUCH_QUESTION))
                .findFirst().orElseThrow();
        assertEquals("exercises[0] (SRV-X).questionNumber: The competency SRV has no question 7: the framework"
                + " gives it 3 questions, numbered from 1.", question.describe(new I18n(Language.EN)));
        assertEquals("exercises[0] (SRV-X).questionNumber: SRV құзыреттілігінде 7-сұрақ жоқ: шеңберде оның 3"
                + " сұрағы бар, нөмірі 1-ден басталады.", question.describe(new I18n(Language.KK)));
        assertNotEquals(question.describe(new I18n(Language.RU)), question.describe(new I18n(Language.EN)));
    }
}
