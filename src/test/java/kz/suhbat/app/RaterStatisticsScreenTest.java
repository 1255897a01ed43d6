package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import kz.suhbat.analytics.ui.RaterStatisticsViewModel.MemberRow;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After the sitting, the chair opens the rater statistics from their own sittings: the member who scored
 * a level above the others is named, in words, as scoring higher; the others are not.
 */
@ExtendWith(ApplicationExtension.class)
class RaterStatisticsScreenTest {

    @TempDir
    static Path temp;
    private static Path folder;

    private SuhbatShell shell;

    @BeforeAll
    static void finalisedSitting() throws IOException {
        folder = Files.createTempDirectory(temp, "data");
        try (TestOffice office = TestOffice.create(folder, new KeyDerivation(10_000))) {
            TestPanel panel = TestPanel.seat(office);
            for (int i = 0; i < panel.candidates.size(); i++) {
                panel.finaliseWithLenientMember(office, i, panel.voting.get(1));
            }
        }
    }

    @Start
    void start(Stage stage) {
        shell = UiSteps.start(stage, folder, kz.suhbat.common.i18n.Language.EN);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void theChairSeesWhoScoredHigher(FxRobot robot) throws Exception {
        UiSteps.signIn(robot, "chair", TestOffice.PASSWORD);
        UiSteps.waitFor(robot, "#mySittingsPage");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#ratersButton").query().isVisible());
        robot.clickOn("#ratersButton");
        UiSteps.waitFor(robot, "#raterStatisticsPage");
        TableView<MemberRow> members = robot.lookup("#memberTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> members.getItems().size() == 5);
        List<String> flagged = members.getItems().stream().filter(m -> !m.flags().isEmpty()).map(MemberRow::name)
                .toList();
        assertEquals(List.of(TestPanel.VOTING[1]), flagged, "only the lenient member is flagged");
        List<String> findings = robot.lookup("#findingLines .label").queryAll().stream().map(n -> ((Label) n).getText())
                .toList();
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).startsWith(TestPanel.VOTING[1] + " scores 1.00 levels above the other members"),
                findings.get(0));
        assertTrue(UiSteps.text(robot, "#raterStatisticsPage #summary").startsWith("3 candidates with finalised interviews, scored by 5"),
                UiSteps.text(robot, "#raterStatisticsPage #summary"));
        TableView<?> table = robot.lookup("#competencyTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() >= 6);
    }
}
