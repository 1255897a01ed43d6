package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import kz.suhbat.common.db.ServerSetting;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A workstation whose data folder keeps no password file for the server asks for the password when it
 * starts: a wrong one is refused in the user's language and may be typed again; the right one leads to the
 * sign-in, and the office's own accounts sign in as on a laptop.
 */
@ExtendWith(ApplicationExtension.class)
class ServerPasswordAtStartTest {

    @TempDir
    static Path temp;

    private SuhbatShell shell;
    private String database;

    @org.junit.jupiter.api.BeforeAll
    static void needsTheServer() {
        assumeTrue(TestServer.active(), "needs the test server");
    }

    @Start
    void start(Stage stage) throws Exception {
        Path office = Files.createTempDirectory(temp, "office");
        TestOffice.create(office, UiSteps.DERIVATION).close();
        ServerSetting setting = ServerSetting.in(office).orElseThrow();
        database = setting.database();
        Path workstation = Files.createTempDirectory(temp, "workstation");
        new ServerSetting(setting.hosts(), setting.database(), setting.user(), Optional.empty(), false,
                Optional.empty()).writeTo(workstation);
        Files.writeString(workstation.resolve("settings.properties"), "language=ru\n");
        shell = UiSteps.start(stage, workstation, Language.RU);
    }

    @AfterEach
    void close() {
        if (shell != null) {
            shell.close();
        }
    }

    @Test
    void theServersPasswordIsAskedForThenTheOfficesAccountsSignIn(FxRobot robot) throws Exception {
        UiSteps.waitFor(robot, "#serverPasswordField");
        String asked = UiSteps.text(robot, "#startupMessage");
        assertTrue(asked.contains("Введите пароль сервера") && asked.contains(database), asked);
        UiSteps.type(robot, "serverPasswordField", "not the password");
        robot.clickOn("#connectButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> UiSteps.text(robot, "#serverRefusal").contains("отказал"));
        assertTrue(UiSteps.showing(robot, "#serverPasswordField"), "the password may be typed again");
        UiSteps.type(robot, "serverPasswordField", TestServer.PASSWORD);
        robot.clickOn("#connectButton");
        UiSteps.signIn(robot, TestOffice.ADMIN, TestOffice.PASSWORD);
        assertTrue(robot.lookup(".nav-button").queryAll().size() > 3, "the administrator's sections");
    }
}
