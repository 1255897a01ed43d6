package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import kz.suhbat.common.i18n.Language;
import org.junit.jupiter.api.Test;

class AppHomeTest {

    @Test
    void aFirstStartFollowsAKazakhOrRussianSystemAndOtherwiseSpeaksRussian() {
        assertEquals(Language.KK, AppHome.firstStartLanguage(Locale.forLanguageTag("kk-KZ")));
        assertEquals(Language.RU, AppHome.firstStartLanguage(Locale.forLanguageTag("ru-RU")));
        assertEquals(Language.RU, AppHome.firstStartLanguage(Locale.US), "English is not an office's working language");
        assertEquals(Language.RU, AppHome.firstStartLanguage(Locale.GERMANY));
    }
}
