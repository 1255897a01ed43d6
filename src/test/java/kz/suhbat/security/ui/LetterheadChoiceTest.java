package kz.suhbat.security.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.testsupport.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A letterhead file that cannot be read is refused in words, in the user's language, changing nothing. */
class LetterheadChoiceTest {

    @TempDir
    Path temp;

    @Test
    void aFileThatIsGoneIsRefusedInWords() {
        OfficeSettingsViewModel office = new OfficeSettingsViewModel(null, new CurrentThreadTaskExecutor(),
                new I18n(Language.RU), List.of("COMPETITION"), saved -> { });
        office.chooseLetterhead(temp.resolve("removed-stick").resolve("logo.png"));
        assertEquals("Не удалось прочитать изображение: проверьте, что файл на месте и открывается.",
                office.status().messageProperty().get());
        assertNull(office.letterheadProperty().get(), "no letterhead was taken");
    }
}
