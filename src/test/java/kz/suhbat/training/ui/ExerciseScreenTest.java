package kz.suhbat.training.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kz.suhbat.app.TestWindow;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignType;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Framework;
import kz.suhbat.security.Account;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.TestCampaigns;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.training.Exercise;
import kz.suhbat.training.ExerciseSet;
import kz.suhbat.training.MyExercise;
import kz.suhbat.training.ReferenceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two trainees take the same calibration exercise by keyboard: each scores it blind (no reference on the
 * sheet), is refused while evidence is missing, submits, and sees their own distance from the references
 * (a half-level reference on one competency); neither sees the other's levels.
 */
@ExtendWith(ApplicationExtension.class)
class ExerciseScreenTest {

    private static final String TRAINEE_A = "trainee.a";
    private static final String TRAINEE_B = "trainee.b";

    @TempDir
    static Path temp;

    private TestWindow window;
    private String first;
    private String second;
    private String secondName;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(temp, "data");
        try (TestOffice office = TestOffice.create(folder, new KeyDerivation(10_000))) {
            Account trainer = office.addAccount("trainer", "Динара Ахметова", Role.TRAINER);
            Account a = office.addAccount(TRAINEE_A, "Айгүл Серікқызы", Role.TRAINEE);
            Account b = office.addAccount(TRAINEE_B, "Борис Ким", Role.TRAINEE);
            Framework framework = office.services().rubric().load(office.services().rubric().list().get(0).id())
                    .orElseThrow();
            List<Competency> competencies = framework.competencies();
            first = competencies.get(0).code();
            second = competencies.get(1).code();
            secondName = competencies.get(1).name().en();
            office.actAs(trainer);
            Campaign template = TestCampaigns.competition(office, "Оқу курсы");
            Campaign course = office.services().campaigns().create(new Campaign(0,
                    LocalizedText.of("Бағалаушылар курсы", "Курс оценщиков", "Raters' course"), CampaignType.TRAINING,
                    template.posts(), template.opens(), template.closes(), template.officeCode(), template.region(),
                    template.frameworkId(), template.status(), template.quorum(), template.divergenceSpread(),
                    template.body()));
            office.services().training().addTrainee(course.id(), a.id(), false);
            office.services().training().addTrainee(course.id(), b.id(), false);
            office.services().training().addExercises(course.id(), new ExerciseSet(
                    LocalizedText.of("Жинақ", "Набор", "Set"), framework.code(), List.of(new Exercise("EX-1",
                    LocalizedText.of("Кезекті шешім", "Срочное решение", "An urgent decision"), first, 1,
                    LocalizedText.of("Мен бірден шешім қабылдадым.", "Я сразу принял решение.",
                            "I decided at once and told the team why."), Optional.empty(),
                    List.of(new ReferenceLevel(first, new BigDecimal("3.5"),
                                    LocalizedText.of("Себебі", "Причина", "Weighs options but not the risks")),
                            new ReferenceLevel(second, new BigDecimal("4"),
                                    LocalizedText.of("Себебі", "Причина", "Explains the decision to all")))))),
                    Optional.empty());
        }
        window = TestWindow.start(stage, folder, Language.EN);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void twoTraineesScoreBlindAndSeeTheirOwnDistance(FxRobot robot) throws Exception {
        TestWindow.signIn(robot, TRAINEE_A, TestOffice.PASSWORD);
        TableView<MyExercise> table = openTheList(robot);
        assertEquals("new", cell(table, 3));

        robot.type(KeyCode.ENTER);
        waitForFocus(robot, "level-" + first);
        assertTrue(visibleText(robot).contains("I decided at once and told the team why."), "the transcript shows");
        assertFalse(visibleText(robot).stream().anyMatch(t -> t.contains("3.5") || t.contains("Weighs options")),
                "no reference before submitting");

        // 4 on the first competency, with evidence; 4 on the second, evidence left out.
        robot.type(KeyCode.DIGIT4);
        waitForText(robot, "#state-" + first, "✓ Saved");
        robot.type(KeyCode.TAB);
        robot.write("Chose at once");
        robot.type(KeyCode.TAB);
        waitForFocus(robot, "level-" + second);
        waitForText(robot, "#state-" + first, "✓ Saved");
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.ENTER);
        waitForText(robot, "#state-" + second, "✓ Saved");

        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#exerciseConfirmation").query().isVisible());
        robot.type(KeyCode.ENTER);
        waitForText(robot, "#exerciseSheet #message", "Write the evidence for " + secondName
                + " before submitting: what in the answer shows the level.");

        robot.interact(() -> robot.lookup("#evidence-" + second).query().requestFocus());
        robot.write("Told everyone");
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#exerciseConfirmation").query().isVisible());
        robot.type(KeyCode.ENTER);
        waitForText(robot, "#feedbackDistance", "Your mean distance from the references: 0.25 levels");
        assertEquals("Your level 4 · reference 3.5 · difference +0.5", text(robot, "#feedback-" + first));
        assertEquals("Your level 4 · reference 4 · difference 0", text(robot, "#feedback-" + second));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visibleText(robot).contains("Why: Weighs options but not the risks"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visibleText(robot).contains("Bias: +0.25 levels — lenient"));

        // Back on the list: submitted with the distance; reopening shows the feedback again.
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "submitted".equals(cell(table, 3)));
        assertEquals("0.25", cell(table, 4));
        signOut(robot);

        TestWindow.signIn(robot, TRAINEE_B, TestOffice.PASSWORD);
        TableView<MyExercise> tableB = openTheList(robot);
        assertEquals("new", cell(tableB, 3), "trainee B's own attempt, not A's");
        robot.type(KeyCode.ENTER);
        waitForFocus(robot, "level-" + first);
        assertTrue(robot.lookup("#evidence-" + first).queryAs(TextInputControl.class).getText().isEmpty(),
                "nothing of A's evidence");
        assertTrue(robot.lookup(".digit-option").queryAll().stream().noneMatch(n ->
                n.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("chosen"))),
                "nothing of A's levels");
        robot.type(KeyCode.DIGIT2);
        waitForText(robot, "#state-" + first, "✓ Saved");
        robot.type(KeyCode.TAB);
        robot.write("Waited too long");
        robot.type(KeyCode.TAB);
        waitForFocus(robot, "level-" + second);
        robot.type(KeyCode.DIGIT2);
        waitForText(robot, "#state-" + second, "✓ Saved");
        robot.type(KeyCode.TAB);
        robot.write("Told nobody");
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#exerciseConfirmation").query().isVisible());
        robot.type(KeyCode.ENTER);
        waitForText(robot, "#feedbackDistance", "Your mean distance from the references: 1.75 levels");
        assertEquals("Your level 2 · reference 3.5 · difference −1.5", text(robot, "#feedback-" + first));
        assertTrue(visibleText(robot).contains("Bias: −1.75 levels — severe"));
    }

    private static TableView<MyExercise> openTheList(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#exerciseTable").queryAll().isEmpty());
        assertTrue(robot.lookup("#nav-calibration").queryAs(ToggleButton.class).isSelected(),
                "a trainee starts on their calibration exercises");
        TableView<MyExercise> table = robot.lookup("#exerciseTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 1 && table.isFocused()
                && table.getSelectionModel().getSelectedIndex() == 0);
        assertEquals("An urgent decision", cell(table, 2));
        assertEquals("Raters' course", cell(table, 0));
        return table;
    }

    private static void signOut(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#signOutButton").queryButton().fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#loginField").queryAll().isEmpty());
    }

    private static String cell(TableView<MyExercise> table, int column) {
        return String.valueOf(table.getColumns().get(column).getCellData(0));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    private static void waitForText(FxRobot robot, String query, String expected) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).queryAll().stream()
                    .anyMatch(n -> n.isVisible() && n instanceof Labeled l && expected.equals(l.getText())));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Expected \"" + expected + "\" in " + query + ", the screen shows "
                    + visibleText(robot), e);
        }
    }

    private static void waitForFocus(FxRobot robot, String id) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> String.valueOf(focusOwner(robot)).startsWith(id + " "));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Expected the keyboard on " + id + ", it is on " + focusOwner(robot)
                    + "; the screen shows " + visibleText(robot), e);
        }
    }

    private static String focusOwner(FxRobot robot) {
        Node owner = robot.lookup("#mainWindow").query().getScene().getFocusOwner();
        return owner == null ? null : owner.getId() + " " + owner.getClass().getSimpleName();
    }

    /** Every text on screen now, in shown nodes. */
    private static List<String> visibleText(FxRobot robot) {
        return robot.lookup(n -> n instanceof Labeled && shown(n)).queryAll().stream()
                .map(n -> ((Labeled) n).getText()).filter(t -> t != null).toList();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
