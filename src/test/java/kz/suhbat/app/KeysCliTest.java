package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kz.suhbat.exchange.Ed25519;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.security.Office;
import kz.suhbat.security.Region;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.TestOffice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code suhbat keys}: the central office registers an office's key file, lists it with its fingerprint
 * and dates, and revokes it by the beginning of its fingerprint, as a script would; an analyst may list
 * but not register, and a wrong command line is explained.
 */
class KeysCliTest {

    @TempDir
    Path temp;

    private Path central;
    private Path keyFile;
    private String fingerprint;

    private record Result(int status, String out, String err) {
    }

    @BeforeEach
    void aCentralOfficeAndAnOfficesKeyFile() throws IOException {
        try (TestOffice office = TestOffice.create(temp.resolve("office"), new KeyDerivation(1_000))) {
            office.actAsAdmin();
            var file = office.services().exports().publicKeyFile();
            fingerprint = file.fingerprint();
            keyFile = Files.write(temp.resolve("TST-01.suhbat-key"), file.toBytes());
        }
        central = temp.resolve("central");
        try (TestOffice office = TestOffice.create(central, new KeyDerivation(1_000),
                Office.withDefaults("Central office", "CENTRAL", Region.ASTANA))) {
            office.addAccount("analyst", "Ғалым Сәрсенов", Role.ANALYST);
        }
        Files.writeString(central.resolve("settings.properties"), "language=en\n");
    }

    @Test
    void anAdministratorRegistersListsAndRevokesAKey() {
        Result none = run("list", "--user", "analyst", "--data-dir", central.toString());
        assertEquals(CliAccess.OK, none.status(), none.toString());
        assertTrue(none.out().contains("No office key is registered yet."), none.out());

        Result registered = run("register", keyFile.toString(), "--user", TestOffice.ADMIN, "--data-dir",
                central.toString());
        assertEquals(CliAccess.OK, registered.status(), registered.toString());
        assertTrue(registered.out().contains("The key of office TST-01"), registered.out());

        String shortPrint = Ed25519.shortFingerprint(fingerprint);
        List<String> listed = run("list", "--user", "analyst", "--data-dir", central.toString()).out().lines()
                .toList();
        assertEquals("Office\tName\tRegion\tFingerprint\tRegistered\tRevoked", listed.get(0));
        String[] line = listed.get(1).split("\t");
        assertEquals(List.of("TST-01", "Test office", "Astana", shortPrint, "—"),
                List.of(line[0], line[1], line[2], line[3], line[5]));

        Result twice = run("register", keyFile.toString(), "--user", TestOffice.ADMIN, "--data-dir",
                central.toString());
        assertEquals(CliAccess.REFUSED, twice.status(), twice.toString());
        assertTrue(twice.err().contains("is already registered"), twice.err());

        String firstGroups = shortPrint.substring(0, 9).toLowerCase();
        Result revoked = run("revoke", firstGroups, "--user", TestOffice.ADMIN, "--data-dir", central.toString());
        assertEquals(CliAccess.OK, revoked.status(), revoked.toString());
        assertTrue(revoked.out().contains("is revoked"), revoked.out());
        String[] after = run("list", "--user", "analyst", "--data-dir", central.toString()).out().lines().toList()
                .get(1).split("\t");
        assertFalse(after[5].equals("—"), "the revocation's date is listed");

        Result again = run("revoke", fingerprint, "--user", TestOffice.ADMIN, "--data-dir", central.toString());
        assertEquals(CliAccess.REFUSED, again.status(), "a revoked key is not revoked twice: " + again);
    }

    @Test
    void onlyAnAdministratorRegistersAndAWrongLineIsExplained() {
        Result analyst = run("register", keyFile.toString(), "--user", "analyst", "--data-dir", central.toString());
        assertEquals(CliAccess.REFUSED, analyst.status(), analyst.toString());
        assertTrue(run("list", "--user", "analyst", "--data-dir", central.toString()).out()
                .contains("No office key is registered yet."), "nothing was registered");

        Result missing = run("register", temp.resolve("nowhere.suhbat-key").toString(), "--user", TestOffice.ADMIN,
                "--data-dir", central.toString());
        assertEquals(CliAccess.REFUSED, missing.status(), missing.toString());
        assertTrue(missing.err().contains("is not there"), missing.err());

        Result notAKey = run("register", central.resolve("settings.properties").toString(), "--user",
                TestOffice.ADMIN, "--data-dir", central.toString());
        assertEquals(CliAccess.REFUSED, notAKey.status(), notAKey.toString());
        assertTrue(notAKey.err().contains("is not an office key file"), notAKey.err());

        Result unknown = run("forget", "--user", TestOffice.ADMIN, "--data-dir", central.toString());
        assertEquals(CliAccess.USAGE, unknown.status(), unknown.toString());
        assertTrue(unknown.err().contains("Unknown action \"forget\"") && unknown.err().contains("suhbat keys list"),
                unknown.err());

        Result noFingerprint = run("revoke", "--user", TestOffice.ADMIN, "--data-dir", central.toString());
        assertEquals(CliAccess.USAGE, noFingerprint.status(), noFingerprint.toString());

        Result tooShort = run("revoke", "ab", "--user", TestOffice.ADMIN, "--data-dir", central.toString());
        assertEquals(CliAccess.REFUSED, tooShort.status(), tooShort.toString());
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = KeysCli.run(List.of(args), outStream, errStream,
                    prompt -> Optional.of(TestOffice.PASSWORD.toCharArray()));
        }
        Result result = new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertFalse((result.out() + result.err()).contains("!keys.") || (result.out() + result.err())
                .contains("!exchange."), "a message key is missing: " + result);
        return result;
    }
}
