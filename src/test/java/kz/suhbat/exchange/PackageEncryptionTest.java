package kz.suhbat.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.common.Progress;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.security.Office;
import kz.suhbat.security.Region;
import kz.suhbat.testsupport.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package on a lost stick shows nothing of the people in it: every file but the manifest is encrypted
 * for the central office's key, which alone opens it. An office with no central key yet writes an
 * unencrypted package only when the secretary says so.
 */
class PackageEncryptionTest {

    @TempDir
    Path temp;

    private ExchangeFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aPackageOnTheStickShowsNoNameOrIinButTheCentralOfficeReadsItAll() throws IOException {
        fixture = new ExchangeFixture(temp);
        ExportReceipt receipt = fixture.export();
        assertTrue(receipt.encryptedFor().isPresent());

        byte[] raw = Files.readAllBytes(receipt.file());
        Map<String, byte[]> unzipped = ExchangeFixture.entries(receipt.file());
        for (Candidate candidate : fixture.panel.candidates) {
            for (String secret : List.of(candidate.iin(), candidate.lastName())) {
                assertFalse(contains(raw, secret), secret + " in the file's bytes");
                unzipped.forEach((name, content) -> assertFalse(contains(content, secret),
                        secret + " in " + name + " as unzip gives it"));
            }
        }
        String manifest = new String(unzipped.get(PackageFormat.MANIFEST), StandardCharsets.UTF_8);
        assertTrue(manifest.contains(PackageCipher.SCHEME), manifest);

        fixture.registerOfficeKey();
        String data = fixture.decryptedData(receipt.file());
        for (Candidate candidate : fixture.panel.candidates) {
            assertTrue(data.contains(candidate.iin()), "the central office reads the IIN");
        }
        assertEquals(ImportOutcome.Kind.IMPORTED, fixture.importOne(receipt.file()).kind());
    }

    @Test
    void anotherCentralKeyOpensNothingAndChangesNothing() throws IOException {
        fixture = new ExchangeFixture(temp);
        Path file = fixture.export().file();
        try (TestOffice other = TestOffice.create(temp.resolve("other-central"), ExchangeFixture.FAST,
                Office.withDefaults("Басқа орталық", "OTHER", Region.ASTANA))) {
            other.actAsAdmin();
            other.services().centralKeys().makeOwnKey();
            fixture.regional.actAsAdmin();
            other.services().keyRegistry().register(fixture.regional.services().exports().publicKeyFile());
            ImportOutcome outcome = other.services().imports().importPackages(List.of(file), Progress.NONE).get(0);
            assertEquals(ExchangeRefusal.Reason.NOT_FOR_THIS_OFFICE, outcome.refusal().orElseThrow().reason());
            assertTrue(other.services().imports().packages().isEmpty());
            assertTrue(other.services().imports().campaigns().isEmpty());
        }
    }

    @Test
    void withoutACentralKeyThePackageIsWrittenUnencryptedOnlyWhenTheSecretarySaysSo() throws IOException {
        fixture = new ExchangeFixture(temp, false, false);
        fixture.regional.actAs(fixture.panel.secretary);
        ExportService exports = fixture.regional.services().exports();
        SigningKey key = fixture.regional.signingKey();
        ExchangeRefusal refused = assertThrows(ExchangeRefusal.class, () -> exports.export(
                fixture.panel.campaign.id(), fixture.stick, Language.KK, key, Progress.NONE));
        assertEquals(ExchangeRefusal.Reason.NO_CENTRAL_KEY, refused.reason());
        try (var left = Files.list(fixture.stick)) {
            assertEquals(0, left.count(), "nothing written");
        }

        ExportReceipt plain = exports.exportUnencrypted(fixture.panel.campaign.id(), fixture.stick, Language.KK,
                key, Progress.NONE);
        assertTrue(plain.encryptedFor().isEmpty());
        String data = new String(ExchangeFixture.entries(plain.file()).get(PackageFormat.DATA), StandardCharsets.UTF_8);
        assertTrue(data.contains(fixture.panel.candidates.get(0).iin()), "readable by anyone, as the warning said");
        fixture.regional.actAsAdmin();
        assertTrue(fixture.regional.services().audit().newest(20).stream()
                .anyMatch(e -> String.valueOf(e.after()).contains("unencrypted")), "the trail says so");

        fixture.registerOfficeKey();
        assertEquals(ImportOutcome.Kind.IMPORTED, fixture.importOne(plain.file()).kind());

        fixture.registerCentralKey();
        fixture.regional.actAs(fixture.panel.secretary);
        assertTrue(exports.exportUnencrypted(fixture.panel.campaign.id(), fixture.stick, Language.KK, key,
                Progress.NONE).encryptedFor().isPresent(), "once a central key is registered, every package is encrypted");
    }

    @Test
    void aCentralKeyFileThatWasChangedIsRefused() throws IOException {
        fixture = null;
        CentralKey key = CentralKey.generate(java.time.Instant.now());
        Office office = Office.withDefaults("Орталық аппарат", "CENTRAL", Region.ASTANA);
        byte[] good = CentralKeyFile.of(office, key).toBytes();
        assertEquals(key.fingerprint(), CentralKeyFile.parse(good, "c").fingerprint());
        String text = new String(good, StandardCharsets.UTF_8);
        CentralKey other = CentralKey.generate(java.time.Instant.now());
        String swapped = text.replace(key.fingerprint(), other.fingerprint());
        ExchangeRefusal refusal = assertThrows(ExchangeRefusal.class,
                () -> CentralKeyFile.parse(swapped.getBytes(StandardCharsets.UTF_8), "c"));
        assertEquals(ExchangeRefusal.Reason.CENTRAL_KEY_FILE_INVALID, refusal.reason());
        byte[] officeKey = OfficeKeyFile.of(office, SigningKey.generate(new java.security.SecureRandom(),
                java.time.Instant.now())).toBytes();
        assertThrows(ExchangeRefusal.class, () -> CentralKeyFile.parse(officeKey, "office.suhbat-key"),
                "an office's signing key is not a central key");
        Path huge = Files.write(temp.resolve("film.suhbat-central-key"), new byte[KeyFiles.LIMIT + 1]);
        assertEquals(ExchangeRefusal.Reason.CENTRAL_KEY_FILE_INVALID,
                assertThrows(ExchangeRefusal.class, () -> KeyFiles.central(huge)).reason(),
                "a large file chosen by mistake is refused before it is read");
        Path saved = Files.write(temp.resolve("central.suhbat-central-key"), good);
        assertEquals(key.fingerprint(), KeyFiles.central(saved).fingerprint());
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(
                new String(needle.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }
}
