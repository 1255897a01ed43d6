package kz.suhbat.training.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kz.suhbat.app.UiSteps;
import kz.suhbat.security.Account;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.MutableClock;
import kz.suhbat.testsupport.TestCourse;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.training.ui.course.CourseExercisesViewModel.ExerciseRow;
import kz.suhbat.training.ui.course.CourseResultsViewModel.ResultRow;
import kz.suhbat.training.ui.course.CourseTraineesViewModel.TraineeRow;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The trainer's Courses page, from the keyboard: a refused and a saved rule, two more trainees (one a
 * reference rater), the course's exercises with their references, and the results of the two trainees who
 * submitted both exercises (their distances, and who is calibrated under the new rule), saved as XLSX.
 */
@ExtendWith(ApplicationExtension.class)
class CourseScreenTest {

    @TempDir
    static Path temp;

    private final Deque<Path> chosen = new ArrayDeque<>();
    private AutoCloseable window;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(temp, "data");
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
        try (TestOffice office = TestOffice.create(folder, new KeyDerivation(10_000), clock)) {
            TestCourse course = TestCourse.create(office);
            Account aigerim = course.trainee("aigerim", "Әйгерім Сәрсенова", false);
            Account boris = course.trainee("boris", "Борис Ким", false);
            course.submit(aigerim, 0, 4, 3);
            course.submit(boris, 0, 2, 5);
            clock.advance(Duration.ofDays(1));
            course.submit(aigerim, 1, 3, 3);
            course.submit(boris, 1, 2, 4);
            office.addAccount("dana", "Дана Омарова", Role.TRAINEE);
            office.addAccount("erlan", "Ерлан Сейітов", Role.MEMBER);
        }
        window = UiSteps.openChoosing(stage, folder, chosen);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void aTrainerRunsACourseFromTheKeyboard(FxRobot robot) throws Exception {
        UiSteps.signIn(robot, TestCourse.TRAINER, TestOffice.PASSWORD);
        UiSteps.waitFor(robot, "#coursePage");
        @SuppressWarnings("unchecked")
        ComboBox<Object> courses = robot.lookup("#courseBox").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> courses.getValue() != null
                && !robot.lookup("#exercisesField").queryTextInputControl().getText().isEmpty());
        assertEquals("School of Akims", courses.getConverter().toString(courses.getValue()), "the trainer starts on the course");

        UiSteps.type(robot, "distanceField", "half");
        robot.type(KeyCode.ENTER);
        waitForText(robot, "#message", "The largest distance must be a number from 0 to 5");
        assertEquals("half", robot.lookup("#distanceField").queryTextInputControl().getText(), "nothing typed is lost");
        UiSteps.type(robot, "distanceField", "0.5");
        UiSteps.type(robot, "exercisesField", "2");
        robot.type(KeyCode.ENTER);
        waitForText(robot, "#message", "The rule is saved: a mean distance of at most 0.50 levels over the last 2");

        nextTab(robot);
        TableView<TraineeRow> trainees = robot.lookup("#traineeTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> trainees.getItems().size() == 2);
        addTrainee(robot, false);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> trainees.getItems().size() == 3);
        addTrainee(robot, true);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> trainees.getItems().size() == 4);
        assertEquals(List.of("Дана Омарова:no", "Ерлан Сейітов:yes"), trainees.getItems().stream()
                .filter(t -> !t.login().equals("aigerim") && !t.login().equals("boris"))
                .map(t -> t.name() + ":" + t.reference()).sorted().toList(), "the second is a reference rater");
        UiSteps.type(robot, "newLoginField", "kursant-7");
        UiSteps.type(robot, "newNameField", "Жанар Омарова");
        robot.clickOn("#createTraineeButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> trainees.getItems().size() == 5);
        assertTrue(UiSteps.text(robot, "#traineesMessage").contains("Temporary password: "),
                UiSteps.text(robot, "#traineesMessage"));
        assertEquals(List.of("Trainee"), trainees.getItems().stream().filter(t -> t.login().equals("kursant-7"))
                .map(TraineeRow::role).toList(), "a trainee account, on the course");

        nextTab(robot);
        TableView<ExerciseRow> exercises = robot.lookup("#exerciseTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> exercises.getItems().size() == 2);
        assertEquals(List.of("1", "2"), exercises.getItems().stream().map(ExerciseRow::seq).toList());
        assertEquals("EX-01", exercises.getItems().get(0).code());
        assertTrue(exercises.getItems().get(0).references().matches("\\S+ 4, \\S+ 3"),
                exercises.getItems().get(0).references());

        nextTab(robot);
        TableView<ResultRow> results = robot.lookup("#resultTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> results.getItems().size() == 5);
        ResultRow aigerim = row(results, "Әйгерім Сәрсенова");
        assertEquals("2", aigerim.submitted());
        assertEquals("0.50", aigerim.last(), "one level off on one of two competencies");
        assertEquals("0.25", aigerim.mean());
        assertEquals("since 02.12.2026", aigerim.calibrated(), "within half a level over the last two");
        ResultRow boris = row(results, "Борис Ким");
        assertEquals("1.50", boris.last());
        assertEquals("1.75", boris.mean());
        assertEquals("+0.25 lenient", boris.bias());
        assertEquals("not yet", boris.calibrated());
        assertEquals("not yet", row(results, "Дана Омарова").calibrated());

        Path xlsx = temp.resolve("course.xlsx");
        chosen.add(xlsx);
        robot.interact(() -> robot.lookup("#saveReportButton").queryButton().requestFocus());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(xlsx));
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertTrue(rows.get(1).getCellText(0).startsWith("TRAINING · School of Akims"), rows.get(1).getCellText(0));
            Row first = rows.stream().filter(r -> "Әйгерім Сәрсенова".equals(r.getCellText(0))).findFirst()
                    .orElseThrow();
            assertEquals("since 02.12.2026", first.getCellText(8));
            assertEquals(0.25, first.getCellAsNumber(4).orElseThrow().doubleValue(), 1e-9);
        }
    }

    /** Chooses the first account offered, ticks "reference rater" or not, and adds it, all by keys. */
    private static void addTrainee(FxRobot robot, boolean reference) {
        robot.interact(() -> robot.lookup("#accountBox").queryAs(Control.class).requestFocus());
        robot.type(KeyCode.F4);
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.TAB);
        if (reference) {
            robot.type(KeyCode.SPACE);
        }
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.SPACE);
    }

    /** The next tab, as a keyboard user reaches it: Ctrl+Tab with the tabs in focus (a text field keeps it). */
    private static void nextTab(FxRobot robot) {
        robot.interact(() -> robot.lookup("#courseTabs").queryAs(Control.class).requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitForText(FxRobot robot, String query, String start) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiSteps.text(robot, query).startsWith(start));
    }

    private static ResultRow row(TableView<ResultRow> table, String name) {
        return table.getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
