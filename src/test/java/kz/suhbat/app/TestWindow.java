package kz.suhbat.app;

import java.nio.file.Path;
import javafx.stage.Stage;
import kz.suhbat.common.i18n.Language;
import org.testfx.api.FxRobot;

/** Suhbat's window for the window tests of other packages: started on a folder, signed in and out. */
public final class TestWindow implements AutoCloseable {

    private final SuhbatShell shell;

    private TestWindow(SuhbatShell shell) {
        this.shell = shell;
    }

    /** Starts the window on {@code folder} in {@code language}, as the launcher does. */
    public static TestWindow start(Stage stage, Path folder, Language language) {
        return new TestWindow(UiSteps.start(stage, folder, language));
    }

    /** Signs in through the sign-in screen and waits for the main window. */
    public static void signIn(FxRobot robot, String login, String password) throws Exception {
        UiSteps.signIn(robot, login, password);
    }

    @Override
    public void close() {
        shell.close();
    }
}
