package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.interview.GuideCompetency;
import kz.suhbat.interview.Interview;
import kz.suhbat.interview.Rater;
import kz.suhbat.scoring.Score;
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
 * What the secretary corrects from the keyboard: a finalised interview reopened with the chair's
 * password and a reason, then finalised again; and a member's signed paper sheet transcribed, each
 * entry stored as transcribed by the secretary.
 */
@ExtendWith(ApplicationExtension.class)
class InterviewCorrectionsTest {

    @TempDir
    static Path temp;

    private Path folder;
    private SuhbatShell shell;
    private List<String> competencies;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory(temp, "data");
        try (TestOffice office = TestOffice.create(folder, new KeyDerivation(10_000))) {
            TestPanel panel = TestPanel.seat(office);
            panel.finaliseFirstInterview(office, "Мысал толық емес");
            Interview second = office.services().interviews().start(panel.sitting.id(), panel.candidates.get(1).id());
            competencies = office.services().interviews().guide(second.id()).competencies().stream()
                    .map(GuideCompetency::code).toList();
        }
        shell = UiSteps.start(stage, folder, Language.EN);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void theChairReopensAFinalisedInterviewAndAPaperSheetIsTranscribed(FxRobot robot) throws Exception {
        UiSteps.signIn(robot, "secretary", TestOffice.PASSWORD);
        TableView<?> agenda = UiSteps.openTheAgenda(robot);

        openGuide(robot, agenda, 0);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#decision").startsWith("Finalised"));
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        robot.write("wrong password");
        robot.type(KeyCode.TAB);
        robot.write("Typing error in the protocol");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#interviewPane #message")
                .startsWith("Wrong password"));
        assertTrue(text(robot, "#decision").startsWith("Finalised"), "a wrong password reopens nothing");
        robot.interact(() -> robot.lookup("#chairPassword").query().requestFocus());
        robot.write(TestOffice.PASSWORD);
        robot.type(KeyCode.TAB);
        robot.write("Typing error in the protocol");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#decision").startsWith("Decision by"));
        // Reopened, the decision (recommended below the threshold) needs its reason written again.
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#thresholdReason").query().isFocused());
        robot.write("Strong references from the previous post");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#finaliseConfirmation").queryAll()
                .stream().anyMatch(javafx.scene.Node::isVisible));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#decision").startsWith("Finalised"));
        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#interviewPane").queryAll().isEmpty());

        openGuide(robot, agenda, 1);
        for (int i = 0; i < 20 && robot.lookup("#raterList").queryAll().stream().noneMatch(n -> n.isVisible()
                && n.getScene() != null); i++) {
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
        }
        ListView<Rater> raters = robot.lookup("#raterList").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !raters.getItems().isEmpty());
        robot.interact(() -> {
            raters.getSelectionModel().select(1);
            raters.requestFocus();
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        UiSteps.waitFor(robot, "#level-" + competencies.get(0));
        assertTrue(robot.lookup(".label").queryAllAs(Labeled.class).stream()
                .anyMatch(l -> l.getText().startsWith("Paper sheet of")), "the sheet says it is a transcription");
        for (int c = 0; c < competencies.size(); c++) {
            robot.type(KeyCode.DIGIT3);
            robot.type(KeyCode.TAB);
            robot.write("Paper " + c);
            robot.type(KeyCode.ENTER);
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> raters.getItems().get(1).submitted());
        shell.close();

        try (Entrance entrance = new Entrance(new DataFolder(folder, DataFolder.Kind.EXPLICIT),
                new KeyDerivation(10_000), Clock.systemUTC(), new SecureRandom())) {
            Services services = ((Entrance.Outcome.SignedIn) entrance.signIn("secretary",
                    TestOffice.PASSWORD.toCharArray())).services();
            long sitting = services.panels().sittings(services.campaigns()
                    .list(kz.suhbat.campaign.CampaignFilter.ALL).get(0).campaign().id()).get(0).id();
            Interview first = services.interviews().interviews(sitting).get(0);
            assertTrue(first.finalised(), "finalised again after the correction");
            Interview second = services.interviews().interviews(sitting).get(1);
            Rater transcribed = services.interviews().raters(second.id()).get(1);
            var key = services.scoring().transcribe(second.id(), transcribed.memberId());
            List<Score> sheet = services.scoring().sheet(key).scores();
            assertEquals(competencies.size(), sheet.size());
            long secretary = services.access().current().orElseThrow().id();
            assertTrue(sheet.stream().allMatch(s -> s.transcribed() && s.enteredBy() == secretary && s.level() == 3));
        }
    }

    private static void openGuide(FxRobot robot, TableView<?> agenda, int row) throws Exception {
        robot.interact(() -> {
            agenda.getSelectionModel().select(row);
            agenda.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        UiSteps.waitFor(robot, "#interviewPane");
        Window guide = robot.lookup("#interviewPane").query().getScene().getWindow();
        robot.interact(guide::requestFocus);
        robot.targetWindow(guide);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
