package kz.suhbat.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A name kept in several languages is shown in the one asked for, else in the other working language. */
class LocalizedTextTest {

    private static final LocalizedText FULL = LocalizedText.of("Бас маман", "Главный специалист", "Chief specialist");

    @Test
    void eachLanguageShowsItsOwnText() {
        assertEquals("Бас маман", FULL.inOrElse(Language.KK));
        assertEquals("Главный специалист", FULL.inOrElse(Language.RU));
        assertEquals("Chief specialist", FULL.inOrElse(Language.EN));
        assertEquals("Бас маман", FULL.primary(), "other offices know it by its Kazakh name");
    }

    @Test
    void aMissingLanguageShowsTheOtherWorkingLanguage() {
        LocalizedText russianOnly = LocalizedText.ru("Главный специалист");
        assertEquals("Главный специалист", russianOnly.inOrElse(Language.KK));
        assertEquals("Главный специалист", russianOnly.inOrElse(Language.EN));
        assertEquals("Главный специалист", russianOnly.primary());
        LocalizedText kazakhOnly = LocalizedText.kk("Бас маман");
        assertEquals("Бас маман", kazakhOnly.inOrElse(Language.RU));
        assertEquals("Бас маман", kazakhOnly.inOrElse(Language.EN), "English falls back on Kazakh when Russian is missing");
        assertEquals("Бас маман", LocalizedText.of("Бас маман", "", "Chief").inOrElse(Language.RU),
                "Russian falls back on Kazakh before English");
        assertEquals("Chief", LocalizedText.of("", "", "Chief").inOrElse(Language.KK), "whatever there is");
    }

    @Test
    void englishAloneIsNoWorkingLanguage() {
        assertTrue(LocalizedText.of("", " ", "Chief").lacksWorkingLanguage());
        assertFalse(LocalizedText.kk("Бас маман").lacksWorkingLanguage());
        assertEquals(LocalizedText.of("a", "b", "c"), LocalizedText.of(" a ", "b\n", "\tc").stripped());
        assertTrue(LocalizedText.of("", "12345", "").longerThan(4));
        assertFalse(LocalizedText.of("", "1234", "").longerThan(4));
    }
}
