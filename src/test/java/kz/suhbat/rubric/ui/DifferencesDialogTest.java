package kz.suhbat.rubric.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import org.junit.jupiter.api.Test;

/** The place of a change is told in the user's language; codes stay as they are. */
class DifferencesDialogTest {

    @Test
    void placesAreTranslated() {
        DifferencesDialog russian = new DifferencesDialog(new I18n(Language.RU));
        assertEquals("DEC · вопрос 2 · уточнение 1 · Қазақша", russian.place("DEC · Q2 · probe 1 · kk"));
        assertEquals("MGR-B · проходной балл", russian.place("MGR-B · threshold"));
        DifferencesDialog kazakh = new DifferencesDialog(new I18n(Language.KK));
        assertEquals("DEC · атауы · Русский", kazakh.place("DEC · name · ru"));
        assertEquals("деңгей 3 · деңгей атауы · English", kazakh.place("scale 3 · label · en"));
    }
}
