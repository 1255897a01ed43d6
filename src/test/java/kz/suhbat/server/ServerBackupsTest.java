package kz.suhbat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.suhbat.backup.BackupException;
import kz.suhbat.backup.BackupService;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a server, the server's own base backups and WAL archive keep the data: Suhbat makes no copies of its
 * own (the scheduled backup does nothing, a backup asked for is refused in words) and writes nothing of the
 * data into the workstation's folder. On a laptop the backups are Suhbat's, as before.
 */
class ServerBackupsTest {

    @TempDir
    Path folder;

    @Test
    void backupsAreTheServersOwnOnAServerAndSuhbatsOnALaptop() throws Exception {
        try (TestOffice office = TestOffice.create(folder, ConcurrentImportTest.FAST)) {
            BackupService backups = office.services().backups();
            if (TestServer.active()) {
                assertTrue(backups.keptByServer());
                assertEquals(BackupException.Reason.KEPT_BY_SERVER,
                        assertThrows(BackupException.class, backups::backupNow).reason());
                assertTrue(backups.backupIfDue().isEmpty(), "no scheduled copy of a server's data");
                assertFalse(Files.exists(office.folder().database()), "no database file on the workstation");
                assertFalse(Files.exists(kz.suhbat.security.Keyring.fileIn(folder)), "the keyring is the server's");
            } else {
                assertFalse(backups.keptByServer());
                assertTrue(Files.isRegularFile(backups.backupNow().file()));
            }
        }
    }
}
