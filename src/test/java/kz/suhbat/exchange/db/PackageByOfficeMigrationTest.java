package kz.suhbat.exchange.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import kz.suhbat.exchange.ImportedCampaign;
import kz.suhbat.exchange.ImportedPackage;
import kz.suhbat.testsupport.EarlierSchema;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packages imported while a package id alone named a package: after the migration each is known by its
 * office and its id, another office may use the same id, and each imported campaign carries the name and
 * region of the key its package was signed with, not those its package claimed.
 */
class PackageByOfficeMigrationTest {

    private static final String ID = "11111111-2222-3333-4444-555555555555";

    @TempDir
    Path folder;

    @Test
    void packagesAreKnownByOfficeAndIdAndCampaignsByTheirKeysName() throws Exception {
        EarlierSchema schema = new EarlierSchema(folder);
        schema.migrateTo("19");
        String print = "a".repeat(64);
        try (Connection connection = DriverManager.getConnection(schema.url(), "suhbat", "");
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO account (id, login, display_name, role, active, must_change_password, "
                    + "created_at) VALUES (1, 'analyst', 'Ғалым', 'ANALYST', TRUE, FALSE, CURRENT_TIMESTAMP)");
            statement.execute("INSERT INTO registered_key (fingerprint, office_code, office_name, region, public_key, "
                    + "registered_by, registered_at) VALUES ('" + print + "', 'TST-01', 'Тіркелген кеңсе', "
                    + "'ABAI', X'00', 1, CURRENT_TIMESTAMP), ('" + "b".repeat(64) + "', 'TST-02', 'Екінші кеңсе', "
                    + "'ALMATY', X'00', 1, CURRENT_TIMESTAMP)");
            statement.execute("INSERT INTO imported_package (package_id, office_code, sequence, key_fingerprint, "
                    + "format_version, created_at, audit_head, manifest_sha256, file_name, campaign_title, candidates, "
                    + "scores, imported_by, imported_at) VALUES ('" + ID + "', 'TST-01', 1, '" + print + "', 1, "
                    + "CURRENT_TIMESTAMP, '" + "0".repeat(64) + "', '" + "1".repeat(64) + "', 'TST-01-1.suhbat', "
                    + "'Конкурс', 0, 0, 1, CURRENT_TIMESTAMP)");
            statement.execute("INSERT INTO imported_campaign (office_code, source_id, package_id, office_name, region, "
                    + "title, type, posts, opens, closes, profile_code, threshold) VALUES ('TST-01', 1, '" + ID
                    + "', 'Басқа кеңсенің аты', 'ASTANA', 'Конкурс', 'COMPETITION', 'Маман', DATE '2027-03-01', "
                    + "DATE '2027-04-01', 'EXE-B', 3.00)");
        }

        schema.migrateTo(null);

        JdbiCentralRepository repository = new JdbiCentralRepository(Jdbi.create(schema.url(), "suhbat", ""));
        List<ImportedCampaign> campaigns = repository.importedCampaigns();
        assertEquals(1, campaigns.size());
        assertEquals("Тіркелген кеңсе", campaigns.get(0).officeName(), "the registered key's name");
        assertEquals("ABAI", campaigns.get(0).region());
        assertTrue(repository.importedPackage("TST-01", ID).isPresent());
        assertTrue(repository.importedPackage("TST-02", ID).isEmpty(), "another office's id is its own");
        ImportedPackage kept = repository.importedPackage("TST-01", ID).orElseThrow();
        repository.insertPackage(new ImportedPackage(ID, "TST-02", 1, "b".repeat(64), 1, kept.createdAt(),
                kept.auditHead(), "2".repeat(64), "TST-02-1.suhbat", "Конкурс", 0, 0, kept.importedAt()), 1);
        assertEquals(2, repository.importedPackages().size(), "two offices, one id, two packages");
    }
}
