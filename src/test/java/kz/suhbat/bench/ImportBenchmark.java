package kz.suhbat.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import kz.suhbat.common.db.Database;
import kz.suhbat.common.db.DatabaseKey;
import kz.suhbat.exchange.ImportOutcome;
import kz.suhbat.exchange.PackageData;
import kz.suhbat.security.Account;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.security.Office;
import kz.suhbat.security.Region;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.TestOffice;

/**
 * The central import at national scale. Writes one signed package per office (default 200 offices
 * sharing 66,853 candidates, the 2017 attestation: 2,005,590 member scores), registers the offices'
 * keys at a new central office and imports every package through {@code ImportService} as the
 * window and the command line do: each verified in full (seal, signature, every file's SHA-256),
 * parsed, checked and stored in its own transaction. Then, for comparison, the same rows go into a
 * second new database of the same schema and encryption by plain JDBC batch inserts, one transaction
 * per office, with nothing read, verified or checked. Prints both times and the peak heap used.
 *
 * <p>Usage: {@code ImportBenchmark [offices] [candidates] [folder]}. Run by {@code bench/import.sh}.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int offices = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int candidates = args.length > 1 ? Integer.parseInt(args[1]) : 66_853;
        ScratchFolder.use(args.length > 2 ? args[2] : null, "suhbat-import-bench",
                folder -> run(folder, offices, candidates));
    }

    private static void run(Path folder, int offices, int candidates) throws Exception {
        Path packages = Files.createDirectories(folder.resolve("stick"));
        long started = System.nanoTime();
        List<PackageSet.OfficePackage> set = PackageSet.write(packages, offices, candidates, (done, total) -> { });
        long bytes = 0;
        for (PackageSet.OfficePackage p : set) {
            bytes += Files.size(p.file());
        }
        System.out.printf(Locale.ROOT, "packages: %d offices, %d candidates, %d scores, %.1f MB, written in %.1f s%n",
                offices, candidates, (long) candidates * PackageSet.MEMBERS * PackageSet.COMPETENCIES.length,
                bytes / 1e6, seconds(started));

        double imported = importThroughSuhbat(folder.resolve("central"), set);
        double raw = rawInsert(folder.resolve("raw"), offices, candidates);
        System.out.printf(Locale.ROOT, "ratio: import / raw insert = %.2f%n", imported / raw);
    }

    private static double importThroughSuhbat(Path central, List<PackageSet.OfficePackage> set) {
        try (TestOffice office = TestOffice.create(central, new KeyDerivation(1_000),
                Office.withDefaults("Орталық аппарат", "CENTRAL", Region.ASTANA))) {
            for (PackageSet.OfficePackage p : set) {
                office.services().keyRegistry().register(p.keyFile());
            }
            Account analyst = office.addAccount("analyst", "Ғалым Сәрсенов", Role.ANALYST);
            office.actAs(analyst);
            List<Path> files = set.stream().map(PackageSet.OfficePackage::file).toList();
            resetPeaks();
            long started = System.nanoTime();
            List<ImportOutcome> outcomes = office.services().imports().importPackages(files, (done, total) -> { });
            double seconds = seconds(started);
            long refused = outcomes.stream().filter(o -> o.kind() != ImportOutcome.Kind.IMPORTED).count();
            if (refused > 0) {
                throw new IllegalStateException(refused + " packages refused: " + outcomes.get(0).refusal());
            }
            long scores = office.services().imports().campaigns().stream().mapToLong(c -> c.scores()).sum();
            System.out.printf(Locale.ROOT, "import (verify, parse, check, store): %.1f s, %d scores stored, "
                    + "peak heap %d MB%n", seconds, scores, peakHeapMegabytes());
            return seconds;
        }
    }

    /** The same rows by plain JDBC batches into the same schema on an encrypted file; only inserts timed. */
    private static double rawInsert(Path folder, int offices, int candidates) throws SQLException {
        try (Database database = Database.open(folder, DatabaseKey.random(new SecureRandom()));
             Connection connection = database.jdbi().open().getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO account (id, login, display_name, role, active, must_change_password, "
                        + "created_at) VALUES (1, 'raw', 'Raw', 'ANALYST', TRUE, FALSE, CURRENT_TIMESTAMP)");
                statement.execute("INSERT INTO registered_key (fingerprint, office_code, office_name, region, "
                        + "public_key, registered_by, registered_at) VALUES ('" + "0".repeat(64) + "', 'RAW', 'Raw', "
                        + "'ASTANA', X'00', 1, CURRENT_TIMESTAMP)");
            }
            connection.setAutoCommit(false);
            Random random = new Random(2017);
            Region[] regions = Region.values();
            long nanos = 0;
            resetPeaks();
            for (int o = 0; o < offices; o++) {
                int share = candidates / offices + (o < candidates % offices ? 1 : 0);
                Office office = Office.withDefaults("Аумақтық бөлімше " + (o + 1), String.format("OBL-%03d", o + 1),
                        regions[o % regions.length]);
                PackageData data = PackageSet.campaign(office, share, random);
                long started = System.nanoTime();
                insert(connection, office, o + 1, data);
                connection.commit();
                nanos += System.nanoTime() - started;
            }
            double seconds = nanos / 1e9;
            System.out.printf(Locale.ROOT, "raw H2 batch insert of the same rows: %.1f s, peak heap %d MB%n", seconds,
                    peakHeapMegabytes());
            return seconds;
        }
    }

    private static void insert(Connection connection, Office office, long ref, PackageData data) throws SQLException {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO imported_package VALUES "
                + "(?, ?, 1, ?, 1, ?, ?, ?, ?, ?, ?, ?, 1, ?)")) {
            p.setObject(1, id);
            p.setString(2, office.code());
            p.setString(3, "0".repeat(64));
            p.setObject(4, now);
            p.setString(5, "0".repeat(64));
            p.setString(6, "0".repeat(64));
            p.setString(7, office.code() + ".suhbat");
            p.setString(8, data.campaign().title());
            p.setInt(9, data.candidates().size());
            p.setInt(10, data.scoreCount());
            p.setObject(11, now);
            p.executeUpdate();
        }
        PackageData.CampaignPart c = data.campaign();
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO imported_campaign (id, office_code, "
                + "source_id, package_id, office_name, region, title, type, posts, opens, closes, profile_code, "
                + "threshold) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Object[] values = {ref, office.code(), c.id(), id, office.primaryName(), c.region(), c.title(), c.type(),
                    String.join("\n", c.posts()), java.sql.Date.valueOf(c.opens()), java.sql.Date.valueOf(c.closes()),
                    c.profileCode(), c.threshold()};
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            p.executeUpdate();
        }
        batch(connection, "INSERT INTO imported_competency VALUES (?, ?, ?, ?, ?, ?, ?)", data.competencies().stream()
                .map(k -> new Object[] {ref, data.competencies().indexOf(k), k.code(), k.nameKk(), k.nameRu(),
                        k.nameEn(), k.weight()}).toList());
        batch(connection, "INSERT INTO imported_member VALUES (?, ?, ?, ?, ?, ?)", data.members().stream()
                .map(m -> new Object[] {ref, m.id(), m.fullName(), m.role(), m.affiliation(), m.organisation()})
                .toList());
        batch(connection, "INSERT INTO imported_candidate VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                data.candidates().stream().map(d -> new Object[] {ref, d.id(), d.lastName(), d.firstName(),
                        d.middleName(), d.iin(), d.post(), java.sql.Date.valueOf(d.sittingDate()), d.status(),
                        d.total(), d.reached(), d.decision(), d.profileCode(), d.threshold()}).toList());
        batch(connection, "INSERT INTO imported_score VALUES (?, ?, ?, ?, ?, ?)", data.candidates().stream()
                .flatMap(d -> d.scores().stream().map(s -> new Object[] {ref, d.id(), s.member(), s.competency(),
                        s.level(), s.transcribed()})).toList());
        batch(connection, "INSERT INTO imported_result VALUES (?, ?, ?, ?, ?, ?, ?)", data.candidates().stream()
                .flatMap(d -> d.results().stream().map(r -> new Object[] {ref, d.id(), r.competency(), r.mean(),
                        r.agreedLevel(), r.reason(), r.result()})).toList());
        batch(connection, "INSERT INTO imported_vote VALUES (?, ?, ?, ?, ?)", data.candidates().stream()
                .flatMap(d -> d.votes().stream().map(v -> new Object[] {ref, d.id(), v.member(), v.outcome(),
                        v.opinion()})).toList());
    }

    private static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.addBatch();
                if (++pending == 5_000) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            statement.executeBatch();
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
