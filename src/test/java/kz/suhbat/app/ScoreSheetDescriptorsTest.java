package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.interview.GuideCompetency;
import kz.suhbat.interview.Interview;
import kz.suhbat.interview.Rater;
import kz.suhbat.rubric.Indicator;
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
 * A member scores on their own sheet, by keyboard, with the text two sizes up on a 1366x768 screen: the
 * competency they are on shows every level with its behavioural indicators from the rubric, and the
 * level they type is marked there.
 */
@ExtendWith(ApplicationExtension.class)
class ScoreSheetDescriptorsTest {

    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    private static final PseudoClass LOOKED_AT = PseudoClass.getPseudoClass("looked-at");

    @TempDir
    static Path temp;

    private SuhbatShell shell;
    private List<GuideCompetency> competencies;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(temp, "data");
        try (TestOffice office = TestOffice.create(folder, new KeyDerivation(10_000))) {
            TestPanel panel = TestPanel.seat(office);
            Interview interview = office.services().interviews().start(panel.sitting.id(),
                    panel.candidates.get(1).id());
            competencies = office.services().interviews().guide(interview.id()).competencies();
        }
        shell = UiSteps.start(stage, folder, Language.EN);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void theLevelsOfTheCompetencyInHandAreDescribedBesideTheSheet(FxRobot robot) throws Exception {
        UiSteps.signIn(robot, TestPanel.LOGINS[1], TestOffice.PASSWORD);
        for (int step = 0; step < 2; step++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        }
        // From their own start page, Enter on the candidate whose sheet waits for them opens the guide at
        // the sheets, their name chosen, the password asked for.
        UiSteps.waitFor(robot, "#mySittingsPage");
        TableView<?> candidates = robot.lookup("#candidateTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> candidates.getSelectionModel().getSelectedIndex() == 1
                && candidates.isFocused());
        robot.type(KeyCode.ENTER);
        UiSteps.waitFor(robot, "#interviewPane");
        Window guide = robot.lookup("#interviewPane").query().getScene().getWindow();
        robot.interact(guide::requestFocus);
        robot.targetWindow(guide);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> guide.getScene().getFocusOwner() != null
                && "sheetPassword".equals(guide.getScene().getFocusOwner().getId()));
        ListView<Rater> raters = robot.lookup("#raterList").queryListView();
        assertEquals(TestPanel.VOTING[1], raters.getSelectionModel().getSelectedItem().fullName(),
                "the member's own name is chosen");
        robot.write(TestOffice.PASSWORD);
        robot.type(KeyCode.ENTER);
        GuideCompetency second = competencies.get(1);
        UiSteps.waitFor(robot, "#level-" + competencies.get(0).code());
        WaitForAsyncUtils.waitForFxEvents();

        // Down to the second competency: its levels, each with its positive and negative indicators.
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("level-" + second.code(), focusOwner(robot));
        List<String> shown = robot.lookup("#levelDescriptors .level-indicator").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
        List<Indicator> indicators = second.competency().indicators();
        assertFalse(indicators.isEmpty());
        for (Indicator indicator : indicators) {
            assertTrue(shown.stream().anyMatch(t -> t.endsWith(indicator.text().en())),
                    "shown: " + indicator.text().en());
        }
        assertTrue(shown.stream().noneMatch(t -> competencies.get(0).competency().indicators().stream()
                .anyMatch(i -> t.endsWith(i.text().en()))), "only the competency in hand is described");
        ScrollPane pane = robot.lookup("#levelDescriptors .level-descriptors").queryAs(ScrollPane.class);
        assertTrue(pane.getWidth() >= 400, "room to read at two sizes up: " + pane.getWidth());
        assertTrue(indicatorFontSize(robot) >= 21, "two sizes up in the guide's larger type");

        // Typing 4 scores the row and marks level 4's descriptor, scrolled into view.
        robot.type(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> card(robot, 4).getPseudoClassStates().contains(CHOSEN));
        WaitForAsyncUtils.waitForFxEvents();
        for (int level = 1; level <= 5; level++) {
            assertEquals(level == 4, card(robot, level).getPseudoClassStates().contains(CHOSEN), "level " + level);
        }
        assertTrue(inView(pane, card(robot, 4)), "the chosen level's descriptor is in view");

        // The right arrow reads the level above without scoring it.
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(card(robot, 5).getPseudoClassStates().contains(LOOKED_AT));
        assertFalse(card(robot, 5).getPseudoClassStates().contains(CHOSEN), "looking is not scoring");
        assertTrue(showing(robot, "#level-" + second.code()), "the arrow stays on the sheet");
        assertEquals("level-" + second.code(), focusOwner(robot));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(inView(pane, card(robot, 5)), "the level looked at comes into view");
    }

    private static Node card(FxRobot robot, int level) {
        return robot.lookup("#descriptor-" + level).query();
    }

    private static double indicatorFontSize(FxRobot robot) {
        return robot.lookup("#levelDescriptors .level-indicator").queryAs(Labeled.class).getFont()
                .getSize();
    }

    private static boolean inView(ScrollPane pane, Node card) {
        Bounds viewport = pane.localToScene(pane.getBoundsInLocal());
        Bounds bounds = card.localToScene(card.getBoundsInLocal());
        return bounds.getMinY() >= viewport.getMinY() - 1 && bounds.getMaxY() <= viewport.getMaxY() + 1;
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().anyMatch(n -> {
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return n.getScene() != null;
        });
    }

    private static String focusOwner(FxRobot robot) {
        Node owner = robot.lookup("#interviewPane").query().getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }
}
