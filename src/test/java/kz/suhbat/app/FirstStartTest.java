package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.security.Keyring;
import kz.suhbat.security.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first start on an empty data folder asks for the office and its first administrator. */
@ExtendWith(ApplicationExtension.class)
class FirstStartTest {

    @TempDir
    static Path temp;

    private Path folder;
    private SuhbatShell shell;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory(temp, "data");
        shell = UiSteps.start(stage, folder, Language.EN);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void theFirstStartSetsUpTheOfficeAndItsAdministrator(FxRobot robot) throws Exception {
        UiSteps.waitFor(robot, "#officeName-kk");
        UiSteps.type(robot, "officeName-kk", "Ақмола облысы бойынша өңірлік кеңсе");
        UiSteps.type(robot, "officeName-ru", "Региональный офис по Акмолинской области");
        UiSteps.type(robot, "officeCode", "AKM-01");
        ComboBox<Region> region = robot.lookup("#regionBox").queryComboBox();
        robot.interact(() -> region.getSelectionModel().select(Region.AKMOLA));
        UiSteps.type(robot, "adminName", "Әсем Нұрланқызы");
        UiSteps.type(robot, "adminLogin", "asem");
        UiSteps.type(robot, "password", "short");
        UiSteps.type(robot, "repeated", "short");
        robot.clickOn("#setUpButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The password is too short.", UiSteps.text(robot, "#message"));
        assertFalse(Files.exists(Keyring.fileIn(folder)), "nothing is stored while the form is wrong");

        UiSteps.type(robot, "password", "көктемгі дала 2027");
        UiSteps.type(robot, "repeated", "көктемгі дала 2027");
        robot.clickOn("#setUpButton");
        UiSteps.waitFor(robot, "#mainWindow");
        assertEquals(List.of("Campaigns", "Competency frameworks", "Rehearsal", "Accounts", "Office", "Backups", "Exchange",
                "Reports", "Audit trail"),
                SignInTest.navigation(robot));
        assertEquals("Әсем Нұрланқызы", UiSteps.text(robot, "#accountName"));
        assertEquals("Administrator", UiSteps.text(robot, "#accountRole"));
        assertTrue(Files.exists(Keyring.fileIn(folder)));
    }

}
