package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.security.Account;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The way in: first start, sign-in, the idle lock, roles, accounts made by the administrator. */
@ExtendWith(ApplicationExtension.class)
class SignInTest {

    @TempDir
    static Path temp;

    private Path folder;
    private SuhbatShell shell;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory(temp, "data");
        try (TestOffice office = TestOffice.create(folder, UiSteps.DERIVATION)) {
            office.addAccount("member", "Бауыржан Оспанов", Role.MEMBER);
        }
        shell = UiSteps.start(stage, folder, Language.EN);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    static List<String> navigation(FxRobot robot) {
        return robot.lookup(".nav-button").queryAllAs(ToggleButton.class).stream().map(ToggleButton::getText)
                .toList();
    }

    @Test
    void aWrongPasswordIsRefusedAndTheRightOneEntersAtTheRolesSections(FxRobot robot) throws Exception {
        UiSteps.waitFor(robot, "#loginField");
        // The first frame is drawn before the theme is read; the sign-in screen is themed.
        assertTrue(robot.lookup("#loginField").query().getScene().getStylesheets().stream()
                .anyMatch(css -> css.endsWith("suhbat.css")), "Suhbat's stylesheet is applied");
        assertFalse(String.valueOf(javafx.application.Application.getUserAgentStylesheet()).endsWith("first-frame.css"),
                "and the theme has taken over from the first frame's stylesheet");
        UiSteps.type(robot, "loginField", "member");
        UiSteps.type(robot, "passwordField", "not my password");
        robot.clickOn("#signInButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> "The login or password is wrong.".equals(UiSteps.text(robot, "#message")));
        assertTrue(robot.lookup("#mainWindow").queryAll().isEmpty());

        UiSteps.signIn(robot, "member", TestOffice.PASSWORD);
        assertEquals(List.of("My sittings", "Campaigns", "Calibration", "Competency frameworks", "Rehearsal"), navigation(robot),
                "a member sees only what a member may");
        robot.clickOn("#nav-frameworks");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#competencyList").queryAll().isEmpty()
                && robot.lookup("#competencyList").queryListView().getItems().size() == 8);
        assertFalse(robot.lookup("#editButton").query().isVisible(), "a member cannot edit frameworks");
        assertTrue(robot.lookup("#exportButton").query().isVisible());
    }

    @Test
    void theLockedWindowOpensOnlyWithTheSignedInAccountsPassword(FxRobot robot) throws Exception {
        UiSteps.signInAsAdmin(robot);
        robot.clickOn("#nav-accounts");
        UiSteps.waitFor(robot, "#accountTable");
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        UiSteps.waitFor(robot, "#passwordField");
        assertEquals("The window is locked", UiSteps.text(robot, "#heading"));
        assertTrue(robot.lookup("#loginField").query().isDisabled());
        assertTrue(robot.lookup("#mainWindow").queryAll().isEmpty(), "nothing of the session shows while locked");

        UiSteps.type(robot, "passwordField", "someone else's guess");
        robot.clickOn("#signInButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> "The password is wrong.".equals(UiSteps.text(robot, "#message")));
        UiSteps.type(robot, "passwordField", TestOffice.PASSWORD);
        robot.clickOn("#signInButton");
        UiSteps.waitFor(robot, "#mainWindow");
        assertTrue(robot.lookup("#nav-accounts").queryAs(ToggleButton.class).isSelected(),
                "the session continues where it was");
    }

    @Test
    void anAccountMadeByTheAdministratorMustChooseItsOwnPasswordFirst(FxRobot robot) throws Exception {
        UiSteps.signInAsAdmin(robot);
        robot.clickOn("#nav-accounts");
        UiSteps.waitFor(robot, "#accountTable");
        robot.clickOn("#newAccountButton");
        UiSteps.type(robot, "nameField", "Динара Ахметова");
        UiSteps.type(robot, "loginField", "dinara");
        ComboBox<Role> role = robot.lookup("#roleBox").queryComboBox();
        robot.interact(() -> role.getSelectionModel().select(Role.SECRETARY));
        String temporary = robot.lookup("#passwordField").queryTextInputControl().getText();
        assertTrue(temporary.matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"), temporary);
        robot.clickOn("#saveAccountButton");
        TableView<Account> table = robot.lookup("#accountTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(a -> a.login().equals("dinara")));
        assertTrue(UiSteps.text(robot, "#message").contains(temporary), "the temporary password is shown once");

        robot.clickOn("#signOutButton");
        UiSteps.waitFor(robot, "#loginField");
        UiSteps.type(robot, "loginField", "dinara");
        UiSteps.type(robot, "passwordField", temporary);
        robot.clickOn("#signInButton");
        UiSteps.waitFor(robot, "#newPassword");
        assertFalse(robot.lookup("#cancelButton").query().isVisible(), "the change cannot be skipped");
        UiSteps.type(robot, "currentPassword", temporary);
        UiSteps.type(robot, "newPassword", "менің жаңа құпиям");
        UiSteps.type(robot, "repeatedPassword", "менің жаңа құпиям");
        robot.clickOn("#changeButton");
        UiSteps.waitFor(robot, "#mainWindow");
        assertEquals("Secretary", UiSteps.text(robot, "#accountRole"));
        assertEquals(List.of("Campaigns", "Calibration", "Competency frameworks", "Rehearsal", "Reports"), navigation(robot));
    }

    @Test
    void aDeactivationRenewsTheKeyAndTheFormerMemberNoLongerGetsIn(FxRobot robot) throws Exception {
        UiSteps.signInAsAdmin(robot);
        robot.clickOn("#nav-accounts");
        UiSteps.waitFor(robot, "#accountTable");
        TableView<Account> table = robot.lookup("#accountTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(a -> a.login().equals("member")).findFirst().orElseThrow()));
        robot.interact(() -> robot.lookup("#deactivateButton").query().requestFocus());
        robot.type(KeyCode.SPACE);
        UiSteps.waitFor(robot, ".dialog-pane");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> UiSteps.text(robot, "#message")
                .endsWith("the old password opens neither the data nor the backups made from now on."));
        assertFalse(robot.lookup("#renewingBox").query().isVisible(), "the progress goes once the key is renewed");

        robot.clickOn("#signOutButton");
        UiSteps.waitFor(robot, "#loginField");
        UiSteps.type(robot, "loginField", "member");
        UiSteps.type(robot, "passwordField", TestOffice.PASSWORD);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !UiSteps.text(robot, "#message").isEmpty());
        assertTrue(robot.lookup("#mainWindow").queryAll().isEmpty(), "the former member stays out");
        UiSteps.signInAsAdmin(robot);
    }

    @Test
    void theSignInScreenSpeaksKazakhAndRussian(FxRobot robot) throws Exception {
        UiSteps.waitFor(robot, "#loginField");
        ComboBox<Language> box = robot.lookup("#languageBox").queryComboBox();
        robot.interact(() -> box.getSelectionModel().select(Language.KK));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Кіру".equals(UiSteps.text(robot, "#heading")));
        robot.interact(() -> robot.lookup("#languageBox").queryComboBox().getSelectionModel().select(Language.RU));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Вход".equals(UiSteps.text(robot, "#heading")));
    }
}
