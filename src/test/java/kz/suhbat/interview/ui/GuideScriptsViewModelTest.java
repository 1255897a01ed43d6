package kz.suhbat.interview.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.interview.GuideScriptService;
import kz.suhbat.interview.GuideScripts;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.CurrentThreadTaskExecutor;
import kz.suhbat.testsupport.TestOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scripts screen shows what the guide will say; a language left as the standard text is stored
 * empty, so it keeps following the standard; a text too long is refused with a message, nothing lost.
 */
class GuideScriptsViewModelTest {

    @TempDir
    Path temp;

    @Test
    void onlyWhatDiffersFromTheStandardTextIsStoredAsTheOfficesOwn() {
        try (TestOffice office = TestOffice.create(temp, new KeyDerivation(1_000))) {
            GuideScriptService service = office.services().guideScripts();
            GuideScriptsViewModel viewModel = new GuideScriptsViewModel(service, new CurrentThreadTaskExecutor(),
                    new I18n(Language.EN));
            viewModel.load();
            LocalizedText standard = StandardScripts.of(GuideScripts.Kind.OPENING);
            assertEquals(standard, viewModel.text(GuideScripts.Kind.OPENING).get(), "the fields show the standard");

            viewModel.text(GuideScripts.Kind.OPENING).set(LocalizedText.of("Сәлеметсіз бе, {candidate}!",
                    standard.ru(), standard.en()));
            viewModel.save();
            assertEquals(new GuideScripts(LocalizedText.of("Сәлеметсіз бе, {candidate}!", "", ""),
                    LocalizedText.of("", "", "")), service.scripts());

            viewModel.restore(GuideScripts.Kind.OPENING);
            assertEquals(standard, viewModel.text(GuideScripts.Kind.OPENING).get());
            viewModel.save();
            assertEquals(GuideScripts.BUILT_IN, service.scripts(), "restored and saved: the standard again");

            String typed = "x".repeat(GuideScripts.MAX_LENGTH + 1);
            viewModel.text(GuideScripts.Kind.CLOSING).set(LocalizedText.of("", typed, ""));
            viewModel.save();
            assertTrue(viewModel.status().failedProperty().get());
            assertEquals("A script may be at most 8,000 characters long in each language.",
                    viewModel.status().messageProperty().get());
            assertEquals(typed, viewModel.text(GuideScripts.Kind.CLOSING).get().ru(), "what was typed stays");
            assertEquals(GuideScripts.BUILT_IN, service.scripts());
        }
    }
}
