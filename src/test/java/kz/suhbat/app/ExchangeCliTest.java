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
import java.util.stream.Stream;
import kz.suhbat.exchange.OfficeKeyFile;
import kz.suhbat.security.Office;
import kz.suhbat.security.Region;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code suhbat export|verify|import} as a script uses them: a regional office's folder and the central
 * office's, real H2 files, and the exit statuses the README promises.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeCliTest {

    @TempDir
    static Path temp;

    private Path regional;
    private Path central;
    private Path stick;
    private long campaignId;

    private record Result(int status, String out, String err) {
    }

    @BeforeAll
    void folders() throws IOException {
        regional = settings(temp.resolve("office"));
        central = settings(temp.resolve("central"));
        stick = Files.createDirectories(temp.resolve("stick"));
        byte[] keyFile;
        try (TestOffice office = TestOffice.create(regional)) {
            TestPanel panel = TestPanel.seat(office);
            panel.finaliseFirstInterview(office, "Agreed");
            campaignId = panel.campaign.id();
            office.actAsAdmin();
            keyFile = office.services().exports().publicKeyFile().toBytes();
        }
        try (TestOffice office = TestOffice.create(central, KeyDerivation.OWASP,
                Office.withDefaults("Central office", "CENTRAL", Region.ASTANA))) {
            office.addAccount("analyst", "Ғалым Сәрсенов", Role.ANALYST);
            office.services().keyRegistry().register(OfficeKeyFile.parse(keyFile, "office.suhbat-key"));
        }
    }

    private static Path settings(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("settings.properties"), "language=en\n");
        return folder;
    }

    @Test
    void aPackageTravelsFromTheOfficeToTheCentralOfficeByCommand() throws IOException {
        Result noKey = run("export", "--user", "secretary", "--admin", "admin", "--campaign",
                Long.toString(campaignId), "--to",
                stick.toString(), "--data-dir", regional.toString());
        assertEquals(ExchangeCli.REFUSED, noKey.status(), noKey.toString());
        assertTrue(noKey.err().contains("No central office key is registered"), noKey.err());
        Result exported = run("export", "--user", "secretary", "--admin", "admin", "--campaign",
                Long.toString(campaignId), "--to", stick.toString(), "--encryption", "none", "--data-dir",
                regional.toString());
        assertEquals(ExchangeCli.OK, exported.status(), exported.toString());
        assertTrue(exported.out().contains("safe to remove"), exported.out());
        assertTrue(exported.out().contains("NOT encrypted"), exported.out());
        Path file = onlyPackage();

        Result verified = run("verify", "--user", "analyst", file.toString(), "--data-dir", central.toString());
        assertEquals(ExchangeCli.OK, verified.status(), verified.toString());
        assertTrue(verified.out().contains("valid, office TST-01, package 1"), verified.out());

        Result imported = run("import", "--user", "analyst", stick.toString(), "--data-dir", central.toString());
        assertEquals(ExchangeCli.OK, imported.status(), imported.toString());
        assertTrue(imported.out().contains("1 imported, 0 already imported"), imported.out());

        Result again = run("import", "--user", "analyst", file.toString(), "--data-dir", central.toString());
        assertEquals(ExchangeCli.OK, again.status(), "a package already imported is no error: " + again);
        assertTrue(again.out().contains("already imported on"), again.out());

        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10;
        Path tampered = Files.write(temp.resolve("tampered.suhbat"), bytes);
        Result refused = run("import", "--user", "analyst", tampered.toString(), "--data-dir", central.toString());
        assertEquals(ExchangeCli.PACKAGE_REFUSED, refused.status(), refused.toString());
        assertTrue(refused.err().contains("refused"), refused.err());
    }

    @Test
    void failuresEndInTheStatusesScriptsRelyOn() {
        Result gone = run("export", "--user", "secretary", "--admin", "admin", "--campaign",
                Long.toString(campaignId), "--to",
                temp.resolve("no-stick").toString(), "--encryption", "none", "--data-dir", regional.toString());
        assertEquals(ExchangeCli.WRITE_FAILED, gone.status(), gone.toString());
        assertTrue(gone.err().contains("nothing in Suhbat has changed"), gone.err());

        Result member = run("export", "--user", "member1", "--admin", "admin", "--campaign",
                Long.toString(campaignId), "--to",
                stick.toString(), "--data-dir", regional.toString());
        assertEquals(ExchangeCli.REFUSED, member.status(), "a member may not export: " + member);

        Result usage = run("export", "--user", "secretary", "--admin", "admin", "--campaign", "first", "--to",
                stick.toString(), "--data-dir", regional.toString());
        assertEquals(ExchangeCli.USAGE, usage.status(), usage.toString());
        assertTrue(usage.err().contains("Exit status"), usage.err());

        Result noAdmin = run("export", "--user", "secretary", "--campaign", Long.toString(campaignId), "--to",
                stick.toString(), "--data-dir", regional.toString());
        assertEquals(ExchangeCli.USAGE, noAdmin.status(), "an export names the administrator who unlocks: " + noAdmin);
        Result notAdmin = run("export", "--user", "secretary", "--admin", "secretary", "--campaign",
                Long.toString(campaignId), "--to", stick.toString(), "--data-dir", regional.toString());
        assertEquals(ExchangeCli.REFUSED, notAdmin.status(), notAdmin.toString());
        assertTrue(notAdmin.err().contains("not an active administrator"), notAdmin.err());

        Result noFile = run("verify", "--user", "analyst", temp.resolve("missing.suhbat").toString(), "--data-dir",
                central.toString());
        assertEquals(ExchangeCli.PACKAGE_REFUSED, noFile.status(), noFile.toString());
    }

    @Test
    void aMistypedDataFolderIsSaidToBeMissingAndNothingIsCreated() throws IOException {
        Path mistyped = temp.resolve("centrl").resolve("data");
        Result result = run("import", "--user", "analyst", stick.toString(), "--data-dir", mistyped.toString());

        assertEquals(ExchangeCli.REFUSED, result.status(), result.toString());
        assertEquals(new kz.suhbat.common.i18n.I18n(AppHome.defaultLanguage()).format("cli.noDataFolder",
                mistyped.toAbsolutePath().normalize()), result.err().strip(), "in the language of a first start");
        assertFalse(Files.exists(temp.resolve("centrl")), "no folder is left behind");
    }

    @Test
    void aFolderWithoutPackagesOrAFolderNamedAsAPackageIsSaidToBeSo() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty-stick"));
        Result none = run("verify", "--user", "analyst", empty.toString(), "--data-dir", central.toString());
        assertEquals(ExchangeCli.PACKAGE_REFUSED, none.status(), none.toString());
        assertTrue(none.err().contains("No package files (*.suhbat) in " + empty), none.err());

        Path folder = Files.createDirectories(temp.resolve("inner").resolve("folder.suhbat"));
        Result notAFile = run("import", "--user", "analyst", folder.getParent().toString(), "--data-dir",
                central.toString());
        assertEquals(ExchangeCli.PACKAGE_REFUSED, notAFile.status(), notAFile.toString());
        assertTrue(notAFile.err().contains("is a folder, not a package file"), notAFile.err());
    }

    private Path onlyPackage() throws IOException {
        try (Stream<Path> files = Files.list(stick)) {
            List<Path> packages = files.toList();
            assertEquals(1, packages.size(), packages.toString());
            return packages.get(0);
        }
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = ExchangeCli.run(List.of(args), outStream, errStream,
                    prompt -> Optional.of(TestOffice.PASSWORD.toCharArray()));
        }
        Result result = new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertFalse((result.out() + result.err()).contains("!exchange."), "a message key is missing: " + result);
        return result;
    }
}
