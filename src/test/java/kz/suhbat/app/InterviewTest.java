package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.interview.Deliberation;
import kz.suhbat.interview.GuideCompetency;
import kz.suhbat.interview.Interview;
import kz.suhbat.interview.InterviewGuide;
import kz.suhbat.scoring.Outcome;
import kz.suhbat.interview.Rater;
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
 * A whole sitting for one candidate, run from the keyboard: a panel of five of whom one is recused, the
 * guide through the competencies with a note and a dropped question, four members scoring on their own
 * sheets with their own passwords (none seeing another's scores), the reveal with its divergence flag,
 * an agreed change, the votes with a separate opinion, and finalisation. The stored record is checked
 * afterwards through the services.
 */
@ExtendWith(ApplicationExtension.class)
class InterviewTest {

    private static final javafx.css.PseudoClass CHOSEN = javafx.css.PseudoClass.getPseudoClass("chosen");

    @TempDir
    static Path temp;

    private Path folder;
    private SuhbatShell shell;
    private List<String> competencies;
    private String firstQuestion;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory(temp, "data");
        try (TestOffice office = TestOffice.create(folder, new KeyDerivation(10_000))) {
            TestPanel panel = TestPanel.seat(office);
            Interview peek = office.services().interviews().start(panel.sitting.id(), panel.candidates.get(2).id());
            InterviewGuide guide = office.services().interviews().guide(peek.id());
            competencies = guide.competencies().stream().map(GuideCompetency::code).toList();
            firstQuestion = guide.competencies().get(0).questions().get(0).question().text().en();
        }
        shell = UiSteps.start(stage, folder, Language.EN);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void aPanelRunsAWholeSittingFromTheKeyboard(FxRobot robot) throws Exception {
        openTheFirstCandidatesInterview(robot);

        // The guide: opening script, then the first competency with its first question.
        UiSteps.waitFor(robot, "#guideQuestion");
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(firstQuestion, UiSteps.text(robot, "#guideQuestion"));
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.N);
        robot.write("Описала очередь: сократилась вдвое");
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.DOWN);
        String second = UiSteps.text(robot, "#guideQuestion");
        assertFalse(second.equals(firstQuestion), "the arrow key moves to the next question");
        robot.type(KeyCode.D);
        robot.write("Вопрос стал известен кандидатам");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#interviewPane #message").contains("dropped"));
        assertFalse(UiSteps.text(robot, "#guideQuestion").equals(second), "the dropped question is gone");

        // The score sheets: each of the four raters opens their own sheet with their own password.
        UiSteps.stepTo(robot, "#raterList");
        ListView<Rater> raters = robot.lookup("#raterList").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> raters.getItems().size() == 4);
        assertTrue(raters.getItems().stream().noneMatch(r -> r.fullName().equals(TestPanel.VOTING[4])),
                "the recused member does not score this candidate");
        int[][] levels = {{4, 4}, {4, 4}, {2, 3}, {3, 3}};
        for (int r = 0; r < 4; r++) {
            int rater = r;
            robot.interact(() -> raters.getSelectionModel().select(rater));
            robot.interact(raters::requestFocus);
            robot.type(KeyCode.ENTER);
            robot.write(TestOffice.PASSWORD);
            robot.type(KeyCode.ENTER);
            UiSteps.waitFor(robot, "#level-" + competencies.get(0));
            WaitForAsyncUtils.waitForFxEvents();
            if (rater > 0) {
                assertTrue(robot.lookup(".text-field").queryAllAs(TextInputControl.class).stream()
                        .noneMatch(t -> t.getText().contains("Fact r1")), "no other member's evidence is on screen");
            }
            for (int c = 0; c < competencies.size(); c++) {
                int level = c == 0 ? levels[rater][0] : levels[rater][1];
                robot.type(KeyCode.getKeyCode(Integer.toString(level)));
                robot.type(KeyCode.TAB);
                robot.write("Fact r" + (rater + 1));
                robot.type(KeyCode.ENTER);
            }
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".save-state").queryAllAs(Labeled.class)
                    .stream().allMatch(l -> l.getText().startsWith("✓")));
            if (rater == 0) {
                robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
                robot.interact(() -> robot.lookup("#note-" + competencies.get(0) + "-0").query().requestFocus());
                robot.write("Own note r1");
            }
            // Submitting asks first, showing every level and evidence that is about to be locked.
            robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiSteps.showing(robot, "#submitConfirmation"));
            assertTrue(labelsIn(robot, "#submitConfirmation").stream().anyMatch(t -> t.contains("Fact r" + (rater + 1))),
                    "the summary shows the evidence about to be locked");
            if (rater == 0) {
                robot.type(KeyCode.ESCAPE);
                WaitForAsyncUtils.waitForFxEvents();
                assertFalse(raters.getItems().get(0).submitted(), "Esc goes back without submitting");
                assertTrue(UiSteps.showing(robot, "#level-" + competencies.get(0)), "and the sheet is still open");
                robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiSteps.showing(robot, "#submitConfirmation"));
            }
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> raters.getItems().get(rater).submitted());
        }

        // The reveal: the first competency diverges (4, 4, 2, 3) and the panel agrees on 3.
        UiSteps.stepTo(robot, "#revealTable");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#computation").startsWith("Total"));
        assertTrue(robot.lookup(".divergent").queryAllAs(Labeled.class).stream()
                .anyMatch(l -> l.getText().startsWith("⚑")), "the divergence is flagged");
        robot.type(KeyCode.A);
        robot.type(KeyCode.DIGIT3);
        assertTrue(robot.lookup("#agreeReason").queryAs(TextInputControl.class).getWidth() >= 240,
                "the reason has room to be read while typed");
        robot.write("Example incomplete; the panel agreed on 3");
        // Tab leaves the reason for the chair's password, which confirms the agreed level: Enter records.
        robot.type(KeyCode.TAB);
        assertEquals("agreePassword", focusOwner(robot));
        assertTrue(text(robot, "#agreePasswordLabel").contains(TestPanel.VOTING[0]),
                "the field names who confirms: the chair");
        robot.write(TestOffice.PASSWORD);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".reveal-cell").queryAllAs(Labeled.class)
                .stream().anyMatch(l -> l.getText().equals("✓ agreed 3")));

        // The decision, typed as the footer says: each member's outcome by its number, Tab to the opinion,
        // Tab to the member's own password, Enter. Nothing counts until the member confirms it.
        UiSteps.stepTo(robot, "#vote-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("vote-0", focusOwner(robot), "the focus starts on the first member without a vote");
        robot.type(KeyCode.DIGIT1);
        assertEquals("vote-0", focusOwner(robot), "the focus stays on the row voted");
        assertEquals("1 Recommended", chosen(robot, 0));
        assertEquals("Not recorded yet: needs the member's own password", text(robot, "#voteState-0"));
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.TAB);
        assertEquals("votePassword-0", focusOwner(robot));
        robot.write("the secretary's guess");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".label").queryAllAs(Labeled.class)
                .stream().anyMatch(l -> UiSteps.onScreen(l) && l.getText().equals("Wrong password: nothing is recorded.")));
        assertEquals("Not recorded yet: needs the member's own password", text(robot, "#voteState-0"),
                "a wrong password records nothing");
        robot.write(TestOffice.PASSWORD);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#voteState-0").equals("✓ confirmed by the member"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "vote-1".equals(focusOwner(robot)));
        // The second member confirms with their password; the third's signed paper sheet is transcribed.
        robot.type(KeyCode.DIGIT1);
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.TAB);
        robot.write(TestOffice.PASSWORD);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "vote-2".equals(focusOwner(robot)));
        robot.type(KeyCode.DIGIT1);
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.TAB);
        assertEquals("paperVote-2", focusOwner(robot));
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#voteState-2")
                .equals("✎ transcribed from the signed paper vote sheet"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "vote-3".equals(focusOwner(robot)));
        // The last member disagrees: the opinion, Enter to the password, Enter.
        robot.type(KeyCode.DIGIT2);
        robot.type(KeyCode.TAB);
        robot.write("Too little experience in the field");
        robot.type(KeyCode.ENTER);
        assertEquals("votePassword-3", focusOwner(robot));
        robot.write(TestOffice.PASSWORD);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#decision").contains("Recommended (3 of 4)"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "vote-3".equals(focusOwner(robot)));
        assertEquals(List.of("1 Recommended", "1 Recommended", "1 Recommended", "2 Not recommended"),
                List.of(chosen(robot, 0), chosen(robot, 1), chosen(robot, 2), chosen(robot, 3)));
        // Recommended below the threshold: finalising asks first for the panel's reason.
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "thresholdReason".equals(focusOwner(robot)));
        assertTrue(robot.lookup("#finaliseConfirmation").queryAll().stream().noneMatch(javafx.scene.Node::isVisible),
                "no summary without the reason");
        robot.write("Strong references from the previous post");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiSteps.showing(robot, "#finaliseConfirmation"));
        assertTrue(labelsIn(robot, "#finaliseConfirmation").stream()
                .anyMatch(t -> t.contains("Not recommended; separate opinion: Too little experience in the field")),
                "the summary shows each vote and opinion about to be locked");
        assertTrue(labelsIn(robot, "#finaliseConfirmation").stream().anyMatch(t -> t.equals(
                "Reason for deciding against the threshold: Strong references from the previous post")),
                "and the reason");
        assertTrue(text(robot, "#decision").startsWith("Decision by"), "nothing is finalised before Enter");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#decision").startsWith("Finalised"));

        // Back on the agenda, the candidate shows as decided at once.
        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#interviewPane").queryAll().isEmpty());
        TableView<?> agenda = robot.lookup("#agendaTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> agenda.getColumns().stream()
                .anyMatch(c -> String.valueOf(c.getCellData(0)).equals("✓ Recommended")));
        assertEquals(0, agenda.getSelectionModel().getSelectedIndex(), "the candidate stays selected");

        shell.close();
        assertTheRecordAsStored();
    }

    @Test
    void aTranscribedPaperSheetIsConfirmedWithItsMembersOwnPassword(FxRobot robot) throws Exception {
        openTheFirstCandidatesInterview(robot);
        UiSteps.stepTo(robot, "#raterList");
        ListView<Rater> raters = robot.lookup("#raterList").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> raters.getItems().size() == 4);
        robot.interact(() -> raters.getSelectionModel().select(3));
        robot.interact(raters::requestFocus);
        String member = raters.getItems().get(3).fullName();
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        UiSteps.waitFor(robot, "#level-" + competencies.get(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(UiSteps.showing(robot, "#countersignPassword"), "a transcription waits for its member's confirmation");
        for (int c = 0; c < competencies.size(); c++) {
            robot.type(KeyCode.DIGIT3);
            robot.type(KeyCode.TAB);
            robot.write("Paper fact " + c);
            robot.type(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".save-state").queryAllAs(Labeled.class)
                .stream().allMatch(l -> l.getText().startsWith("✓")));

        // The member reads the transcription, then Ctrl+K takes them to their password.
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "countersignPassword".equals(focusOwner(robot)));
        robot.write("the secretary's guess");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#interviewPane #message")
                .contains("not confirmed"));
        assertFalse(raters.getItems().get(3).submitted(), "a wrong password confirms and submits nothing");
        assertTrue(UiSteps.showing(robot, "#level-" + competencies.get(0)), "the transcription stays open");

        robot.interact(() -> robot.lookup("#countersignPassword").query().requestFocus());
        robot.write(TestOffice.PASSWORD);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> raters.getItems().get(3).submitted());
        assertTrue(raters.getItems().get(3).countersigned(), "the member's confirmation is stored");
        assertTrue(text(robot, "#interviewPane #message").contains("confirmed by the member"));
        assertTrue(text(robot, "#interviewPane #message").contains(member));
        assertFalse(UiSteps.showing(robot, "#countersignPassword"), "the confirmed sheet is closed and locked");
    }

        @Test
    void anAnalystFollowsAStartedInterviewWithoutChangingIt(FxRobot robot) throws Exception {
        UiSteps.signIn(robot, "analyst", TestOffice.PASSWORD);
        TableView<?> agenda = UiSteps.openTheAgenda(robot);
        javafx.scene.control.Button follow = robot.lookup("#interviewButton").queryButton();
        assertEquals("Follow the interview (Enter)", follow.getText());
        robot.interact(() -> agenda.getSelectionModel().select(0));
        assertTrue(follow.isDisabled(), "an interview not started yet cannot be followed");
        robot.interact(() -> {
            agenda.getSelectionModel().select(2);
            agenda.requestFocus();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !follow.isDisabled());
        robot.type(KeyCode.ENTER);
        UiSteps.waitFor(robot, "#guideQuestion");
        robot.targetWindow(robot.lookup("#interviewPane").query().getScene().getWindow());
        UiSteps.stepTo(robot, "#raterList");
        assertTrue(robot.lookup(".button").queryAllAs(javafx.scene.control.Button.class).stream()
                .noneMatch(b -> b.getText().startsWith("Transcribe") && UiSteps.onScreen(b)), "only the secretary transcribes");
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".label").queryAllAs(Labeled.class)
                .stream().anyMatch(l -> UiSteps.onScreen(l) && l.getText().contains("0 of 5 so far")));
        assertFalse(UiSteps.showing(robot, "#revealTable"), "nothing is revealed before every sheet is in");
    }

    private void openTheFirstCandidatesInterview(FxRobot robot) throws Exception {
        UiSteps.signIn(robot, "secretary", TestOffice.PASSWORD);
        TableView<?> agenda = UiSteps.openTheAgenda(robot);
        robot.interact(() -> {
            agenda.getSelectionModel().select(0);
            agenda.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        UiSteps.waitFor(robot, "#interviewPane");
        Window guide = robot.lookup("#interviewPane").query().getScene().getWindow();
        robot.interact(guide::requestFocus);
        robot.targetWindow(guide);
    }

    /** The option marked as stored in the vote row {@code row}, or null. */
    private static String chosen(FxRobot robot, int row) {
        return robot.lookup("#vote-" + row + " .digit-option").queryAllAs(Labeled.class).stream()
                .filter(o -> o.getPseudoClassStates().contains(CHOSEN)).map(Labeled::getText).findFirst().orElse(null);
    }

    private static String focusOwner(FxRobot robot) {
        Node owner = robot.lookup("#interviewPane").query().getScene().getFocusOwner();
        return owner == null ? null : owner.getId() != null ? owner.getId() : owner.toString();
    }

    private static List<String> labelsIn(FxRobot robot, String query) {
        return robot.lookup(query + " .label").queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private void assertTheRecordAsStored() {
        try (Entrance entrance = new Entrance(new DataFolder(folder, DataFolder.Kind.EXPLICIT),
                new KeyDerivation(10_000), Clock.systemUTC(), new SecureRandom())) {
            Entrance.Outcome outcome = entrance.signIn("analyst", TestOffice.PASSWORD.toCharArray());
            Services services = ((Entrance.Outcome.SignedIn) outcome).services();
            long sitting = services.panels().sittings(services.campaigns().list(kz.suhbat.campaign.CampaignFilter.ALL).get(0).campaign().id()).get(0).id();
            Interview interview = services.interviews().interviews(sitting).stream()
                    .filter(i -> i.finalised()).findFirst().orElseThrow();
            assertEquals(Outcome.RECOMMENDED, interview.decision());
            Deliberation record = services.deliberation().deliberation(interview.id());
            assertEquals(4 * competencies.size(), record.scores().size());
            assertEquals(3, record.results().competencies().get(0).outcome().agreedLevel());
            assertEquals("Example incomplete; the panel agreed on 3", record.results().competencies().get(0).outcome()
                    .reason(), "the digit of the level is not typed into the reason");
            assertEquals(2, record.score(record.raters().get(2).memberId(), competencies.get(0)).orElseThrow()
                    .level(), "the member's own score is kept beside the agreed result");
            assertEquals("Too little experience in the field",
                    record.vote(record.raters().get(3).memberId()).orElseThrow().opinion());
            assertEquals(List.of(Outcome.RECOMMENDED, Outcome.RECOMMENDED, Outcome.RECOMMENDED, Outcome.NOT_RECOMMENDED),
                    record.raters().stream().map(r -> record.vote(r.memberId()).orElseThrow().outcome()).toList(),
                    "each vote is the one typed on the member's row");
            assertEquals(List.of("", "", "", "Too little experience in the field"), record.raters().stream()
                    .map(r -> record.vote(r.memberId()).orElseThrow().opinion()).toList(), "the chair has no opinion");
            assertEquals(List.of(false, false, true, false), record.raters().stream()
                    .map(r -> record.vote(r.memberId()).orElseThrow().transcribed()).toList(),
                    "only the third vote is transcribed from paper");
            assertTrue(record.notes().stream().anyMatch(n -> n.text().equals("Описала очередь: сократилась вдвое")));
            assertTrue(record.notes().stream().anyMatch(n -> n.text().equals("Own note r1")
                    && n.memberId() == record.raters().get(0).memberId()), "the chair's own note, saved on submitting");
            assertEquals("Вопрос стал известен кандидатам", services.interviews().guide(interview.id()).dropped()
                    .get(0).reason());
        }
    }
}
