package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.panel.MyCandidate;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A panel member signs in on a 1366x768 screen and lands on their own sittings: the interview under way
 * shows their sheet to fill, and they declare, by keyboard, a conflict of interest with one candidate
 * and none with another.
 */
@ExtendWith(ApplicationExtension.class)
class MySittingsTest {

    @TempDir
    static Path temp;

    private SuhbatShell shell;
    private TestPanel panel;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(temp, "data");
        try (TestOffice office = TestOffice.create(folder, new KeyDerivation(10_000))) {
            panel = TestPanel.seatAwaitingDeclarations(office);
            panel.declareNoConflicts(office, 1);
            office.services().interviews().start(panel.sitting.id(), panel.candidates.get(1).id());
        }
        shell = UiSteps.start(stage, folder, Language.EN);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void aMemberLandsOnTheirSittingsAndDeclaresByKeyboard(FxRobot robot) throws Exception {
        UiSteps.signIn(robot, TestPanel.LOGINS[1], TestOffice.PASSWORD);
        UiSteps.waitFor(robot, "#mySittingsPage");
        assertTrue(robot.lookup("#nav-my_sittings").queryAs(ToggleButton.class).isSelected(),
                "My sittings is the member's start page");
        TableView<MyCandidate> table = robot.lookup("#candidateTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 3 && table.isFocused());
        assertEquals(1, table.getSelectionModel().getSelectedIndex(), "the keyboard starts on the sheet to fill");
        assertEquals("✎ your sheet to fill", cell(table, 1, 2));
        assertEquals(panel.candidates.get(1).fullName() + "\nГлавный специалист", cell(table, 1, 1));
        assertEquals("Конкурс на должность", UiSteps.text(robot, "#sittingTitle"));
        assertEquals("Today: sheets to fill 1 · conflict declarations to make 2", UiSteps.text(robot, "#summary"));
        assertEquals("to declare: N or C", cell(table, 2, 3));

        // The next candidate: C asks for the reason, Enter declares the conflict.
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.C);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "conflictReason".equals(focusOwner(robot)));
        robot.write("Neighbour of mine");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> cell(table, 2, 3).equals("conflict: Neighbour of mine"));
        assertTrue(UiSteps.text(robot, "#message").contains("has a conflict of interest with "
                + panel.candidates.get(2).fullName()));

        // Back to the first: N declares no conflict.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, table::isFocused);
        robot.type(KeyCode.UP);
        robot.type(KeyCode.UP);
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> cell(table, 0, 3).equals("no conflict"));
        assertEquals("Today: sheets to fill 1 · conflict declarations to make 0", UiSteps.text(robot, "#summary"));
    }

    @Test
    void theSecretaryKeepsTheCampaignsAsStartPage(FxRobot robot) throws Exception {
        UiSteps.signIn(robot, "secretary", TestOffice.PASSWORD);
        UiSteps.waitFor(robot, "#campaignsPage");
        assertTrue(robot.lookup("#nav-my_sittings").queryAll().isEmpty(), "no member's start page for her");
    }

    private static String cell(TableView<MyCandidate> table, int row, int column) {
        return String.valueOf(table.getColumns().get(column).getCellData(row));
    }

    private static String focusOwner(FxRobot robot) {
        Node owner = robot.lookup("#mySittingsPage").query().getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }
}
