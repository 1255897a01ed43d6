package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.security.Office;
import kz.suhbat.testsupport.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The administrator gives the issuing body's full name in Kazakh and Russian on the Office page, from
 * the keyboard: the page first says which language is missing (an office set up with one name), and
 * the names are stored as typed.
 */
@ExtendWith(ApplicationExtension.class)
class OfficeScreenTest {

    private static final String KAZAKH = "Мемлекеттік қызмет істері агенттігінің Астана қаласы бойынша департаменті";
    private static final String RUSSIAN = "Департамент Агентства по делам государственной службы по городу Астане";

    @TempDir
    static Path temp;

    private Path folder;
    private SuhbatShell shell;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory(temp, "data");
        UiSteps.setUpOffice(folder);
        shell = UiSteps.start(stage, folder, Language.EN);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void theBodysNameIsGivenInKazakhAndRussianByKeyboard(FxRobot robot) throws Exception {
        UiSteps.signInAsAdmin(robot);
        robot.clickOn("#nav-office");
        UiSteps.waitFor(robot, "#officeName-kk");
        Node notice = robot.lookup("#missingName").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#officeName-ru")
                .queryTextInputControl().getText().equals("Test office"));
        assertTrue(notice.isVisible(), "the missing Kazakh name is pointed out");
        assertTrue(UiSteps.text(robot, "#missingName").contains("in Kazakh is missing"));
        assertTrue(robot.lookup("#officeName-kk").query().getStyleClass().contains("missing-translation"));

        UiSteps.type(robot, "officeName-kk", KAZAKH);
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#officeName-ru").queryTextInputControl().isFocused(), "Tab goes on to Russian");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(RUSSIAN);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(notice.isVisible(), "nothing is missing any more");

        Button save = robot.lookup("#saveOfficeButton").queryButton();
        robot.interact(save::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> UiSteps.text(robot, "#officePage #message").equals("The office settings are saved."));
        shell.close();

        try (Entrance entrance = new Entrance(new DataFolder(folder, DataFolder.Kind.EXPLICIT), KeyDerivation.OWASP,
                Clock.systemUTC(), new SecureRandom())) {
            Services services = ((Entrance.Outcome.SignedIn) entrance.signIn(TestOffice.ADMIN,
                    TestOffice.PASSWORD.toCharArray())).services();
            Office stored = services.office().office();
            assertEquals(LocalizedText.of(KAZAKH, RUSSIAN, ""), stored.name());
            assertEquals(KAZAKH, stored.name(Language.KK));
        }
    }
}
