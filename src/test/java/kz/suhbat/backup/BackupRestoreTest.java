package kz.suhbat.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kz.suhbat.app.Entrance;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.rubric.FrameworkSummary;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.security.Office;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups made at an office restore into a fresh data folder, checked table by table. */
class BackupRestoreTest {

    @TempDir
    Path temp;

    private TestOffice office;
    private BackupService backups;

    @BeforeEach
    void office() {
        office = TestOffice.create(temp.resolve("office"));
        backups = office.services().backups();
        office.services().rubric().copy(office.services().rubric().list().get(0).id(), "AST-2027");
        office.addAccount("secretary", "Айгерім Жұмабаева", Role.SECRETARY);
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void aBackupRestoresIntoAFreshFolderThatSuhbatOpensWithTheSamePasswords() {
        BackupInfo made = backups.backupNow();
        assertEquals(List.of(made), backups.list());
        assertTrue(made.file().startsWith(office.folder().backups()));

        Path restored = temp.resolve("restored");
        RestoreReport report = backups.restore(made.file(), restored);
        assertTrue(report.intact(), report.toString());
        assertTrue(report.tables().size() >= 12, "every table is checked: " + report.tables());
        assertTrue(report.tables().stream().anyMatch(t -> t.table().equalsIgnoreCase("AUDIT_ENTRY")
                && t.restoredRows() > 0));

        List<FrameworkSummary> original = office.services().rubric().list();
        try (Entrance entrance = new Entrance(new DataFolder(restored, DataFolder.Kind.EXPLICIT),
                KeyDerivation.OWASP, Clock.systemUTC(), new SecureRandom())) {
            Entrance.Outcome outcome = entrance.signIn("secretary", TestOffice.PASSWORD.toCharArray());
            assertTrue(outcome instanceof Entrance.Outcome.SignedIn, outcome.toString());
            assertEquals(original, ((Entrance.Outcome.SignedIn) outcome).services().rubric().list());
            var trail = ((Entrance.Outcome.SignedIn) outcome).services().trailReport();
            assertTrue(trail.clean(), "the backup's anchor fits its trail: " + trail);
            assertTrue(trail.entriesRead() > 0, "a restored trail is checked through at its first start");
        }
        assertTrue(java.nio.file.Files.isRegularFile(kz.suhbat.audit.TrailAnchor.fileIn(restored)));
    }

    @Test
    void aRestoreWhoseTablesDifferFromTheManifestSaysWhich() throws IOException {
        BackupInfo made = backups.backupNow();
        Path doctored = temp.resolve("doctored.zip");
        rewriteManifest(made.file(), doctored, manifest -> manifest.replaceFirst(
                "(\"table\" : \"FRAMEWORK\",\\s*\"rows\" : )(\\d+)", "$1999"));
        RestoreReport report = backups.restore(doctored, temp.resolve("restored"));
        assertFalse(report.intact());
        assertEquals(List.of("FRAMEWORK"), report.tables().stream().filter(t -> !t.matches())
                .map(RestoreReport.TableCheck::table).toList());
        assertEquals(999, report.tables().stream().filter(t -> t.table().equals("FRAMEWORK")).findFirst()
                .orElseThrow().expectedRows());
    }

    @Test
    void restoringIntoAFolderWithFilesOrFromAFileThatIsNoBackupIsRefused() throws IOException {
        BackupInfo made = backups.backupNow();
        Path occupied = Files.createDirectories(temp.resolve("occupied"));
        Files.writeString(occupied.resolve("notes.txt"), "keep me");
        assertEquals(BackupException.Reason.TARGET_NOT_EMPTY,
                assertThrows(BackupException.class, () -> backups.restore(made.file(), occupied)).reason());
        assertEquals("keep me", Files.readString(occupied.resolve("notes.txt")));

        Path notABackup = Files.writeString(temp.resolve("photo.zip"), "not a zip at all");
        assertEquals(BackupException.Reason.NOT_A_BACKUP, assertThrows(BackupException.class,
                () -> backups.restore(notABackup, temp.resolve("fresh"))).reason());
    }

    @Test
    void aBackupOfAnotherOfficeDoesNotOpenWithThisOfficesKey() {
        BackupInfo foreign;
        try (TestOffice other = TestOffice.create(temp.resolve("other"))) {
            foreign = other.services().backups().backupNow();
        }
        assertEquals(BackupException.Reason.OTHER_OFFICE, assertThrows(BackupException.class,
                () -> backups.restore(foreign.file(), temp.resolve("restored"))).reason());
    }

    @Test
    void backupsAreKeptInRotationAndMadeWhenDue() {
        Office current = office.services().office().office();
        office.services().office().update(new Office(current.name(), current.city(), current.code(), current.region(),
                current.lockAfterMinutes(), 4, 2));
        assertTrue(backups.backupIfDue().isPresent(), "no backup yet: one is due");
        assertTrue(backups.backupIfDue().isEmpty(), "one was just made");
        backups.backupNow();
        backups.backupNow();
        assertEquals(2, backups.list().size(), "only the newest two are kept");

        office.services().office().update(new Office(current.name(), current.city(), current.code(), current.region(),
                current.lockAfterMinutes(), 0, 2));
        assertTrue(backups.backupIfDue().isEmpty(), "0 hours: no automatic backups");
    }

    private static void rewriteManifest(Path from, Path to, java.util.function.UnaryOperator<String> change)
            throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("manifest.json")) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
            }
        }
    }
}
