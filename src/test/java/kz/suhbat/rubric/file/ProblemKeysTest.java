package kz.suhbat.rubric.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import org.junit.jupiter.api.Test;

/** Every problem a file can have is explained in Kazakh, Russian and English. */
class ProblemKeysTest {

    private static List<String> keys() throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        for (Field field : ProblemKeys.class.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers()) && field.getType() == String.class) {
                keys.add((String) field.get(null));
            }
        }
        return keys;
    }

    @Test
    void everyKeyIsInEveryBundle() throws Exception {
        List<String> keys = keys();
        assertTrue(keys.size() > 40, "found " + keys.size());
        for (Language language : Language.values()) {
            ResourceBundle bundle = I18n.bundleFor(language);
            for (String key : keys) {
                assertTrue(key.startsWith("rubricfile."), key);
                assertTrue(bundle.containsKey(key), key + " in " + language.code());
                assertFalse(bundle.getString(key).isBlank(), key + " in " + language.code());
            }
            assertTrue(bundle.containsKey("rubricfile.problemAt"));
        }
    }

    @Test
    void aProblemWithoutAPlaceIsJustItsMessage() {
        RubricProblem problem = RubricProblem.of("", ProblemKeys.EMPTY_FILE);
        assertEquals("Файл бос.", problem.describe(new I18n(Language.KK)));
        assertEquals("Файл пуст.", problem.describe(new I18n(Language.RU)));
        assertEquals("The file is empty.", problem.describe(new I18n(Language.EN)));
    }

    @Test
    void placeholdersAreFilledInEveryLanguage() {
        RubricProblem problem = RubricProblem.of("profiles[0].competencies", ProblemKeys.PROFILE_SIZE, 4, 5, 8);
        for (Language language : Language.values()) {
            String text = problem.describe(new I18n(language));
            assertTrue(text.contains("4") && text.contains("5") && text.contains("8") && !text.contains("{"), text);
        }
    }
}
