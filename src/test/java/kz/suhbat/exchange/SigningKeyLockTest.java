package kz.suhbat.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.db.Database;
import kz.suhbat.exchange.db.JdbiExportRepository;
import kz.suhbat.security.AccessDeniedException;
import kz.suhbat.security.Account;
import kz.suhbat.security.Credential;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.security.Keyring;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.TestOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office's signing key is kept locked for administrators: the database holds no plain private key,
 * no other account's keyring entry opens it, and the secretary's export needs an administrator's
 * password. An office from before has its plain key locked at the first administrator's sign-in.
 */
class SigningKeyLockTest {

    private static final KeyDerivation FAST = new KeyDerivation(1_000);
    private static final char[] PASSWORD = TestOffice.PASSWORD.toCharArray();

    @TempDir
    Path temp;

    private static StoredSigningKey stored(DataFolder folder) {
        try (Database database = TestOffice.openDatabase(folder, FAST)) {
            return new JdbiExportRepository(database.jdbi()).signingKey().orElseThrow();
        }
    }

    @Test
    void onlyAnAdministratorsPasswordUnlocksTheSigningKey() {
        DataFolder folder;
        try (TestOffice office = TestOffice.create(temp.resolve("office"), FAST)) {
            folder = office.folder();
            Account secretary = office.addAccount("secretary", "Сәуле Хатшы", Role.SECRETARY);
            Account member = office.addAccount("member", "Мұрат Мүше", Role.MEMBER);
            OfficeKeys keys = office.services().officeKeys();

            office.actAs(member);
            assertThrows(AccessDeniedException.class, () -> keys.unlock(TestOffice.ADMIN, PASSWORD),
                    "only those who export ask for the key");
            office.actAs(secretary);
            assertEquals(SigningKeyRefusal.Reason.NOT_ADMINISTRATOR, assertThrows(SigningKeyRefusal.class,
                    () -> keys.unlock("secretary", PASSWORD)).reason(), "the secretary's own password opens nothing");
            assertEquals(SigningKeyRefusal.Reason.WRONG_PASSWORD, assertThrows(SigningKeyRefusal.class,
                    () -> keys.unlock(TestOffice.ADMIN, "a wrong password".toCharArray())).reason());
            SigningKey key = keys.unlock(TestOffice.ADMIN, PASSWORD);
            office.actAsAdmin();
            assertEquals(office.services().exports().publicKeyFile().fingerprint(), key.fingerprint());
            assertEquals("exchange.signingKeyUnlock", office.services().audit().newest(1).get(0).action());
        }
        StoredSigningKey stored = stored(folder);
        assertNull(stored.plainPrivateKey(), "no plain private key in the database");
        assertNotNull(stored.lockedPrivateKey());
        Keyring keyring = TestOffice.keyringOf(folder);
        assertNotNull(keyring.find(TestOffice.ADMIN).orElseThrow().seals().signing());
        assertNull(keyring.find("secretary").orElseThrow().seals().signing(), "sealed to administrators only");
        assertNull(keyring.find("member").orElseThrow().seals().signing());
    }

    @Test
    void aPlainKeyFromBeforeIsLockedAtTheFirstAdministratorsSignIn() {
        DataFolder folder;
        SigningKey before;
        try (TestOffice office = TestOffice.create(temp.resolve("office"), FAST)) {
            folder = office.folder();
            office.actAs(office.addAccount("secretary", "Сәуле Хатшы", Role.SECRETARY));
            before = office.signingKey();
        }
        // An office of the previous version: the private key in plain, nothing sealed to anyone.
        TestOffice.sql(folder, FAST, "UPDATE office_signing_key SET private_key = ?, sealed_private_key = NULL",
                (Object) before.privateKey());
        TestOffice.changeKeyring(folder, keyring -> keyring.replaceAll(Credential::withoutSigning));
        assertNotNull(stored(folder).plainPrivateKey());

        try (TestOffice office = TestOffice.signIn(folder, FAST)) {
            assertEquals("exchange.signingKeyProtect", office.services().audit().newest(1).get(0).action());
            office.actAs(office.services().accounts().list().stream().filter(a -> a.login().equals("secretary"))
                    .findFirst().orElseThrow());
            assertArrayEquals(before.privateKey(), office.signingKey().privateKey(), "the same key, now locked");
        }
        assertNull(stored(folder).plainPrivateKey());
    }

    @Test
    void aNewAdministratorIsGivenTheKeyOnceAnAdministratorHasSignedIn() {
        try (TestOffice office = TestOffice.create(temp.resolve("office"), FAST)) {
            office.services().accounts().create("nurlan", "Нұрлан Қасымов", Role.ADMINISTRATOR, PASSWORD);
            office.actAs(office.addAccount("secretary", "Сәуле Хатшы", Role.SECRETARY));
            OfficeKeys keys = office.services().officeKeys();
            assertEquals(SigningKeyRefusal.Reason.NOT_SHARED, assertThrows(SigningKeyRefusal.class,
                    () -> keys.unlock("nurlan", PASSWORD)).reason());
            keys.unlock(TestOffice.ADMIN, PASSWORD);
            assertTrue(keys.unlock("nurlan", PASSWORD).privateKey().length > 0,
                    "given when the first administrator unlocked the key");
        }
    }
}
