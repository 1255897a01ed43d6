package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
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
 * The guide's timers come back when the guide is opened again, and the opening script the administrator
 * writes in Kazakh is what the guide reads out in Kazakh; both from the keyboard.
 */
@ExtendWith(ApplicationExtension.class)
class GuideTimersAndScriptsTest {

    private static final Pattern QUESTION_TIME = Pattern.compile("(\\d+):(\\d\\d) /");

    @TempDir
    static Path temp;

    private Stage stage;
    private SuhbatShell shell;
    private Candidate started;

    @Start
    void start(Stage given) {
        stage = given;
    }

    @AfterEach
    void close() {
        if (shell != null) {
            shell.close();
        }
    }

    private void open(Language language) throws Exception {
        Path folder = Files.createTempDirectory(temp, "data");
        try (TestOffice office = TestOffice.create(folder, new KeyDerivation(10_000))) {
            TestPanel panel = TestPanel.seat(office);
            started = panel.candidates.get(2);
            office.services().interviews().start(panel.sitting.id(), started.id());
        }
        WaitForAsyncUtils.asyncFx(() -> shell = UiSteps.start(stage, folder, language)).get(30, TimeUnit.SECONDS);
    }

    @Test
    void aQuestionsTimerShowsItsEarlierTimeWhenTheGuideIsOpenedAgain(FxRobot robot) throws Exception {
        open(Language.EN);
        UiSteps.signIn(robot, "secretary", TestOffice.PASSWORD);
        TableView<?> agenda = UiSteps.openTheAgenda(robot);
        openGuide(robot, agenda, 0);
        robot.type(KeyCode.RIGHT);
        UiSteps.waitFor(robot, "#guideQuestion");
        robot.type(KeyCode.SPACE);
        Thread.sleep(3_300);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        int before = seconds(UiSteps.text(robot, "#questionTimer"));
        assertTrue(before >= 3, "the timer ran: " + before);
        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#interviewPane").queryAll().isEmpty());

        openGuide(robot, agenda, 0);
        robot.type(KeyCode.RIGHT);
        UiSteps.waitFor(robot, "#guideQuestion");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiSteps.text(robot, "#questionTimer")
                .startsWith("Paused"));
        String shown = UiSteps.text(robot, "#questionTimer");
        assertEquals(before, seconds(shown), "the question's time is back, paused: " + shown);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> seconds(UiSteps.text(robot, "#questionTimer"))
                > before);
    }

    @Test
    void theKazakhOpeningScriptTheAdministratorWritesIsWhatTheGuideShowsInKazakh(FxRobot robot) throws Exception {
        open(Language.KK);
        UiSteps.signInAsAdmin(robot);
        robot.clickOn("#nav-office");
        UiSteps.waitFor(robot, "#officeTabs");
        TabPane tabs = robot.lookup("#officeTabs").queryAs(TabPane.class);
        robot.interact(tabs::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("guideScriptsTab", tabs.getSelectionModel().getSelectedItem().getId());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#openingScript-kk").queryAs(TextInputControl.class).getText()
                .startsWith("Қайырлы күн"));
        robot.interact(() -> robot.lookup("#openingScript-kk").query().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Сәлеметсіз бе, {candidate}! Комиссия төрағасы: {chair}.");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        String saved = I18n.bundleFor(Language.KK).getString("guideScripts.saved");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiSteps.text(robot, "#scriptsPage #message")
                .equals(saved));

        robot.clickOn("#nav-campaigns");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#campaignList").queryListView().getItems().size() == 1);
        robot.interact(() -> robot.lookup("#campaignList").queryListView().getSelectionModel().select(0));
        robot.clickOn(I18n.bundleFor(Language.KK).getString("campaign.tab.schedule"));
        TableView<?> agenda = robot.lookup("#agendaTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> agenda.getItems().size() == 3);
        openGuide(robot, agenda, 2);
        UiSteps.waitFor(robot, "#guideScript");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> showing(robot, "#guideScript"));
        assertEquals("Сәлеметсіз бе, " + started.fullName() + "! Комиссия төрағасы: " + TestPanel.VOTING[0] + ".",
                UiSteps.text(robot, "#guideScript"));
    }

    private static void openGuide(FxRobot robot, TableView<?> agenda, int row) throws Exception {
        robot.interact(() -> {
            agenda.getSelectionModel().select(row);
            agenda.requestFocus();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#interviewButton").queryButton()
                .isDisabled());
        robot.type(KeyCode.ENTER);
        UiSteps.waitFor(robot, "#interviewPane");
        Window guide = robot.lookup("#interviewPane").query().getScene().getWindow();
        robot.interact(guide::requestFocus);
        robot.targetWindow(guide);
        robot.interact(() -> robot.lookup("#interviewPane").query().requestFocus());
    }

    private static int seconds(String timer) {
        Matcher matcher = QUESTION_TIME.matcher(timer);
        assertTrue(matcher.find(), timer);
        return Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2));
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().anyMatch(node -> {
            for (Node n = node; n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return node.getScene() != null;
        });
    }
}
