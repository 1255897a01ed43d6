package kz.suhbat.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.ui.FxTaskExecutor;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests do again and again: start Suhbat on a folder, type, press, sign in. */
public final class UiSteps {

    /**
     * How the window's passwords are derived in these tests: fewer iterations than in production (the
     * production cost is checked in {@code PasswordStorageTest}), so signing in does not dominate a test.
     */
    static final KeyDerivation DERIVATION = new KeyDerivation(10_000);

    private UiSteps() {
    }

    /** Starts the window on {@code folder} in {@code language}, as the launcher does. */
    static SuhbatShell start(Stage stage, Path folder, Language language) {
        DataFolder dataFolder = new DataFolder(folder, DataFolder.Kind.EXPLICIT);
        AppSettings settings = AppSettings.load(dataFolder.settingsFile(), language);
        SuhbatShell shell = new SuhbatShell(dataFolder, settings, new I18n(settings.language()),
                new FxTaskExecutor(), false, kz.suhbat.common.ui.FxDialogService::new, DERIVATION);
        shell.start(stage);
        return shell;
    }

    /**
     * Starts the window in English on {@code folder} with the native file and folder choosers replaced:
     * each choice takes the next path of {@code chosen}.
     */
    static SuhbatShell startChoosing(Stage stage, Path folder, java.util.Deque<Path> chosen) {
        DataFolder dataFolder = new DataFolder(folder, DataFolder.Kind.EXPLICIT);
        SuhbatShell shell = new SuhbatShell(dataFolder, AppSettings.load(dataFolder.settingsFile(), Language.EN),
                new I18n(Language.EN), new FxTaskExecutor(), false, (owner, buttons) -> new ChoosingDialogs(
                        new kz.suhbat.common.ui.FxDialogService(owner, buttons), chosen), DERIVATION);
        shell.start(stage);
        return shell;
    }

    /**
     * The same for a test of another package: the window, closed by closing what this returns.
     */
    public static AutoCloseable openChoosing(Stage stage, Path folder, java.util.Deque<Path> chosen) {
        SuhbatShell shell = startChoosing(stage, folder, chosen);
        return shell::close;
    }

    /** Sets up a test office in {@code folder} (closed again, as after an earlier run of Suhbat). */
    static void setUpOffice(Path folder) {
        TestOffice.create(folder, DERIVATION).close();
    }

    public static void type(FxRobot robot, String id, String text) {
        TextInputControl input = robot.lookup("#" + id).queryAs(TextInputControl.class);
        robot.interact(() -> {
            input.requestFocus();
            input.setText("");
        });
        robot.write(text);
    }

    /** Presses a button that may sit below the visible part of a scrolling form. */
    public static void fire(FxRobot robot, String id) {
        ButtonBase button = robot.lookup("#" + id).queryAs(ButtonBase.class);
        robot.interact(button::fire);
    }

    public static void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup(query).queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    /** Signs in through the sign-in screen and waits for the main window. */
    public static void signIn(FxRobot robot, String login, String password) throws Exception {
        waitFor(robot, "#loginField");
        type(robot, "loginField", login);
        type(robot, "passwordField", password);
        robot.clickOn("#signInButton");
        waitFor(robot, "#mainWindow");
    }

    static void signInAsAdmin(FxRobot robot) throws Exception {
        signIn(robot, TestOffice.ADMIN, TestOffice.PASSWORD);
    }

    /** The only campaign's Sittings tab, once its agenda of three candidates shows; the agenda table. */
    public static TableView<?> openTheAgenda(FxRobot robot) throws Exception {
        waitFor(robot, "#campaignsPage");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#campaignList").queryListView().getItems().size() == 1);
        robot.interact(() -> robot.lookup("#campaignList").queryListView().getSelectionModel().select(0));
        robot.clickOn("Sittings");
        TableView<?> agenda = robot.lookup("#agendaTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> agenda.getItems().size() == 3);
        return agenda;
    }

    /** A data folder in {@code temp} whose panel has finalised the first candidate's interview. */
    static Path officeWithFinalisedInterview(Path temp) throws IOException {
        Path folder = Files.createTempDirectory(temp, "data");
        try (TestOffice office = TestOffice.create(folder, DERIVATION)) {
            TestPanel.seat(office).finaliseFirstInterview(office, "Мысал толық емес");
        }
        return folder;
    }

    /** Presses the right arrow in the interview window until the step showing {@code query} is on screen. */
    public static void stepTo(FxRobot robot, String query) throws Exception {
        for (int i = 0; i < 20 && !showing(robot, query); i++) {
            robot.interact(() -> robot.lookup("#interviewPane").query().requestFocus());
            robot.type(javafx.scene.input.KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> showing(robot, query));
    }

    /** Whether a node {@code query} finds is on screen: in a scene, it and every parent visible. */
    public static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().anyMatch(UiSteps::onScreen);
    }

    public static boolean onScreen(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
