package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.rubric.Competency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app boots headless on a fresh data folder to the framework browser, and speaks three languages. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path temp;

    private Path folder;
    private SuhbatShell shell;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        folder = Files.createTempDirectory(temp, "data");
        UiSteps.setUpOffice(folder);
        shell = UiSteps.start(stage, folder, Language.EN);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    private void waitForFramework(FxRobot robot) throws Exception {
        UiSteps.signInAsAdmin(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#competencyList").queryAll().isEmpty()
                && robot.lookup("#competencyList").queryListView().getItems().size() == 8);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    @Test
    void bootsToTheBuiltInFramework(FxRobot robot) throws Exception {
        waitForFramework(robot);
        assertEquals("Suhbat — competency interviews", stage.getTitle());
        assertEquals("Core competencies of civil servants", text(robot, "#title"));
        assertEquals("Competency frameworks", robot.lookup("#nav-frameworks").queryAs(ToggleButton.class).getText());
        assertTrue(text(robot, "#competencyName").startsWith("DEC · Decision making"));
        assertTrue(Files.exists(folder.resolve("db/suhbat.mv.db")), "the database lives in the data folder");
    }

    @Test
    void browsingACompetencyShowsItsIndicatorsQuestionsAndProbes(FxRobot robot) throws Exception {
        waitForFramework(robot);
        robot.clickOn("COO  Cooperation");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#competencyName").endsWith("Cooperation"));
        assertEquals(5, robot.lookup("#indicatorsBox").queryAs(javafx.scene.layout.VBox.class).getChildren().size(),
                "a card per level of the 1–5 scale");
        assertTrue(robot.lookup(".level-label").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().equals("Exemplary")));
        robot.clickOn("Questions and probes");
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> questions = robot.lookup("#questionsBox").queryAs(javafx.scene.layout.VBox.class).getChildren();
        assertEquals(3, questions.size());
        assertTrue(robot.lookup(".probe").queryAll().size() >= 6, "every question shows its probes");
        assertTrue(text(robot, ".question-heading").startsWith("Question 1 · behavioural"));
    }

    @Test
    void profilesAndScaleAreShown(FxRobot robot) throws Exception {
        waitForFramework(robot);
        robot.clickOn("Position profiles");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".card-title").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().equals("Managerial posts (corps B)")));
        assertTrue(robot.lookup(".card-title").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().equals("Executive posts (corps B)")));
        robot.clickOn("Rating scale");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, robot.lookup("#scaleBox").queryAs(javafx.scene.layout.VBox.class).getChildren().size());
    }

    @Test
    void searchNarrowsTheCompetencies(FxRobot robot) throws Exception {
        waitForFramework(robot);
        robot.clickOn("#filter").write("stress");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Competency> list = robot.lookup("#competencyList").queryListView();
        assertTrue(list.getItems().stream().anyMatch(c -> c.code().equals("STR")));
        assertTrue(list.getItems().size() < 8);
    }

    @Test
    void switchingLanguageChangesEveryLabelAndIsRemembered(FxRobot robot) throws Exception {
        waitForFramework(robot);
        robot.clickOn("COO  Cooperation");
        choose(robot, Language.KK);
        assertEquals("Құзыреттілік шеңберлері",
                robot.lookup("#nav-frameworks").queryAs(ToggleButton.class).getText());
        assertEquals("Сұхбат — құзыреттілік бойынша сұхбаттар", stage.getTitle());
        assertEquals("Мемлекеттік қызметшілердің негізгі құзыреттіліктері", text(robot, "#title"));
        assertTrue(text(robot, "#competencyName").endsWith("Ынтымақтастық"), "the selection survives the switch");
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        assertEquals(List.of("Құзыреттіліктер", "Лауазым бейіндері", "Бағалау шкаласы"),
                tabs.getTabs().stream().map(Tab::getText).toList());

        choose(robot, Language.RU);
        assertEquals("Рамки компетенций", robot.lookup("#nav-frameworks").queryAs(ToggleButton.class).getText());
        assertTrue(text(robot, "#competencyName").endsWith("Сотрудничество"));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(folder.resolve("settings.properties"))
                && Files.readString(folder.resolve("settings.properties"), StandardCharsets.UTF_8)
                .contains("language=ru"));
        AppSettings reread = AppSettings.load(folder.resolve("settings.properties"), Language.EN);
        assertEquals(Language.RU, reread.language());
    }

    @Test
    void textSizeFollowsTheKeyboard(FxRobot robot) throws Exception {
        waitForFramework(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#mainWindow").query().getStyle().contains("-fx-font-size: 16px"),
                robot.lookup("#mainWindow").query().getStyle());
        // Ctrl+Shift+= is how "Ctrl and +" is typed on most keyboards.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.EQUALS).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#mainWindow").query().getStyle().contains("-fx-font-size: 18px"),
                robot.lookup("#mainWindow").query().getStyle());
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        // with the administrator's eight pages, the buttons sit below the sidebar's fold at this text size
        UiSteps.fire(robot, "smallerTextButton");
        UiSteps.fire(robot, "smallerTextButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#mainWindow").query().getStyle().contains("-fx-font-size: 12px"));
    }

    @Test
    void highContrastIsOneKeyAwayAndRemembered(FxRobot robot) throws Exception {
        waitForFramework(robot);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.H).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("high-contrast.css")));
        assertTrue(robot.lookup("#highContrastBox").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(folder.resolve("settings.properties"))
                && AppSettings.load(folder.resolve("settings.properties"), Language.EN).highContrast());
        // with the administrator's nine pages, the box sits below the sidebar's fold
        UiSteps.fire(robot, "highContrastBox");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getScene().getStylesheets().stream().noneMatch(sheet -> sheet.endsWith("high-contrast.css")));
    }

    private static void choose(FxRobot robot, Language language) throws Exception {
        ComboBox<Language> box = robot.lookup("#languageBox").queryComboBox();
        robot.interact(() -> box.getSelectionModel().select(language));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#languageBox").queryComboBox().getValue() == language
                        && robot.lookup("#competencyList").queryListView().getItems().size() == 8);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
