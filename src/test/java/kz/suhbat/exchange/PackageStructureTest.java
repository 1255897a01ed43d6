package kz.suhbat.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kz.suhbat.bench.PackageSet;
import kz.suhbat.common.Progress;
import kz.suhbat.security.Office;
import kz.suhbat.security.Region;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.ChildJvm;
import kz.suhbat.testsupport.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packages a registered office could make by hand to trick the central office or exhaust it: files named
 * as paths or links, signatures and seals that differ from the signed ones only in Base64's unused bits,
 * an earlier unencrypted format, too many files, and a file of a gigabyte. Each is refused, the central
 * office is left as it was, and the packages after it still go in.
 */
class PackageStructureTest {

    private static final Office HAND = Office.withDefaults("Қолдан жасалған пакеттер", "HAND-01", Region.ALMATY);

    @TempDir
    Path temp;

    private ExchangeFixture fixture;
    private SigningKey handKey;

    @BeforeEach
    void offices() throws IOException {
        fixture = new ExchangeFixture(temp);
        fixture.registerOfficeKey();
        handKey = SigningKey.generate(new SecureRandom(), Instant.now());
        fixture.central.actAsAdmin();
        fixture.central.services().keyRegistry().register(OfficeKeyFile.of(HAND, handKey));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void filesNamedAsPathsOrLinksAreRefusedBeforeTheyAreRead() throws IOException {
        List<Object> before = fixture.centralState();
        byte[] data = "{}".getBytes(StandardCharsets.UTF_8);
        int n = 0;
        for (String name : List.of("../campaign.json", "protocols/protocol.pdf", "/etc/passwd", "..", "C:results.csv",
                "..\\results.csv", ".hidden", "results.csv/")) {
            Path file = HostilePackage.write(temp.resolve("path-" + n++ + ".suhbat"), HAND, handKey, n, 1,
                    List.of(HostilePackage.File.of(PackageFormat.DATA, data), HostilePackage.File.of(name, data)));
            assertRefused(ExchangeRefusal.Reason.ENTRY_NAME, file, name);
        }
        Path link = HostilePackage.write(temp.resolve("link.suhbat"), HAND, handKey, 20, 1,
                List.of(HostilePackage.File.of(PackageFormat.DATA, data),
                        HostilePackage.File.of("results.csv", "/etc/shadow".getBytes(StandardCharsets.US_ASCII))));
        markAsLink(link, "results.csv");
        HostilePackage.seal(link, handKey);
        assertRefused(ExchangeRefusal.Reason.ENTRY_NAME, link, "a symbolic link");
        assertEquals(before, fixture.centralState());
    }

    @Test
    void aSignatureOrSealChangedOnlyInBase64sUnusedBitsIsAChangedPackage() throws IOException {
        Path valid = fixture.export().file();
        List<Object> before = fixture.centralState();

        Path seal = Files.copy(valid, temp.resolve("seal-bits.suhbat"));
        try (RandomAccessFile raf = new RandomAccessFile(seal.toFile(), "rw")) {
            long lastDataChar = raf.length() - 3; // 64 bytes in Base64: 86 characters, then "=="
            raf.seek(lastDataChar);
            char c = (char) raf.read();
            raf.seek(lastDataChar);
            raf.write(flipUnusedBit(c));
        }
        assertRefused(ExchangeRefusal.Reason.SEAL_BROKEN, seal, "the seal's padding bits");

        Map<String, byte[]> entries = new LinkedHashMap<>(ExchangeFixture.entries(valid));
        byte[] signature = entries.get(PackageFormat.SIGNATURE).clone();
        signature[85] = (byte) flipUnusedBit((char) signature[85]);
        entries.put(PackageFormat.SIGNATURE, signature);
        Path resigned = ExchangeFixture.repack(temp.resolve("signature-bits.suhbat"), entries);
        assertRefused(ExchangeRefusal.Reason.BAD_SIGNATURE, resigned, "the signature's padding bits");

        assertEquals(before, fixture.centralState());
        assertEquals(ImportOutcome.Kind.IMPORTED, fixture.importOne(valid).kind(), "the original goes in");
    }

    @Test
    void aPackageOfTheFirstUnencryptedFormatIsRefusedInWords() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(ExchangeFixture.entries(fixture.export().file()));
        entries.put(PackageFormat.MANIFEST, new String(entries.get(PackageFormat.MANIFEST), StandardCharsets.UTF_8)
                .replace("\"formatVersion\" : 2", "\"formatVersion\" : 1").getBytes(StandardCharsets.UTF_8));
        List<Object> before = fixture.centralState();
        assertRefused(ExchangeRefusal.Reason.OLD_FORMAT, ExchangeFixture.repack(temp.resolve("v1.suhbat"), entries),
                "format 1");
        assertEquals(before, fixture.centralState());
    }

    @Test
    void tooManyFilesAreRefusedByTheDirectoryAlone() throws IOException {
        List<HostilePackage.File> files = new ArrayList<>();
        files.add(HostilePackage.File.of(PackageFormat.DATA, "{}".getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < PackageFormat.ENTRY_LIMIT; i++) {
            files.add(HostilePackage.File.of("protocol-" + i + ".pdf", new byte[0]));
        }
        List<Object> before = fixture.centralState();
        assertRefused(ExchangeRefusal.Reason.TOO_MANY_FILES,
                HostilePackage.write(temp.resolve("many.suhbat"), HAND, handKey, 1, 1, files), "1,001 files");
        assertEquals(before, fixture.centralState());
    }

    /**
     * A signed package whose data is 1 GiB, imported in a heap of 256 MB before an honest package: it is
     * refused by its size before a byte of it is read, and the honest one goes in.
     */
    @Test
    void aGigabyteFileIsRefusedWithinA256MbHeapAndThePackagesAfterItGoIn() throws Exception {
        Path stick = Files.createDirectories(temp.resolve("gigabyte-stick"));
        List<PackageSet.OfficePackage> honest = PackageSet.write(stick, 2, 60, Progress.NONE);
        PackageSet.OfficePackage first = honest.get(0);
        Path hostile = HostilePackage.write(stick.resolve("AAA-hostile.suhbat"), first.office(), first.key(), 1, 1,
                List.of(HostilePackage.File.repeated(PackageFormat.DATA, 1L << 30, (byte) ' ')));
        Path central = temp.resolve("central-256");
        try (TestOffice office = TestOffice.create(central, ExchangeFixture.FAST,
                Office.withDefaults("Орталық аппарат", "CENTRAL", Region.ASTANA))) {
            office.addAccount("analyst", "Ғалым Сәрсенов", Role.ANALYST);
            honest.forEach(p -> office.services().keyRegistry().register(p.keyFile()));
        }
        ProcessBuilder builder = ChildJvm.builder(ImportChild.class, central.toString(), hostile.toString(),
                honest.get(1).file().toString());
        builder.command().add(1, "-Xmx256m");
        Path errors = temp.resolve("child.err");
        Process child = builder.redirectError(errors.toFile()).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            out.lines().forEach(lines::add);
        }
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the import ends");
        assertEquals(0, child.exitValue(), Files.readString(errors));
        assertEquals(List.of("REFUSED " + hostile.getFileName() + " ENTRY_TOO_LARGE .",
                "IMPORTED " + honest.get(1).file().getFileName() + " .", "DONE"), lines);
    }

    private void assertRefused(ExchangeRefusal.Reason reason, Path file, String what) {
        ImportOutcome outcome = fixture.importOne(file);
        assertEquals(ImportOutcome.Kind.REFUSED, outcome.kind(), what);
        assertEquals(reason, outcome.refusal().orElseThrow().reason(), what);
        fixture.central.actAs(fixture.analyst);
        ExchangeRefusal verified = org.junit.jupiter.api.Assertions.assertThrows(ExchangeRefusal.class,
                () -> fixture.central.services().imports().verify(file), what);
        assertEquals(reason, verified.reason(), what + ": verify says the same");
    }

    /** The Base64 character whose 6-bit value differs from {@code c}'s in the lowest bit. */
    private static char flipUnusedBit(char c) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        return alphabet.charAt(alphabet.indexOf(c) ^ 1);
    }

    /** Marks the entry {@code name} as a Unix symbolic link in the ZIP's central directory. */
    private static void markAsLink(Path file, String name) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] encoded = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 + encoded.length <= bytes.length; at++) {
            if (bytes[at] == 0x50 && bytes[at + 1] == 0x4b && bytes[at + 2] == 0x01 && bytes[at + 3] == 0x02
                    && java.util.Arrays.equals(bytes, at + 46, at + 46 + encoded.length, encoded, 0, encoded.length)) {
                bytes[at + 5] = 3; // made by Unix
                int mode = 0120777 << 16;
                bytes[at + 38] = (byte) mode;
                bytes[at + 39] = (byte) (mode >>> 8);
                bytes[at + 40] = (byte) (mode >>> 16);
                bytes[at + 41] = (byte) (mode >>> 24);
                Files.write(file, bytes);
                return;
            }
        }
        throw new IllegalStateException("no entry " + name);
    }
}
