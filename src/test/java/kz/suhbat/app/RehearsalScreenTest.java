package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.DemoFramework;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.Question;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.training.rehearsal.RehearsalScope;
import kz.suhbat.training.rehearsal.RehearsalTimer;
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
 * A panel member rehearses one competency of the built-in framework from the keyboard: the question with
 * its countdown, their own rating against the indicators, the summary saved as a PDF without a name. The
 * audit trail has no entry more afterwards.
 */
@ExtendWith(ApplicationExtension.class)
class RehearsalScreenTest {

    private static final KeyDerivation FAST = new KeyDerivation(10_000);
    private static final Framework BUILT_IN = DemoFramework.read();

    @TempDir
    static Path temp;

    private Path folder;
    private SuhbatShell shell;
    private int auditEntriesBefore;
    private final Deque<Path> chosenFiles = new ArrayDeque<>();

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory(temp, "data");
        try (TestOffice office = TestOffice.create(folder, FAST)) {
            office.addAccount("member", "Дана Омарова", Role.MEMBER);
            auditEntriesBefore = office.services().audit().newest(10_000).size();
        }
        shell = UiSteps.startChoosing(stage, folder, chosenFiles);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void aMemberRehearsesACompetencyAndSavesTheSummaryWithoutAName(FxRobot robot) throws Exception {
        UiSteps.signIn(robot, "member", TestOffice.PASSWORD);
        robot.interact(() -> robot.lookup("#nav-rehearsal").query().requestFocus());
        robot.type(KeyCode.SPACE);

        // The choices: the built-in framework, one competency, one question.
        ListView<RehearsalScope> scopes = robot.lookup("#scopeList").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !scopes.getItems().isEmpty());
        assertEquals("v1 · " + BUILT_IN.name().en(), UiSteps.text(robot, "#frameworkName"));
        robot.interact(scopes::requestFocus);
        for (int i = 0; i < 12 && !choosing(scopes, "DEC"); i++) {
            robot.type(KeyCode.DOWN);
        }
        assertTrue(choosing(scopes, "DEC"), "the arrows reach the competency");
        assertEquals(1, robot.lookup("#countSpinner").queryAs(javafx.scene.control.Spinner.class).getValue());
        robot.type(KeyCode.ENTER);

        // The question with its countdown, started with Space.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#questionPane").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "timerButton".equals(focusOwner(robot)));
        Competency decisions = BUILT_IN.competency("DEC").orElseThrow();
        String shown = UiSteps.text(robot, "#questionText");
        Question question = decisions.questions().stream().filter(q -> q.text().en().equals(shown)).findFirst()
                .orElseThrow(() -> new AssertionError("not a question of the competency: " + shown));
        String full = RehearsalTimer.minutesAndSeconds(java.time.Duration.ofMinutes(question.suggestedMinutes()));
        assertEquals(full, UiSteps.text(robot, "#timerLabel"));
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !UiSteps.text(robot, "#timerLabel").equals(full));
        assertEquals("Pause the timer", UiSteps.text(robot, "#timerButton"));

        // The rating: the level by its digit, a note, Enter to the summary.
        robot.type(KeyCode.TAB);
        assertEquals("rateButton", focusOwner(robot));
        robot.type(KeyCode.SPACE);
        UiSteps.waitFor(robot, "#level-3");
        assertTrue(UiSteps.text(robot, "#level-4").startsWith("4 · Strong"));
        robot.type(KeyCode.DIGIT3);
        assertTrue(robot.lookup("#level-3").queryAs(RadioButton.class).isSelected());
        robot.type(KeyCode.TAB);
        assertEquals("noteField", focusOwner(robot), "Tab goes from the chosen level to the note");
        robot.write("Forgot the result");
        robot.type(KeyCode.ENTER);

        // The summary, saved with no name.
        UiSteps.waitFor(robot, "#summary-DEC");
        assertEquals("Decision making: level 3 · Competent", UiSteps.text(robot, "#summary-DEC"));
        assertEquals("", robot.lookup("#nameField").queryAs(TextInputControl.class).getText());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "saveButton".equals(focusOwner(robot)));
        Path pdf = temp.resolve("my-rehearsal.pdf");
        chosenFiles.add(pdf);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiSteps.text(robot, "#saveMessage")
                .startsWith("The summary is saved"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Decision making: level 3 · Competent"), text);
            assertTrue(text.contains("Level 4 · Strong asks:"), text);
            assertTrue(text.contains("Forgot the result"), text);
            assertFalse(text.contains("Name:"), "no name unless one is typed");
            assertFalse(text.contains("Дана Омарова"), "not even the signed-in account's");
        }

        shell.close();
        try (TestOffice office = TestOffice.signIn(new DataFolder(folder, DataFolder.Kind.EXPLICIT), FAST)) {
            assertEquals(auditEntriesBefore, office.services().audit().newest(10_000).size(),
                    "the rehearsal left nothing in the audit trail");
        }
    }

    private static boolean choosing(ListView<RehearsalScope> scopes, String code) {
        return scopes.getSelectionModel().getSelectedItem() instanceof RehearsalScope.Single single
                && single.competency().code().equals(code);
    }

    private static String focusOwner(FxRobot robot) {
        Node owner = robot.lookup("#rehearsalPage").query().getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }
}
