package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A score changed with SQL while Suhbat was closed: the next person to sign in is told, in their
 * language, which candidate's interview no longer matches its seal, and what to do.
 */
@ExtendWith(ApplicationExtension.class)
class TrailAlarmTest {

    @TempDir
    static Path temp;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = UiSteps.officeWithFinalisedInterview(temp);
        TestOffice.sql(new DataFolder(folder, DataFolder.Kind.EXPLICIT), new KeyDerivation(10_000),
                "UPDATE score_entry SET level = 1 WHERE id = (SELECT MAX(id) FROM score_entry WHERE level IS NOT NULL)");
        UiSteps.start(stage, folder, Language.RU);
    }

    @Test
    void signingInAfterAScoreWasChangedOutsideSuhbatRaisesTheAlarm(FxRobot robot) throws Exception {
        UiSteps.signInAsAdmin(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String alarm = robot.lookup(".dialog-pane .content").queryLabeled().getText();
        assertTrue(alarm.contains("Үміткер0"), alarm);
        assertTrue(alarm.contains("изменены вне Сұхбат"), alarm);
        assertTrue(alarm.contains("центральный офис"), alarm);
        assertFalse(alarm.contains("CHANGED"), alarm);
    }
}
