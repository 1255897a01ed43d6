package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.FrameworkSummary;
import kz.suhbat.rubric.RubricService;
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

/** An administrator builds a framework in the editor, it is used, and editing it makes a new version. */
@ExtendWith(ApplicationExtension.class)
class FrameworkEditorTest {

    @TempDir
    static Path temp;

    private Path folder;
    private SuhbatShell shell;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory(temp, "data");
        try (TestOffice office = TestOffice.create(folder, UiSteps.DERIVATION)) {
            office.addAccount("secretary", "Айгерім Жұмабаева", Role.SECRETARY);
        }
        shell = UiSteps.start(stage, folder, Language.EN);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    private void waitForBrowser(FxRobot robot) throws Exception {
        UiSteps.signInAsAdmin(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#competencyList").queryAll().isEmpty()
                && robot.lookup("#competencyList").queryListView().getItems().size() == 8);
    }

    private static void type(FxRobot robot, String id, String text) {
        UiSteps.type(robot, id, text);
    }

    private static void fire(FxRobot robot, String id) {
        UiSteps.fire(robot, id);
    }

    private static void waitForMessage(FxRobot robot, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> expected.equals(robot.lookup("#message").queryLabeled().getText()));
    }

    /**
     * Storage of the running app, opened in the same process as an interview would use it: signed in as
     * the administrator, or as the secretary who starts interviews (which freeze a framework).
     */
    private <T> T asAdministrator(java.util.function.Function<RubricService, T> work) {
        return signedIn(TestOffice.ADMIN, work);
    }

    private <T> T signedIn(String login, java.util.function.Function<RubricService, T> work) {
        try (Entrance entrance = new Entrance(new DataFolder(folder, DataFolder.Kind.EXPLICIT), UiSteps.DERIVATION,
                java.time.Clock.systemUTC(), new java.security.SecureRandom())) {
            Entrance.Outcome outcome = entrance.signIn(login, TestOffice.PASSWORD.toCharArray());
            return work.apply(((Entrance.Outcome.SignedIn) outcome).services().rubric());
        }
    }

    @Test
    void aFrameworkBuiltInTheEditorIsFrozenByUseAndEditingMakesANewVersion(FxRobot robot) throws Exception {
        waitForBrowser(robot);
        robot.clickOn("#newButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#frameworkCode").queryAll().isEmpty());
        type(robot, "frameworkCode", "AKIM-2027");
        type(robot, "frameworkName-kk", "Әкімдер мектебі");
        type(robot, "frameworkName-ru", "Школа акимов");
        type(robot, "frameworkName-en", "School of Akims");

        robot.clickOn("#competenciesEditTab .tab-label");
        robot.clickOn("#addCompetency");
        type(robot, "competencyCode", "LEAD");
        type(robot, "competencyName-kk", "Көшбасшылық");
        type(robot, "competencyName-ru", "Лидерство");
        fire(robot, "addIndicator5");
        fire(robot, "addQuestion");
        type(robot, "questionText-en", "Tell us about a change you led in your district.");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitForMessage(robot, "Saved.");
        String missing = robot.lookup("#missingSummary").queryLabeled().getText();
        assertTrue(missing.contains("English 1"), "the English name of the competency is missing: " + missing);

        long id = asAdministrator(service -> {
            FrameworkSummary stored = service.list().stream().filter(f -> f.code().equals("AKIM-2027"))
                    .findFirst().orElseThrow();
            Framework framework = service.load(stored.id()).orElseThrow();
            assertEquals("Школа акимов", framework.name().ru());
            assertEquals("LEAD", framework.competencies().get(0).code());
            assertEquals("", framework.competencies().get(0).name().en(), "a missing translation stays empty");
            assertEquals(1, framework.competencies().get(0).questions().size());
            return stored.id();
        });
        signedIn("secretary", service -> {
            service.markUsed(id, "interview:test-sitting");
            return null;
        });

        robot.clickOn("#closeButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#frameworkBox").queryAll().size() == 1
                && robot.lookup("#frameworkBox").queryComboBox().getItems().size() == 2);
        ComboBox<FrameworkSummary> box = robot.lookup("#frameworkBox").queryComboBox();
        robot.interact(() -> box.getSelectionModel().select(box.getItems().stream()
                .filter(f -> f.id() == id).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "School of Akims".equals(robot.lookup("#title").queryLabeled().getText()));
        robot.clickOn("#editButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#frozenNotice").queryAll().isEmpty()
                && robot.lookup("#frozenNotice").queryLabeled().isVisible());
        type(robot, "frameworkName-en", "School of Akims, 2027 intake");
        robot.clickOn("#saveButton");
        waitForMessage(robot, "Saved as version 2; the version used in interviews is unchanged.");

        robot.clickOn("#closeButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#compareButton").queryAll().size() == 1
                && !robot.lookup("#compareButton").queryButton().isDisabled());
        robot.clickOn("#compareButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#differences").queryAll().isEmpty());
        javafx.scene.control.TableView<kz.suhbat.rubric.Difference> differences =
                robot.lookup("#differences").queryTableView();
        assertEquals(List.of(new kz.suhbat.rubric.Difference("name · en", kz.suhbat.rubric.Difference.Kind.CHANGED,
                "School of Akims", "School of Akims, 2027 intake")), List.copyOf(differences.getItems()));
        robot.clickOn("Close");

        asAdministrator(service -> {
            List<FrameworkSummary> versions = service.list().stream()
                    .filter(f -> f.code().equals("AKIM-2027")).toList();
            assertEquals(List.of(1, 2), versions.stream().map(FrameworkSummary::version).toList());
            assertEquals("School of Akims", service.load(versions.get(0).id()).orElseThrow().name().en(),
                    "the used version is unchanged");
            assertEquals("School of Akims, 2027 intake",
                    service.load(versions.get(1).id()).orElseThrow().name().en());
            return null;
        });
    }

    @Test
    void competenciesAreReorderedWithTheKeyboard(FxRobot robot) throws Exception {
        waitForBrowser(robot);
        robot.clickOn("#editButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#competenciesEditTab").queryAll().isEmpty());
        robot.clickOn("#competenciesEditTab .tab-label");
        javafx.scene.control.ListView<?> list = robot.lookup("#frameworkEditor #competencyList").queryListView();
        robot.interact(() -> {
            list.getSelectionModel().select(0);
            list.requestFocus();
        });
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, list.getSelectionModel().getSelectedIndex(), "the moved competency stays selected");
        robot.clickOn("#saveButton");
        waitForMessage(robot, "Saved.");
        asAdministrator(service -> {
            Framework saved = service.load(service.list().get(0).id()).orElseThrow();
            assertEquals(List.of("SRV", "DEC"), saved.competencies().subList(0, 2).stream()
                    .map(kz.suhbat.rubric.Competency::code).toList());
            return null;
        });
    }

    @Test
    void leavingTheEditorWithUnsavedChangesAsksFirst(FxRobot robot) throws Exception {
        waitForBrowser(robot);
        robot.clickOn("#editButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#frameworkName-en").queryAll().isEmpty());
        type(robot, "frameworkName-en", "Core competencies, revised");
        robot.clickOn("#closeButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".dialog-pane").queryAll().isEmpty());
        assertTrue(robot.lookup(".dialog-pane .content").queryLabeled().getText().contains("not saved"));
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Core competencies, revised",
                robot.lookup("#frameworkName-en").queryAs(TextInputControl.class).getText(), "nothing was lost");
        robot.clickOn("#closeButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".dialog-pane").queryAll().isEmpty());
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#frameworkName-en").queryAll().isEmpty());
        assertEquals("Core competencies of civil servants", robot.lookup("#title").queryLabeled().getText());
    }

    @Test
    void profileWeightsAreCheckedAsYouTypeAndBlockSaving(FxRobot robot) throws Exception {
        waitForBrowser(robot);
        robot.clickOn("#editButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#profilesEditTab").queryAll().isEmpty());
        robot.clickOn("#profilesEditTab .tab-label");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#weight-LEA").queryAll().isEmpty());
        type(robot, "weight-LEA", "25");
        WaitForAsyncUtils.waitForFxEvents();
        Label total = robot.lookup("#profileTotal").queryAs(Label.class);
        assertEquals("Chosen: 7 · total weight 105%", total.getText());
        assertTrue(total.getStyleClass().contains("error-text"));
        robot.clickOn("#saveButton");
        waitForMessage(robot, "Not saved: correct the problems listed above first.");
        assertTrue(robot.lookup(".problems .error-text").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().contains("MGR-B") && label.getText().contains("105")));
        type(robot, "weight-LEA", "20");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(total.getStyleClass().contains("ok-text"));

        // The field decorations re-root the scene; the text size must still follow the keyboard.
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#mainWindow").query().getStyle().contains("-fx-font-size: 16px"));
    }
}
