package kz.suhbat.backup;

import kz.suhbat.common.db.H2Database;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import kz.suhbat.audit.TrailAnchor;
import kz.suhbat.common.Progress;
import kz.suhbat.common.db.Database;
import kz.suhbat.security.Keyring;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup carried off the computer on a removable drive: the copy there is the backup byte for byte, its
 * owner's only, and restores; a drive that is pulled out, fills up or hands back different bytes keeps
 * nothing half-written and says so; a restore from a drive that fails leaves the chosen folder as it was.
 */
class BackupToDriveTest {

    @TempDir
    Path temp;

    private TestOffice office;
    private BackupService backups;
    private Path stick;

    @BeforeEach
    void office() throws IOException {
        office = TestOffice.create(temp.resolve("office"));
        backups = office.services().backups();
        office.addAccount("secretary", "Айгерім Жұмабаева", Role.SECRETARY);
        stick = Files.createDirectories(temp.resolve("stick"));
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void theCopyOnTheDriveIsTheBackupByteForByteAndRestores() throws IOException {
        List<long[]> reports = new ArrayList<>();
        BackupInfo onDrive = backups.backupToDrive(stick, (done, total) -> reports.add(new long[] {done, total}));

        BackupInfo kept = backups.list().get(0);
        assertEquals(List.of(onDrive.file()), files(stick), "the backup and nothing half-written beside it");
        assertEquals(kept.file().getFileName(), onDrive.file().getFileName());
        assertEquals(-1L, Files.mismatch(kept.file(), onDrive.file()), "byte-identical to the backup kept here");
        long[] last = reports.get(reports.size() - 1);
        assertEquals(last[1], last[0], "progress reaches its end");
        assertEquals(2 * Files.size(kept.file()), last[1], "written, then read back");

        Path restored = temp.resolve("restored");
        RestoreReport report = backups.restore(onDrive.file(), restored, Progress.NONE);
        assertTrue(report.intact(), report.toString());

        BackupInfo second = backups.backupToDrive(stick, Progress.NONE);
        assertEquals(2, files(stick).size(), "a second backup on the same stick replaces nothing: " + second);
    }

    @Test
    void backupsAndRestoredFilesAreTheirOwnersOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        BackupInfo onDrive = backups.backupToDrive(stick, Progress.NONE);
        Path restored = temp.resolve("restored");
        backups.restore(onDrive.file(), restored);
        for (Path file : List.of(backups.list().get(0).file(), onDrive.file(), Keyring.fileIn(restored),
                TrailAnchor.fileIn(restored), H2Database.file(restored.resolve("db")))) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backups.folder())));
    }

    @Test
    void aStickPulledOutWhileWritingLeavesNothingAndSaysSo() {
        BackupException refused = assertThrows(BackupException.class, () -> backups.backupToDrive(stick,
                (done, total) -> {
                    if (total > 1 && done > 0 && done < total / 2 && Files.exists(stick)) {
                        deleteTree(stick);
                    }
                }));
        assertEquals(BackupException.Reason.DRIVE_CANNOT_WRITE, refused.reason());
        assertFalse(Files.exists(stick), "nothing was made again on the pulled-out stick");
        assertEquals(1, backups.list().size(), "the backup is kept on this computer");
    }

    @Test
    void aStickThatFillsUpLeavesNoPartialFile() throws IOException {
        BackupException refused = assertThrows(BackupException.class, () -> backups.backupToDrive(stick,
                (done, total) -> {
                    if (total > 1 && done > 0 && done < total / 2) {
                        throw new UncheckedIOException(new IOException("No space left on device"));
                    }
                }));
        assertEquals(BackupException.Reason.DRIVE_CANNOT_WRITE, refused.reason());
        assertEquals(List.of(), files(stick));
    }

    @Test
    void aCopyThatReadsBackDifferentIsRemovedFromTheDrive() throws IOException {
        BackupException refused = assertThrows(BackupException.class, () -> backups.backupToDrive(stick,
                (done, total) -> {
                    List<Path> written = files(stick);
                    if (total > 1 && done == total / 2 && written.size() == 1 && !written.get(0).getFileName()
                            .toString().endsWith(".part")) {
                        corrupt(written.get(0));
                    }
                }));
        assertEquals(BackupException.Reason.DRIVE_COPY_DIFFERS, refused.reason());
        assertEquals(List.of(), files(stick));
    }

    @Test
    void aRestoreFromAStickThatIsGoneOrCutShortLeavesTheChosenFolderAsItWas() throws IOException {
        BackupInfo onDrive = backups.backupToDrive(stick, Progress.NONE);
        Path cutShort = temp.resolve("cut-short.zip");
        byte[] whole = Files.readAllBytes(onDrive.file());
        Files.write(cutShort, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        Path target = Files.createDirectories(temp.resolve("empty"));

        assertEquals(BackupException.Reason.NOT_A_BACKUP, assertThrows(BackupException.class,
                () -> backups.restore(cutShort, target)).reason());
        assertEquals(List.of(), files(target), "nothing half-restored is left");

        Path pulledOut = temp.resolve("pulled-out").resolve(onDrive.file().getFileName());
        Path fresh = temp.resolve("fresh");
        assertEquals(BackupException.Reason.CANNOT_READ, assertThrows(BackupException.class,
                () -> backups.restore(pulledOut, fresh)).reason());
        assertFalse(Files.exists(fresh), "the folder the restore made is gone again");
    }

    @Test
    void backupsMadeWithinOneSecondAreListedNewestFirstAndRotationKeepsTheNewest() {
        java.time.Clock frozen = java.time.Clock.fixed(java.time.Instant.parse("2027-03-15T09:00:00Z"),
                java.time.ZoneOffset.UTC);
        try (TestOffice still = TestOffice.create(temp.resolve("still"), new kz.suhbat.security.KeyDerivation(1_000),
                frozen)) {
            kz.suhbat.security.Office current = still.services().office().office();
            still.services().office().update(new kz.suhbat.security.Office(current.name(), current.city(),
                    current.code(), current.region(), current.lockAfterMinutes(), 4, 2));
            BackupService same = still.services().backups();
            List<Path> made = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                made.add(same.backupNow().file());
            }
            assertEquals("suhbat-backup-20270315-090000-3.zip", made.get(2).getFileName().toString());
            assertEquals(List.of(made.get(2), made.get(1)), same.list().stream().map(BackupInfo::file).toList(),
                    "the newest two are kept, newest first");
        }
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void corrupt(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length / 2] ^= 1;
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
