package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import kz.suhbat.exchange.ImportOutcome;
import kz.suhbat.exchange.ui.ExchangeViewModel;
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
 * The secretary exports the campaign to a stick from the Sittings tab: with no central key registered she
 * is warned that the package would be readable by anyone, and declining writes nothing; an administrator
 * must unlock the signing key (a secretary's or a wrong password is refused in words); a stick that is
 * gone is reported and changes nothing. The administrator makes the central key, registers it and the
 * office's key (this office acting as the central office for itself); the secretary's export is then
 * encrypted without a question and said to be safe to remove only once read back, and the stick is
 * imported: the package goes in once, and a second import says it already did.
 */
@ExtendWith(ApplicationExtension.class)
class ExchangeScreenTest {

    @TempDir
    static Path temp;

    private SuhbatShell shell;
    private final Deque<Path> chosen = new ArrayDeque<>();

    @Start
    void start(Stage stage) throws Exception {
        shell = UiSteps.startChoosing(stage, UiSteps.officeWithFinalisedInterview(temp), chosen);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void aCampaignGoesToAStickAndIsImportedFromIt(FxRobot robot) throws Exception {
        UiSteps.signIn(robot, "secretary", TestOffice.PASSWORD);
        UiSteps.openTheAgenda(robot);

        chosen.add(temp.resolve("stick-pulled-out"));
        pressExport(robot);
        assertTrue(warning(robot).contains("anyone who finds the USB stick"), "no central key: the secretary is warned");
        answer(robot, "OK");
        unlockAs(robot, "secretary", TestOffice.PASSWORD);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> UiSteps.text(robot, "#schedulePane #message")
                .startsWith("The account secretary is not an active administrator"));
        chosen.add(temp.resolve("stick-pulled-out"));
        exportUnencryptedUnlockedBy(robot, TestOffice.ADMIN, "not the password");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> UiSteps.text(robot, "#schedulePane #message")
                .startsWith("The administrator's login or password is wrong"));
        chosen.add(temp.resolve("stick-pulled-out"));
        exportUnencryptedUnlockedBy(robot, TestOffice.ADMIN, TestOffice.PASSWORD);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> UiSteps.text(robot, "#schedulePane #message")
                .startsWith("The package could not be written"));

        Path stick = Files.createDirectories(temp.resolve("stick"));
        chosen.add(stick);
        pressExport(robot);
        warning(robot);
        answer(robot, "Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#adminLoginField").tryQuery().isEmpty(), "declined: no administrator is asked");
        try (Stream<Path> files = Files.list(stick)) {
            assertEquals(0, files.count(), "declined: nothing written");
        }

        robot.clickOn("#signOutButton");
        UiSteps.signIn(robot, TestOffice.ADMIN, TestOffice.PASSWORD);
        robot.clickOn("#nav-exchange");
        UiSteps.waitFor(robot, "#exchangePage");
        robot.clickOn("Keys");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiSteps.text(robot, "#centralRecipient")
                .startsWith("No central office key is registered"));
        robot.clickOn("#makeCentralButton");
        UiSteps.waitFor(robot, ".dialog-pane");
        answer(robot, "OK");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#saveCentralButton").query().isVisible());
        Path centralKeyFile = temp.resolve("central.suhbat-central-key");
        chosen.add(centralKeyFile);
        UiSteps.fire(robot, "saveCentralButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(centralKeyFile));
        chosen.add(centralKeyFile);
        UiSteps.fire(robot, "registerCentralButton");
        UiSteps.waitFor(robot, ".dialog-pane");
        answer(robot, "OK");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiSteps.text(robot, "#centralRecipient")
                .startsWith("Packages from this office are encrypted"));
        Path keyFile = temp.resolve("office.suhbat-key");
        chosen.add(keyFile);
        UiSteps.fire(robot, "saveOwnKeyButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(keyFile));
        chosen.add(keyFile);
        UiSteps.fire(robot, "registerButton");
        UiSteps.waitFor(robot, ".dialog-pane");
        assertTrue(robot.lookup(".dialog-pane .content").queryLabeled().getText().contains("Fingerprint"));
        answer(robot, "OK");
        TableView<?> keys = robot.lookup("#keyTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> keys.getItems().size() == 1);

        robot.clickOn("#signOutButton");
        UiSteps.signIn(robot, "secretary", TestOffice.PASSWORD);
        UiSteps.openTheAgenda(robot);
        chosen.add(stick);
        pressExport(robot);
        unlockAs(robot, TestOffice.ADMIN, TestOffice.PASSWORD);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> UiSteps.text(robot, "#schedulePane #message")
                .contains("It is safe to remove the USB stick. It is encrypted for"));
        try (Stream<Path> files = Files.list(stick)) {
            assertEquals(1, files.filter(f -> f.toString().endsWith(".suhbat")).count());
        }

        robot.clickOn("#signOutButton");
        UiSteps.signIn(robot, TestOffice.ADMIN, TestOffice.PASSWORD);
        robot.clickOn("#nav-exchange");
        UiSteps.waitFor(robot, "#exchangePage");
        chosen.add(stick);
        UiSteps.fire(robot, "importFolderButton");
        TableView<ExchangeViewModel.OutcomeLine> outcomes = robot.lookup("#outcomeTable").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> outcomes.getItems().size() == 1
                && UiSteps.text(robot, "#exchangePage #message").startsWith("1 imported"));
        assertEquals(ImportOutcome.Kind.IMPORTED, outcomes.getItems().get(0).kind());
        TableView<?> campaigns = robot.lookup("#campaignTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> campaigns.getItems().size() == 1);
        robot.clickOn("Imported campaigns");
        robot.interact(() -> campaigns.getSelectionModel().select(0));
        TableView<ExchangeViewModel.CandidateLine> candidates = robot.lookup("#candidateTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> candidates.getItems().size() == 3);
        assertTrue(candidates.getItems().stream().anyMatch(c -> c.decision().equals("Recommended")
                && c.status().equals("finalised")), candidates.getItems().toString());
        assertTrue(candidates.getItems().stream().allMatch(c -> c.iin().startsWith("•")), "IINs are masked");

        chosen.add(stick);
        UiSteps.fire(robot, "importFolderButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> UiSteps.text(robot, "#exchangePage #message")
                .startsWith("0 imported, 1 already imported"));
        assertEquals(List.of(ImportOutcome.Kind.ALREADY_IMPORTED),
                outcomes.getItems().stream().map(ExchangeViewModel.OutcomeLine::kind).toList());
        assertEquals(1, campaigns.getItems().size());
    }

    /** Presses Export, accepts the warning that no central key is registered, and has an administrator unlock. */
    private static void exportUnencryptedUnlockedBy(FxRobot robot, String login, String password) throws Exception {
        pressExport(robot);
        warning(robot);
        answer(robot, "OK");
        unlockAs(robot, login, password);
    }

    /**
     * Presses {@code button} of the dialog on screen: dialogs closed before stay in the scene graph with
     * buttons of the same names, so a lookup by text alone may find one of theirs.
     */
    private static void answer(FxRobot robot, String button) {
        javafx.scene.Node pane = robot.lookup(".dialog-pane").queryAll().stream()
                .filter(n -> n.getScene() != null && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing())
                .findFirst().orElseThrow();
        robot.clickOn(robot.from(pane).lookup(".button")
                .match((javafx.scene.control.Button b) -> button.equals(b.getText())).queryButton());
    }

    /** Presses Export by keyboard. */
    private static void pressExport(FxRobot robot) {
        robot.interact(() -> robot.lookup("#exportButton").query().requestFocus());
        robot.type(javafx.scene.input.KeyCode.SPACE);
    }

    /** Has an administrator type their login and password in the dialog that unlocks the signing key. */
    private static void unlockAs(FxRobot robot, String login, String password) throws Exception {
        UiSteps.waitFor(robot, "#adminLoginField");
        robot.clickOn("#adminLoginField");
        robot.write(login);
        robot.type(javafx.scene.input.KeyCode.TAB);
        robot.write(password);
        robot.type(javafx.scene.input.KeyCode.ENTER);
    }

    /** The warning shown before an unencrypted export, once it is up. */
    private static String warning(FxRobot robot) throws Exception {
        UiSteps.waitFor(robot, ".dialog-pane");
        return robot.lookup(".dialog-pane .content").queryLabeled().getText();
    }
}
