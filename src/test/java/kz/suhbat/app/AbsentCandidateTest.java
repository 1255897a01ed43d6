package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.panel.Agenda;
import kz.suhbat.panel.PanelService;
import kz.suhbat.panel.Slot;
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
 * The secretary records by keyboard, on the open sitting's agenda, that a candidate did not appear: the
 * agenda says absent, Next goes past them, their interview cannot start, and the protocol states the
 * absence; the mark is withdrawn when they arrive late.
 */
@ExtendWith(ApplicationExtension.class)
class AbsentCandidateTest {

    /**
     * The first candidate's interview is finalised; the other two sit late in the day, so that Next, which
     * looks ahead of the clock, names one of them.
     */
    private static final LocalTime LATE = LocalTime.of(23, 58);

    @TempDir
    static Path temp;

    private SuhbatShell shell;
    private final Deque<Path> chosenFiles = new ArrayDeque<>();
    private List<Candidate> candidates;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(temp, "data");
        try (TestOffice office = TestOffice.create(folder, new KeyDerivation(10_000))) {
            TestPanel panel = TestPanel.seat(office);
            panel.finaliseFirstInterview(office, "Мысал толық емес");
            candidates = panel.candidates;
            PanelService panels = office.services().panels();
            for (int i = 1; i < 3; i++) {
                long candidateId = candidates.get(i).id();
                Slot slot = panels.agenda(panel.sitting.id()).items().stream().map(Agenda.Item::slot)
                        .filter(s -> s.candidateId() == candidateId).findFirst().orElseThrow();
                panels.removeSlot(panel.sitting.id(), slot.id());
                panels.addSlot(panel.sitting.id(), LATE.plusMinutes(i - 1), candidateId);
            }
        }
        shell = UiSteps.startChoosing(stage, folder, chosenFiles);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    private static Agenda.Item row(TableView<?> agenda, int index) {
        return (Agenda.Item) agenda.getItems().get(index);
    }

    private static void pressShortcutD(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
    }

    /** Waits for the confirmation, checks what it asks about, and confirms with Enter. */
    private static void confirm(FxRobot robot, String asks) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String question = robot.lookup(".dialog-pane .content").queryLabeled().getText();
        assertTrue(question.contains(asks), question);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aCandidateWhoDoesNotAppearIsMarkedAbsentByKeyboard(FxRobot robot) throws Exception {
        UiSteps.signIn(robot, "secretary", TestOffice.PASSWORD);
        TableView<?> agenda = UiSteps.openTheAgenda(robot);
        String absentName = candidates.get(1).fullName();
        String nextName = candidates.get(2).fullName();
        robot.interact(() -> {
            agenda.getSelectionModel().select(0);
            agenda.requestFocus();
        });
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        Button absentButton = robot.lookup("#absentButton").queryAs(Button.class);
        assertEquals("Did not appear (Ctrl+D)", absentButton.getText(), "the shortcut is shown on the button");
        assertFalse(absentButton.isDisabled());

        pressShortcutD(robot);
        confirm(robot, absentName + " did not appear");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> row(agenda, 1).absent());
        TableColumn<?, ?> interview = agenda.getColumns().get(agenda.getColumns().size() - 1);
        assertEquals("✗ absent", interview.getCellData(1), "the agenda says absent");
        assertEquals(absentName, row(agenda, 1).candidate().fullName());
        assertTrue(UiSteps.text(robot, "#schedulePane #message").contains("is recorded as absent"));
        if (LocalTime.now().isBefore(LATE)) {
            String next = UiSteps.text(robot, "#nextLabel");
            assertEquals("Next: 23:59 — " + nextName, next, "Next goes past the absent candidate");
        }
        robot.interact(() -> agenda.getSelectionModel().select(1));
        assertTrue(robot.lookup("#interviewButton").queryAs(Button.class).isDisabled(), "no interview to start");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#interviewPane").tryQuery().isEmpty(), "Enter opens no interview");
        assertEquals("Arrived after all (Ctrl+D)", absentButton.getText());

        Path protocol = temp.resolve("protocol-absent.pdf");
        chosenFiles.add(protocol);
        UiSteps.fire(robot, "protocolButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> UiSteps.text(robot, "#schedulePane #message")
                .startsWith("The protocol is saved"));
        try (PDDocument pdf = Loader.loadPDF(protocol.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains(absentName + " — " + candidates.get(1).postName(Language.EN)
                    + " (23:58) The candidate did not appear. No interview was held"), "under the candidate's heading: " + text);
            assertEquals(1, text.split("did not appear", -1).length - 1, "only the absent candidate");
            assertEquals(1, text.split("not every score sheet is in", -1).length - 1,
                    "the last, not yet interviewed, is incomplete: " + text);
            assertTrue(text.contains("Decision: Recommended"), "the first candidate's decision");
        }

        robot.interact(agenda::requestFocus);
        pressShortcutD(robot);
        confirm(robot, "Withdraw the absence of " + absentName);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !row(agenda, 1).absent());
        assertEquals("", interview.getCellData(1));
        assertFalse(robot.lookup("#interviewButton").queryAs(Button.class).isDisabled(), "late, but interviewed");
    }
}
