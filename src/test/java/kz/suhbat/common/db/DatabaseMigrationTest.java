package kz.suhbat.common.db;

import kz.suhbat.testsupport.EarlierSchema;
import kz.suhbat.testsupport.TestKeys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseMigrationTest {

    @TempDir
    Path folder;

    @Test
    void aFreshFileGetsTheWholeSchema() {
        try (Database database = H2Database.open(folder.resolve("db"), TestKeys.KEY)) {
            List<String> tables = database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = 'PUBLIC' "
                            + "ORDER BY 1").mapTo(String.class).list());
            assertTrue(tables.containsAll(List.of("framework", "scale_level", "competency", "indicator", "question",
                    "probe", "position_profile", "profile_competency")), tables.toString());
            int applied = database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\"").mapTo(Integer.class).one());
            assertTrue(applied >= 1);
        }
        assertTrue(Files.exists(folder.resolve("db/suhbat.mv.db")), "the database is one file in the data folder");
    }

    @Test
    void reopeningRunsNoMigrationTwice() {
        H2Database.open(folder, TestKeys.KEY).close();
        try (Database database = H2Database.open(folder, TestKeys.KEY)) {
            int history = database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL").mapTo(Integer.class).one());
            int files = migrationFiles();
            assertEquals(files, history);
        }
    }

    private static int migrationFiles() {
        return versionsIn("common").size() + versionsIn("h2").size();
    }

    /** The versions of the migrations in {@code db/migration/<folder>}. */
    private static java.util.Set<Integer> versionsIn(String folder) {
        try (var stream = Files.list(Path.of("src/main/resources/db/migration", folder))) {
            return stream.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFileBuiltWhenEveryMigrationWasInOneFolderStillOpens(@org.junit.jupiter.api.io.TempDir Path earlier)
            throws Exception {
        Path flat = java.nio.file.Files.createDirectories(earlier.resolve("migration"));
        for (String engineFolder : java.util.List.of("common", "h2")) {
            try (var files = Files.list(Path.of("src/main/resources/db/migration", engineFolder))) {
                for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("V25__")).toList()) {
                    Files.copy(file, flat.resolve(file.getFileName()));
                }
            }
        }
        EarlierSchema schema = new EarlierSchema(earlier.resolve("db"));
        org.flywaydb.core.Flyway.configure().dataSource(schema.url(), "suhbat", "")
                .locations("filesystem:" + flat).load().migrate();
        H2Database.encrypt(earlier.resolve("db"), null, TestKeys.KEY);
        try (H2Database database = H2Database.open(earlier.resolve("db"), TestKeys.KEY)) {
            assertEquals(24, database.versionAtOpen(), "the file had every migration of the one folder");
            assertTrue(database.tableDigests().size() > 5, "and opens, brought up to date, under the engines' folders");
        }
    }

    @Test
    void bothEnginesHaveTheSameHistoryEachVersionSpelledOnceForEach() {
        java.util.Set<Integer> common = versionsIn("common");
        java.util.Set<Integer> h2 = versionsIn("h2");
        assertEquals(h2, versionsIn("postgresql"), "each engine spells the same versions its own way");
        assertTrue(java.util.Collections.disjoint(common, h2), "a version is common or engine-specific, not both");
        java.util.Set<Integer> all = new java.util.TreeSet<>(common);
        all.addAll(h2);
        assertEquals(java.util.stream.IntStream.rangeClosed(1, SchemaVersion.LATEST).boxed().toList(),
                java.util.List.copyOf(all), "one history with no gap, up to the newest");
    }

    @Test
    void theExpectedSchemaVersionIsTheNewestMigration() throws java.io.IOException {
        try (var stream = Files.walk(Path.of("src/main/resources/db/migration"))) {
            int newest = stream.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElse(-1);
            assertEquals(newest, SchemaVersion.LATEST);
        }
        try (Database database = H2Database.open(folder, TestKeys.KEY)) {
            assertEquals(Integer.valueOf(SchemaVersion.LATEST), database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\"")
                    .mapTo(Integer.class).one()));
        }
    }

    @Test
    void aDatabaseFromANewerSuhbatIsRefusedWithThatReasonAndLeftAlone() {
        try (Database database = H2Database.open(folder, TestKeys.KEY)) {
            database.jdbi().useHandle(handle -> handle.execute("INSERT INTO \"flyway_schema_history\" "
                    + "(\"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\", "
                    + "\"installed_by\", \"installed_on\", \"execution_time\", \"success\") VALUES (99, '99', "
                    + "'later', 'SQL', 'V99__later.sql', 0, 'suhbat', CURRENT_TIMESTAMP, 1, TRUE)"));
        }
        DatabaseOpenException refused = org.junit.jupiter.api.Assertions.assertThrows(DatabaseOpenException.class,
                () -> H2Database.open(folder, TestKeys.KEY));
        assertEquals(DatabaseOpenException.Reason.OTHER_VERSION, refused.reason());
    }

    @Test
    void aSchemaBuiltByAnEditedMigrationIsRefusedAtEveryOpen() {
        try (Database database = H2Database.open(folder, TestKeys.KEY)) {
            // What an edited V3 leaves: the checksum recorded when it ran is not the shipped file's.
            database.jdbi().useHandle(handle -> handle.execute("UPDATE \"flyway_schema_history\" "
                    + "SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '3'"));
        }
        DatabaseOpenException refused = org.junit.jupiter.api.Assertions.assertThrows(DatabaseOpenException.class,
                () -> H2Database.open(folder, TestKeys.KEY));
        assertEquals(DatabaseOpenException.Reason.SCHEMA_CHANGED, refused.reason());
        assertTrue(refused.getMessage().contains("3"), "the message names the migration: " + refused.getMessage());
    }

    @Test
    void aDamagedFileIsReportedAsDamaged() throws java.io.IOException {
        H2Database.open(folder, TestKeys.KEY).close();
        Path file = H2Database.file(folder);
        byte[] whole = Files.readAllBytes(file);
        // Everything after the file's header overwritten, as a failing disk leaves it: no chunk is left to
        // read, so nothing can be recovered.
        java.util.Arrays.fill(whole, 8192, whole.length, (byte) 0x5A);
        Files.write(file, whole);
        DatabaseOpenException refused = org.junit.jupiter.api.Assertions.assertThrows(DatabaseOpenException.class,
                () -> H2Database.open(folder, TestKeys.KEY));
        assertEquals(DatabaseOpenException.Reason.DAMAGED, refused.reason());
    }

    @Test
    void theDatabaseIsOpenedSoThatEveryCommitIsWrittenAtOnce() {
        try (Database database = H2Database.open(folder, TestKeys.KEY)) {
            String delay = database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT DISTINCT SETTING_NAME || '=' || SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                            + "WHERE SETTING_NAME LIKE '%WRITE_DELAY%'").mapTo(String.class).list().toString());
            assertEquals("[WRITE_DELAY=0]", delay);
        }
    }

    @Test
    void aWrongKeyIsRefusedAsSuchAndOpensNothing() {
        H2Database.open(folder, TestKeys.KEY).close();
        DatabaseOpenException refused = org.junit.jupiter.api.Assertions.assertThrows(DatabaseOpenException.class,
                () -> H2Database.open(folder, DatabaseKey.of(new byte[DatabaseKey.BYTES])));
        assertEquals(DatabaseOpenException.Reason.WRONG_KEY, refused.reason());
        try (H2Database database = H2Database.open(folder, TestKeys.KEY)) {
            assertTrue(database.tableDigests().size() > 5, "the right key still opens it");
        }
    }

    @Test
    void aDatabaseOfAnEarlierUnencryptedSuhbatIsEncryptedInPlaceWithItsRows() throws Exception {
        String plainUrl = "jdbc:h2:file:" + folder.resolve("suhbat").toAbsolutePath() + ";WRITE_DELAY=0";
        org.flywaydb.core.Flyway.configure().dataSource(plainUrl, "suhbat", "").locations(kz.suhbat.common.db.H2Database.MIGRATIONS)
                .target("1").load().migrate();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(plainUrl, "suhbat", "")) {
            connection.createStatement().execute("INSERT INTO framework (code, version, status, name_kk, name_ru, "
                    + "name_en, description_kk, description_ru, description_en, created_at, updated_at) VALUES "
                    + "('EARLIER', 1, 'DRAFT', 'Қанат Әбілқасымов', 'р', 'e', '', '', '', CURRENT_TIMESTAMP, "
                    + "CURRENT_TIMESTAMP)");
        }
        H2Database.encrypt(folder, null, TestKeys.KEY);
        assertTrue(!new String(Files.readAllBytes(H2Database.file(folder)), java.nio.charset.StandardCharsets.UTF_8)
                .contains("EARLIER"), "nothing is readable in the encrypted file");
        try (Database database = H2Database.open(folder, TestKeys.KEY)) {
            assertEquals("Қанат Әбілқасымов", database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT name_kk FROM framework WHERE code = 'EARLIER'").mapTo(String.class).one()));
            assertEquals(Integer.valueOf(SchemaVersion.LATEST), database.jdbi().withHandle(handle -> handle
                    .createQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\"")
                    .mapTo(Integer.class).one()), "and then brought up to date");
        }
    }
}
