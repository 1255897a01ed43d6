package kz.suhbat.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.security.Office;
import kz.suhbat.security.db.JdbiOfficeRepository;
import kz.suhbat.testsupport.TestKeys;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * An office set up before names were kept per language: its single name moves into the language it is
 * written in (Kazakh when it has a letter only Kazakh has, otherwise Russian), the other stays empty
 * for the office screen to ask for, and nothing else of the office changes.
 */
class OfficeNameMigrationTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ақмола облысы бойынша өңірлік кеңсе | Ақмола облысы бойынша өңірлік кеңсе | ''",
        "Региональный офис по Акмолинской области | '' | Региональный офис по Акмолинской области",
        "Шымкент қаласының кеңсесі | Шымкент қаласының кеңсесі | ''",
        "Regional office | '' | Regional office"})
    void theSingleNameGoesIntoItsOwnLanguage(String name, String kazakh, String russian) throws Exception {
        String password = new String(TestKeys.KEY.filePassword()) + " ";
        org.h2.jdbcx.JdbcDataSource earlier = new org.h2.jdbcx.JdbcDataSource();
        earlier.setURL(H2Database.url(folder));
        earlier.setUser("suhbat");
        earlier.setPassword(password);
        // The schema as an earlier Suhbat left it, with Flyway configured as the application configures it.
        Flyway.configure().dataSource(earlier).locations(kz.suhbat.common.db.H2Database.MIGRATIONS).target("5").load().migrate();
        try (Connection connection = java.sql.DriverManager.getConnection(H2Database.url(folder), "suhbat", password);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO office (id, name, code, region, "
                     + "lock_after_minutes, backup_every_hours, backups_kept) VALUES (1, ?, 'AKM-01', 'AKMOLA', 15, "
                     + "6, 20)")) {
            insert.setString(1, name);
            insert.executeUpdate();
        }
        try (Database database = H2Database.open(folder, TestKeys.KEY)) {
            Office office = new JdbiOfficeRepository(database.jdbi()).load().orElseThrow();
            assertEquals(LocalizedText.of(kazakh, russian, ""), office.name());
            assertEquals(LocalizedText.of("", "", ""), office.city(), "no city yet");
            assertEquals("AKM-01", office.code());
            assertEquals(15, office.lockAfterMinutes());
            assertEquals(20, office.backupsKept());
            assertTrue(office.primaryName().equals(name), "other offices still know it by the same name");
            assertEquals(Integer.valueOf(SchemaVersion.LATEST), database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\"").mapTo(Integer.class).one()));
        }
    }
}
