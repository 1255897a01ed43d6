package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.testsupport.TestServer;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A workstation whose data folder names a database server that does not answer says so in the user's
 * language, in words the secretary can act on, and offers no sign-in over nothing.
 */
@ExtendWith(ApplicationExtension.class)
class ServerDownTest {

    @TempDir
    static Path temp;

    private SuhbatShell shell;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(temp, "workstation");
        // Port 9 (discard) on this computer: nothing listens there.
        TestServer.pointAt(folder, "suhbat", "127.0.0.1:9");
        Files.writeString(folder.resolve("settings.properties"), "language=kk\n");
        shell = UiSteps.start(stage, folder, Language.KK);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void aServerThatDoesNotAnswerIsNamedInTheUsersLanguage(FxRobot robot) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> UiSteps.text(robot, "#startupMessage").contains("сервері"));
        String message = UiSteps.text(robot, "#startupMessage");
        assertTrue(message.contains("кеңсенің дерекқор сервері жауап бермейді"), message);
        assertTrue(!message.contains("Exception") && !message.contains("jdbc"), "no stack trace or address: " + message);
        assertTrue(robot.lookup("#loginField").tryQuery().isEmpty(), "no sign-in form over a missing server");
    }
}
