package kz.suhbat.security;

import kz.suhbat.common.db.H2Database;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import kz.suhbat.app.Entrance;
import kz.suhbat.audit.AuditEntry;
import kz.suhbat.backup.BackupInfo;
import kz.suhbat.common.Progress;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.db.Database;
import kz.suhbat.common.db.DatabaseKey;
import kz.suhbat.common.db.DatabaseOpenException;
import kz.suhbat.testsupport.TestOffice;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deactivating an account or resetting a password renews the database key: what a former member
 * still holds (their password, an old copy of the keyring, the key it gave them) opens neither the
 * live data nor a backup made afterwards, while everyone else still signs in. A renewal cut short at
 * any point leaves a folder that opens.
 */
class KeyRotationTest {

    private static final KeyDerivation FAST = new KeyDerivation(1_000);
    private static final String PASSWORD = TestOffice.PASSWORD;

    @TempDir
    Path temp;

    private final SecureRandom random = new SecureRandom();

    private Entrance.Outcome signIn(DataFolder folder, String login, String password) {
        try (Entrance entrance = new Entrance(folder, FAST, Clock.systemUTC(), random)) {
            return entrance.signIn(login, password.toCharArray());
        }
    }

    /** The key an old copy of the keyring gives to {@code login}'s password. */
    private DatabaseKey keyFrom(byte[] keyringCopy, String login, String password) throws IOException {
        Path stolen = Files.createDirectories(temp.resolve("stolen-" + login));
        Files.write(Keyring.fileIn(stolen), keyringCopy);
        Authenticator.Verdict verdict = new Authenticator(Keyring.open(stolen), FAST, Clock.systemUTC(), random)
                .verify(login, password.toCharArray());
        return ((Authenticator.Verdict.Unlocked) verdict).key();
    }

    private static void refusesKey(DataFolder folder, DatabaseKey key, String what) {
        DatabaseOpenException refused = assertThrows(DatabaseOpenException.class,
                () -> H2Database.open(folder.database(), key).close(), what);
        assertEquals(DatabaseOpenException.Reason.WRONG_KEY, refused.reason(), what);
    }

    @Test
    void aDeactivatedMembersPasswordOpensNeitherTheDataNorABackupMadeAfter() throws IOException {
        DataFolder folder;
        DataFolder restored = new DataFolder(temp.resolve("restored"), DataFolder.Kind.EXPLICIT);
        DataFolder older = new DataFolder(temp.resolve("older"), DataFolder.Kind.EXPLICIT);
        byte[] oldKeyring;
        try (TestOffice office = TestOffice.create(temp.resolve("office"), FAST)) {
            folder = office.folder();
            Account member = office.addAccount("bauyrzhan", "Бауыржан Оспанов", Role.MEMBER);
            office.addAccount("aigerim", "Айгерім Сейітова", Role.SECRETARY);
            oldKeyring = Files.readAllBytes(Keyring.fileIn(folder.path()));
            BackupInfo before = office.services().backups().backupNow();

            office.services().accounts().deactivate(member.id(), Progress.NONE);
            BackupInfo backup = office.services().backups().backupNow();
            office.services().backups().restore(backup.file(), restored.path());
            assertTrue(office.services().backups().restore(before.file(), older.path()).intact(),
                    "a backup from before the renewal is still restored here");
            AuditEntry renewal = office.services().audit().newest(1).get(0);
            assertEquals("security.databaseKeyRenew", renewal.action(), "the renewal is in the audit trail");
            assertTrue(office.services().audit().verify().intact(), "and the trail's seals still hold");
        }
        DatabaseKey formerKey = keyFrom(oldKeyring, "bauyrzhan", PASSWORD);
        refusesKey(folder, formerKey, "the live data");
        refusesKey(restored, formerKey, "the backup made after the deactivation");
        assertInstanceOf(Entrance.Outcome.Refused.class, signIn(folder, "bauyrzhan", PASSWORD));
        assertInstanceOf(Entrance.Outcome.Refused.class, signIn(restored, "bauyrzhan", PASSWORD),
                "the backup's own keyring does not know the former member");

        assertInstanceOf(Entrance.Outcome.SignedIn.class, signIn(folder, "aigerim", PASSWORD));
        assertInstanceOf(Entrance.Outcome.SignedIn.class, signIn(folder, TestOffice.ADMIN, PASSWORD));
        assertInstanceOf(Entrance.Outcome.SignedIn.class, signIn(restored, "aigerim", PASSWORD),
                "the remaining accounts open the backup");
        assertInstanceOf(Entrance.Outcome.SignedIn.class, signIn(older, "bauyrzhan", PASSWORD),
                "a backup made before the renewal keeps the passwords of its day, the former member's too");
    }

    @Test
    void aResetPasswordsOldValueOpensNothing() throws IOException {
        DataFolder folder;
        byte[] oldKeyring;
        try (TestOffice office = TestOffice.create(temp.resolve("office"), FAST)) {
            folder = office.folder();
            Account member = office.addAccount("bauyrzhan", "Бауыржан Оспанов", Role.MEMBER);
            oldKeyring = Files.readAllBytes(Keyring.fileIn(folder.path()));
            office.services().accounts().resetPassword(member.id(), "rtyu-8kpm-3vxa".toCharArray(), Progress.NONE);
        }
        refusesKey(folder, keyFrom(oldKeyring, "bauyrzhan", PASSWORD), "the live data, with the old keyring");
        assertInstanceOf(Entrance.Outcome.Refused.class, signIn(folder, "bauyrzhan", PASSWORD));
        assertInstanceOf(Entrance.Outcome.SignedIn.class, signIn(folder, "bauyrzhan", "rtyu-8kpm-3vxa"));
    }

    @Test
    void aVersionOneEntryIsUpgradedAtSignInOrAskedToBeResetAfterARenewal() {
        DataFolder folder;
        Account early;
        Account late;
        try (TestOffice office = TestOffice.create(temp.resolve("office"), FAST)) {
            folder = office.folder();
            early = office.addAccount("early", "Ерте Кірген", Role.MEMBER);
            late = office.addAccount("late", "Кеш Кірген", Role.MEMBER);
        }
        DatabaseKey key = TestOffice.databaseKey(folder, FAST);
        Keyring keyring = Keyring.open(folder.path());
        keyring.put(Credential.legacy(early.id(), "early", PASSWORD.toCharArray(), key, FAST, random));
        keyring.put(Credential.legacy(late.id(), "late", PASSWORD.toCharArray(), key, FAST, random));

        assertInstanceOf(Entrance.Outcome.SignedIn.class, signIn(folder, "early", PASSWORD));
        assertTrue(Keyring.open(folder.path()).find("early").orElseThrow().hasKeyPair(),
                "a version-1 entry gets its key pair at sign-in");
        assertFalse(Keyring.open(folder.path()).find("late").orElseThrow().hasKeyPair());

        Account other;
        try (TestOffice office = TestOffice.signIn(folder, FAST)) {
            other = office.addAccount("leaving", "Кетіп Барады", Role.MEMBER);
            office.services().accounts().deactivate(other.id(), Progress.NONE);
        }
        assertInstanceOf(Entrance.Outcome.SignedIn.class, signIn(folder, "early", PASSWORD));
        assertInstanceOf(Entrance.Outcome.NeedsReset.class, signIn(folder, "late", PASSWORD),
                "an entry without a key pair could not be given the new key: its owner is told to ask for a reset");
        assertInstanceOf(Entrance.Outcome.Refused.class, signIn(folder, "late", "a wrong password"),
                "a wrong password is still refused as such");

        try (TestOffice office = TestOffice.signIn(folder, FAST)) {
            office.services().accounts().resetPassword(late.id(), "rtyu-8kpm-3vxa".toCharArray(), Progress.NONE);
        }
        assertInstanceOf(Entrance.Outcome.SignedIn.class, signIn(folder, "late", "rtyu-8kpm-3vxa"));
    }

    @Test
    void aRenewalKilledAfterTheFileWasReplacedIsFinishedAtTheNextSignIn() {
        DataFolder folder = officeWithMember();
        DatabaseKey old = TestOffice.databaseKey(folder, FAST);
        DatabaseKey next = DatabaseKey.random(random);
        Keyring keyring = Keyring.open(folder.path());
        keyring.replaceAll(c -> c.withPending(next));
        try (Database database = H2Database.open(folder.database(), old)) {
            assertThrows(IllegalStateException.class, () -> database.rekey(next, () -> {
                throw new IllegalStateException("the process is killed before the keyring is finished");
            }, Progress.NONE));
        }
        refusesKey(folder, old, "the file is under the new key");
        assertInstanceOf(Entrance.Outcome.SignedIn.class, signIn(folder, "bauyrzhan", PASSWORD));
        assertTrue(Keyring.open(folder.path()).credentials().stream().allMatch(c -> c.seals().pending() == null));
        assertEquals(next, TestOffice.databaseKey(folder, FAST), "the pending key became the current one");
        assertInstanceOf(Entrance.Outcome.SignedIn.class, signIn(folder, TestOffice.ADMIN, PASSWORD));
    }

    @Test
    void aRenewalKilledBeforeTheFileWasReplacedLeavesTheOldKey() {
        DataFolder folder = officeWithMember();
        DatabaseKey old = TestOffice.databaseKey(folder, FAST);
        Keyring.open(folder.path()).replaceAll(c -> c.withPending(DatabaseKey.random(random)));

        assertInstanceOf(Entrance.Outcome.SignedIn.class, signIn(folder, "bauyrzhan", PASSWORD));
        assertTrue(Keyring.open(folder.path()).credentials().stream().allMatch(c -> c.seals().pending() == null),
                "the pending key that did not open the file is dropped");
        assertEquals(old, TestOffice.databaseKey(folder, FAST));
    }

    @Test
    void theKeyringIsReadableByItsOwnerAlone() throws IOException {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path restored = temp.resolve("restored");
        Path keyring;
        try (TestOffice office = TestOffice.create(temp.resolve("office"), FAST)) {
            keyring = Keyring.fileIn(office.folder().path());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyring)));
            Account member = office.addAccount("bauyrzhan", "Бауыржан Оспанов", Role.MEMBER);
            office.services().accounts().deactivate(member.id(), Progress.NONE);
            office.services().backups().restore(office.services().backups().backupNow().file(), restored);
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyring)),
                "rewritten after a renewal");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                Keyring.fileIn(restored))), "and as a backup restores it");
        assertNotEquals(null, Keyring.open(restored).find("admin").orElse(null));
    }

    private DataFolder officeWithMember() {
        try (TestOffice office = TestOffice.create(temp.resolve("office"), FAST)) {
            office.addAccount("bauyrzhan", "Бауыржан Оспанов", Role.MEMBER);
            return office.folder();
        }
    }
}
