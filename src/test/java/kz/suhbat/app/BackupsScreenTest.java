package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import kz.suhbat.backup.BackupInfo;
import kz.suhbat.security.Keyring;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The administrator backs up and restores from the Backups page, here and on a USB stick; the copy on the
 * stick and the restored copy are checked.
 */
@ExtendWith(ApplicationExtension.class)
class BackupsScreenTest {

    @TempDir
    static Path temp;

    private Path folder;
    private SuhbatShell shell;
    private final Deque<Path> chosenFolders = new ArrayDeque<>();

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory(temp, "data");
        UiSteps.setUpOffice(folder);
        shell = UiSteps.startChoosing(stage, folder, chosenFolders);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void aBackupMadeOnThePageRestoresIntoAnEmptyFolderAndIsChecked(FxRobot robot) throws Exception {
        UiSteps.signInAsAdmin(robot);
        robot.clickOn("#nav-backups");
        UiSteps.waitFor(robot, "#backupTable");
        TableView<BackupInfo> backups = robot.lookup("#backupTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> backups.getItems().size() == 1);
        UiSteps.fire(robot, "backupNowButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> backups.getItems().size() == 2);

        Path target = temp.resolve("restored");
        chosenFolders.add(target);
        robot.interact(() -> backups.getSelectionModel().select(0));
        UiSteps.fire(robot, "restoreButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> UiSteps.text(robot, "#backupsPage #message").startsWith("Restored into"));
        String report = UiSteps.text(robot, "#backupsPage #message");
        assertTrue(report.contains("every one the same as when backed up"), report);
        assertTrue(Files.exists(Keyring.fileIn(target)));
        assertTrue(Files.exists(target.resolve("db/suhbat.mv.db")));
        assertEquals(2, backups.getItems().size(), "restoring makes no backup of its own");
    }

    @Test
    void aBackupOnAStickIsCheckedThereAndRestoresFromIt(FxRobot robot) throws Exception {
        TableView<BackupInfo> backups = openBackups(robot);
        Path stick = Files.createDirectories(temp.resolve("stick"));
        chosenFolders.add(stick);
        UiSteps.fire(robot, "toDriveButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> UiSteps.text(robot, "#backupsPage #message").contains("The drive can be removed"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> backups.getItems().size() == 2);
        Path onStick;
        try (var files = Files.list(stick)) {
            onStick = files.collect(java.util.stream.Collectors.toList()).get(0);
        }
        assertEquals(onStick.getFileName(), backups.getItems().get(0).file().getFileName(), "the newest backup");
        assertEquals(-1L, Files.mismatch(backups.getItems().get(0).file(), onStick), "the stick holds the backup");

        Path target = temp.resolve("from-stick");
        chosenFolders.add(onStick);
        chosenFolders.add(target);
        UiSteps.fire(robot, "restoreFileButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> UiSteps.text(robot, "#backupsPage #message").startsWith("Restored into"));
        assertTrue(UiSteps.text(robot, "#backupsPage #message").contains("every one the same as when backed up"));
        assertTrue(Files.exists(Keyring.fileIn(target)));
    }

    @Test
    void aStickPulledOutBeforeTheBackupSaysSoAndKeepsTheBackupHere(FxRobot robot) throws Exception {
        TableView<BackupInfo> backups = openBackups(robot);
        chosenFolders.add(temp.resolve("pulled-out-stick"));
        UiSteps.fire(robot, "toDriveButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> UiSteps.text(robot, "#backupsPage #message")
                .startsWith("The backup could not be written to the drive: it is full, was removed or is read-only."));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> backups.getItems().size() == 2);
        assertTrue(!Files.exists(temp.resolve("pulled-out-stick")));
    }

    private static TableView<BackupInfo> openBackups(FxRobot robot) throws Exception {
        UiSteps.signInAsAdmin(robot);
        robot.clickOn("#nav-backups");
        UiSteps.waitFor(robot, "#backupTable");
        TableView<BackupInfo> backups = robot.lookup("#backupTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> backups.getItems().size() == 1);
        return backups;
    }
}
