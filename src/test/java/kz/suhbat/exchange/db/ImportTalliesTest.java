package kz.suhbat.exchange.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.suhbat.app.NationalAttestation;
import kz.suhbat.common.Progress;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.db.Database;
import kz.suhbat.exchange.ImportOutcome;
import kz.suhbat.exchange.OfficeKeyFile;
import kz.suhbat.exchange.SigningKey;
import kz.suhbat.rubric.DemoFramework;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.security.Office;
import kz.suhbat.security.Region;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.TestOffice;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sums an import keeps for the reports are the sums of the rows it writes: counted again from the
 * rows by the statements with which the migration filled them for campaigns imported before, they come
 * out the same.
 */
class ImportTalliesTest {

    private static final KeyDerivation FAST = new KeyDerivation(1_000);
    private static final String TALLIES = "SELECT campaign_ref, post_group, corps, sitting_year, decision, reached, "
            + "candidates FROM imported_tally ORDER BY 1, 2, 3, 4, 5, 6";
    private static final String RESULT_TALLIES = "SELECT campaign_ref, post_group, corps, sitting_year, "
            + "competency_code, spread, agreed, results, sum_result, sum_squares FROM imported_result_tally "
            + "ORDER BY 1, 2, 3, 4, 5, 6, 7";

    @TempDir
    Path temp;

    @Test
    void theTalliesOfAnImportAreTheSumsOfItsRows() throws Exception {
        Path central = temp.resolve("central");
        Path stick = Files.createDirectories(temp.resolve("stick"));
        NationalAttestation national = new NationalAttestation(DemoFramework.read(),
                new NationalAttestation.Shape(20, 2, 400, 2017, "NAT", ""), 11);
        try (TestOffice office = TestOffice.create(central, FAST,
                Office.withDefaults("Орталық аппарат", "CENTRAL", Region.ASTANA))) {
            List<Path> files = new ArrayList<>();
            for (Office sender : national.offices()) {
                SigningKey key = SigningKey.generate(new SecureRandom(), Instant.now());
                office.services().keyRegistry().register(OfficeKeyFile.of(sender, key));
                for (NationalAttestation.Sending sending : national.sendings()) {
                    if (sending.office().code().equals(sender.code())) {
                        files.add(NationalAttestation.writeSigned(stick, sender, key, sending.sequence(),
                                national.data(sending)));
                    }
                }
            }
            office.actAs(office.addAccount("analyst", "Ғалым Сәрсенов", Role.ANALYST));
            assertTrue(office.services().imports().importPackages(files, Progress.NONE).stream()
                    .allMatch(o -> o.kind() == ImportOutcome.Kind.IMPORTED));
        }
        DataFolder folder = new DataFolder(central, DataFolder.Kind.EXPLICIT);
        try (Database database = TestOffice.openDatabase(folder, FAST)) {
            Jdbi jdbi = database.jdbi();
            List<String> tallies = rows(jdbi, TALLIES);
            List<String> resultTallies = rows(jdbi, RESULT_TALLIES);
            assertFalse(tallies.isEmpty() || resultTallies.isEmpty());
            jdbi.useHandle(h -> {
                h.execute("DELETE FROM imported_tally");
                h.execute("DELETE FROM imported_result_tally");
                migrationInserts().forEach(h::execute);
            });
            assertEquals(tallies, rows(jdbi, TALLIES));
            assertEquals(resultTallies, rows(jdbi, RESULT_TALLIES));
        }
    }

    private static List<String> rows(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapToMap().map(Object::toString).list());
    }

    /** The statements of migration V19 that fill the tallies from the rows. */
    private static List<String> migrationInserts() throws IOException {
        try (InputStream in = ImportTalliesTest.class.getResourceAsStream("/db/migration/common/V19__report_indexes.sql")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Stream.of(script.split(";")).map(String::strip)
                    .map(s -> s.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip())
                    .filter(s -> s.startsWith("INSERT")).toList();
        }
    }
}
