package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.Post;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Framework;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestCampaigns;
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
 * From the keyboard: the secretary gives a new campaign a managerial and an executive post, each with
 * its profile; the guide of a candidate for the executive post walks through the executive profile.
 */
@ExtendWith(ApplicationExtension.class)
class PostsTest {

    @TempDir
    static Path temp;

    private Path folder;
    private SuhbatShell shell;
    private String informing;
    private String leadership;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory(temp, "data");
        try (TestOffice office = TestOffice.create(folder, new KeyDerivation(10_000))) {
            TestPanel panel = TestPanel.seatForTwoPosts(office);
            Framework framework = office.services().rubric().load(panel.campaign.frameworkId()).orElseThrow();
            informing = framework.competency("INF").map(Competency::name).orElseThrow().en();
            leadership = framework.competency("LEA").map(Competency::name).orElseThrow().en();
        }
        shell = UiSteps.start(stage, folder, Language.EN);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    private static void keys(FxRobot robot, KeyCode... codes) {
        for (KeyCode code : codes) {
            robot.type(code);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shortcut(FxRobot robot, KeyCode code) {
        robot.press(KeyCode.CONTROL).type(code).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aCampaignGetsTwoPostsEachWithItsProfile(FxRobot robot) throws Exception {
        UiSteps.signIn(robot, "secretary", TestOffice.PASSWORD);
        UiSteps.waitFor(robot, "#campaignsPage");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#campaignList").queryListView().getItems().size() == 1);
        robot.interact(() -> robot.lookup("#newCampaignButton").query().requestFocus());
        keys(robot, KeyCode.SPACE);
        assertTrue(robot.lookup("#titleField-kk").query().isFocused(), "a new campaign starts at its Kazakh title");
        robot.write("Тіркеу бөлімінің лауазымдарына конкурс");
        keys(robot, KeyCode.TAB);
        robot.write("Конкурс на должности отдела регистрации");
        keys(robot, KeyCode.TAB, KeyCode.TAB, KeyCode.TAB);
        assertTrue(robot.lookup("#bodyBox").query().isFocused(), "the state body follows the type");
        keys(robot, KeyCode.F4, KeyCode.UP, KeyCode.ENTER, KeyCode.TAB, KeyCode.TAB);
        assertTrue(robot.lookup("#postNameField-kk").query().isFocused(), "Tab reaches the first post's name");
        robot.write("Тіркеу бөлімінің басшысы");
        keys(robot, KeyCode.TAB);
        robot.write("Руководитель отдела регистрации");
        keys(robot, KeyCode.TAB, KeyCode.TAB);
        assertTrue(robot.lookup("#postProfileBox").query().isFocused());
        assertFalse(robot.lookup("#missingNames").query().isVisible(), "title and post are in Kazakh and Russian");
        keys(robot, KeyCode.TAB);
        keys(robot, KeyCode.SPACE);
        assertTrue(robot.lookup("#postNameField-kk").query().isFocused(), "a new post starts at its name");
        keys(robot, KeyCode.TAB);
        robot.write("Ведущий специалист");
        keys(robot, KeyCode.TAB, KeyCode.TAB, KeyCode.F4, KeyCode.DOWN, KeyCode.ENTER);
        assertEquals("Not yet written in Kazakh: the post «Ведущий специалист». Until it is, protocols in "
                + "Kazakh print the Russian.", UiSteps.text(robot, "#missingNames"),
                "the form asks for the post's Kazakh name");

        TableView<?> posts = robot.lookup("#postsTable").queryTableView();
        assertEquals(2, posts.getItems().size());
        assertTrue(cells(robot, "#postsTable").stream().anyMatch(t -> t.contains("Executive")),
                "the table shows the second post's profile: " + cells(robot, "#postsTable"));
        shortcut(robot, KeyCode.S);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#campaignList").queryListView().getItems().size() == 2);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> UiSteps.text(robot, "#campaignMessage").contains("is saved"));

        Campaign saved = robot.lookup("#campaignList").queryListView().getItems().stream()
                .map(s -> ((kz.suhbat.campaign.CampaignSummary) s).campaign())
                .filter(c -> c.title().ru().equals("Конкурс на должности отдела регистрации")).findFirst().orElseThrow();
        assertEquals(LocalizedText.of("Тіркеу бөлімінің лауазымдарына конкурс", "Конкурс на должности отдела регистрации",
                ""), saved.title());
        assertEquals(kz.suhbat.campaign.StateBody.CENTRAL, saved.body(), "the state body chosen on the form is kept");
        assertEquals(List.of(LocalizedText.of("Тіркеу бөлімінің басшысы", "Руководитель отдела регистрации", ""),
                LocalizedText.ru("Ведущий специалист")), saved.posts().stream().map(Post::name).toList());
        assertEquals(List.of(TestCampaigns.MANAGERIAL, TestCampaigns.EXECUTIVE),
                saved.posts().stream().map(Post::profileCode).toList());
    }

    @Test
    void aCandidateForTheExecutivePostIsInterviewedOnTheExecutiveProfile(FxRobot robot) throws Exception {
        UiSteps.signIn(robot, "secretary", TestOffice.PASSWORD);
        TableView<?> agenda = UiSteps.openTheAgenda(robot);
        robot.interact(() -> {
            agenda.getSelectionModel().select(1);
            agenda.requestFocus();
        });
        keys(robot, KeyCode.ENTER);
        UiSteps.waitFor(robot, "#interviewPane");
        Window guide = robot.lookup("#interviewPane").query().getScene().getWindow();
        robot.interact(guide::requestFocus);
        robot.targetWindow(guide);
        UiSteps.waitFor(robot, "#stepList");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !cells(robot, "#stepList").isEmpty());
        List<String> steps = cells(robot, "#stepList");
        assertTrue(UiSteps.text(robot, "#candidateLabel").contains("Ведущий специалист"),
                UiSteps.text(robot, "#candidateLabel"));
        assertTrue(steps.stream().anyMatch(s -> s.contains(informing)), "the executive profile's " + steps);
        assertFalse(steps.stream().anyMatch(s -> s.contains(leadership)), "no leadership for this post: " + steps);
    }

    private static List<String> cells(FxRobot robot, String parent) {
        List<String> texts = new java.util.ArrayList<>(labels(robot, parent + " .list-cell"));
        texts.addAll(labels(robot, parent + " .table-cell"));
        return texts;
    }

    private static List<String> labels(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Node.class).stream()
                .flatMap(n -> java.util.stream.Stream.concat(
                        n instanceof Labeled l ? java.util.stream.Stream.of(l) : java.util.stream.Stream.empty(),
                        n.lookupAll(".label").stream().filter(Labeled.class::isInstance).map(Labeled.class::cast)))
                .map(Labeled::getText).filter(t -> t != null && !t.isBlank()).collect(Collectors.toList());
    }
}
