package kz.suhbat.training.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.suhbat.app.UiSteps;
import kz.suhbat.interview.GuideCompetency;
import kz.suhbat.interview.Interview;
import kz.suhbat.interview.Rater;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A trainer runs a mock interview of a training course from the keyboard: the course's pages, its panel
 * and sittings, the guide, the last trainee's own score sheet (with their password; the three others have
 * scored already), the reveal, the votes and the decision all show the TRAINING strip, and the protocol
 * saved afterwards says TRAINING on every page.
 */
@ExtendWith(ApplicationExtension.class)
class MockInterviewTest {

    private static final String BANNER = "TRAINING — not a real selection";

    @TempDir
    static Path temp;

    private AutoCloseable closeWindow;
    private List<String> competencies;
    private final Deque<Path> chosenFiles = new ArrayDeque<>();

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(temp, "data");
        try (TestOffice office = TestOffice.create(folder, new KeyDerivation(10_000))) {
            TestPanel panel = TestPanel.seatTraining(office);
            var services = office.services();
            Interview interview = services.interviews().start(panel.sitting.id(), panel.candidates.get(0).id());
            competencies = services.interviews().guide(interview.id()).competencies().stream()
                    .map(GuideCompetency::code).toList();
            List<Rater> raters = services.interviews().raters(interview.id());
            for (Rater rater : raters.subList(0, raters.size() - 1)) {
                var key = services.scoring().unlock(interview.id(), rater.memberId(),
                        TestOffice.PASSWORD.toCharArray());
                for (String code : competencies) {
                    services.scoring().score(key, code, 3);
                    services.scoring().evidence(key, code, "Мысал келтірді");
                }
                services.scoring().submit(key);
            }
        }
        closeWindow = UiSteps.openChoosing(stage, folder, chosenFiles);
    }

    @AfterEach
    void close() throws Exception {
        closeWindow.close();
    }

    @Test
    void aTrainerRunsAMockInterviewMarkedTrainingOnEveryScreen(FxRobot robot) throws Exception {
        UiSteps.signIn(robot, "trainer", TestOffice.PASSWORD);
        UiSteps.waitFor(robot, "#nav-campaigns");
        robot.clickOn("#nav-campaigns");
        TableView<?> agenda = UiSteps.openTheAgenda(robot);
        assertBanner(robot, "#campaignsPage", "the course's sittings");
        javafx.scene.control.TabPane tabs = robot.lookup("#campaignTabs").queryAs(javafx.scene.control.TabPane.class);
        for (int tab = 0; tab < tabs.getTabs().size(); tab++) {
            int shown = tab;
            robot.interact(() -> tabs.getSelectionModel().select(shown));
            assertBanner(robot, "#campaignsPage", "the course's tab " + tabs.getTabs().get(tab).getText());
        }
        robot.clickOn("Sittings");
        robot.interact(() -> {
            agenda.getSelectionModel().select(0);
            agenda.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        UiSteps.waitFor(robot, "#interviewPane");
        Window guide = robot.lookup("#interviewPane").query().getScene().getWindow();
        robot.interact(guide::requestFocus);
        robot.targetWindow(guide);

        UiSteps.waitFor(robot, "#guideQuestion");
        assertBanner(robot, "#interviewPane", "the interview guide");

        // The last trainee's own sheet, opened with their password.
        UiSteps.stepTo(robot, "#raterList");
        ListView<Rater> raters = robot.lookup("#raterList").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> raters.getItems().size() == 4);
        int last = 3;
        robot.interact(() -> raters.getSelectionModel().select(last));
        robot.interact(raters::requestFocus);
        robot.type(KeyCode.ENTER);
        robot.write(TestOffice.PASSWORD);
        robot.type(KeyCode.ENTER);
        UiSteps.waitFor(robot, "#level-" + competencies.get(0));
        assertBanner(robot, "#interviewPane", "the member's score sheet");
        for (int c = 0; c < competencies.size(); c++) {
            robot.type(KeyCode.DIGIT3);
            robot.type(KeyCode.TAB);
            robot.write("Fact");
            robot.type(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".save-state").queryAllAs(Labeled.class)
                .stream().allMatch(l -> l.getText().startsWith("✓")));
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiSteps.showing(robot, "#submitConfirmation"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> raters.getItems().get(last).submitted());

        UiSteps.stepTo(robot, "#revealTable");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiSteps.text(robot, "#computation").startsWith("Total"));
        assertBanner(robot, "#interviewPane", "the reveal and deliberation");

        // Every trainee votes with their own password: not recommended, as the result misses the threshold.
        UiSteps.stepTo(robot, "#vote-0");
        assertBanner(robot, "#interviewPane", "the decision");
        for (int r = 0; r < 4; r++) {
            int row = r;
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ("vote-" + row).equals(focusOwner(robot)));
            robot.type(KeyCode.DIGIT2);
            robot.type(KeyCode.TAB);
            robot.type(KeyCode.TAB);
            robot.write(TestOffice.PASSWORD);
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiSteps.text(robot, "#voteState-" + row)
                    .equals("✓ confirmed by the member"));
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiSteps.showing(robot, "#finaliseConfirmation")
                || "thresholdReason".equals(focusOwner(robot)));
        if ("thresholdReason".equals(focusOwner(robot))) {
            robot.write("Mock decision");
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiSteps.showing(robot, "#finaliseConfirmation"));
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiSteps.text(robot, "#decision").startsWith("Finalised"));
        assertBanner(robot, "#interviewPane", "the finalised decision");

        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#interviewPane").queryAll().isEmpty());
        Path protocol = temp.resolve("mock-protocol.pdf");
        chosenFiles.add(protocol);
        UiSteps.fire(robot, "protocolButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> UiSteps.text(robot, "#schedulePane #message")
                .startsWith("The protocol is saved"));
        try (PDDocument pdf = Loader.loadPDF(protocol.toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ").contains(BANNER),
                    "the protocol's title says it is a training one");
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertTrue(stripper.getText(pdf).replaceAll("\\s+", "").contains("TRAINING"),
                        "the watermark on page " + page);
            }
        }
    }

    /** The strip is on screen within {@code scope}, saying what it says. */
    private static void assertBanner(FxRobot robot, String scope, String where) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Labeled> banners = robot.lookup(scope + " #trainingBanner").queryAllAs(Labeled.class).stream()
                .filter(UiSteps::onScreen).toList();
        assertEquals(1, banners.size(), "the TRAINING strip on " + where);
        assertEquals(BANNER, banners.get(0).getText());
        assertTrue(banners.get(0).getHeight() > 10, "the strip has room on " + where);
    }

    private static String focusOwner(FxRobot robot) {
        var owner = robot.lookup("#interviewPane").query().getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }
}
