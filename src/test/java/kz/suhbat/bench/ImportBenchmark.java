package kz.suhbat.bench;




import kz.suhbat.common.db.H2Database;
import kz.suhbat.common.db.PostgresDatabase;
import kz.suhbat.exchange.db.BulkRows;
import kz.suhbat.testsupport.TestServer;
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
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import kz.suhbat.app.NationalAttestation;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.db.Database;
import kz.suhbat.common.db.DatabaseKey;
import kz.suhbat.exchange.CentralRecipient;
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
 * sharing 66,853 decided candidates, the 2017 attestation as {@link NationalAttestation} makes it: about
 * 2.1 million member scores), registers the offices'
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
        Path central = folder.resolve("central");
        CentralRecipient recipient = centralKey(central);
        long started = System.nanoTime();
        List<PackageSet.OfficePackage> set = PackageSet.write(packages, offices, candidates, Optional.of(recipient),
                (done, total) -> { });
        long bytes = 0;
        long rows = 0;
        long scores = 0;
        for (PackageSet.OfficePackage p : set) {
            bytes += Files.size(p.file());
            rows += p.candidates();
            scores += p.scores();
        }
        System.out.printf(Locale.ROOT, "packages: %d offices, %d candidates decided (%d with those absent), %d scores, "
                + "%.1f MB, written in %.1f s%n", offices, candidates, rows, scores, bytes / 1e6, seconds(started));

        double imported = importThroughSuhbat(central, set);
        double raw = rawInsert(folder.resolve("raw"), offices, candidates);
        System.out.printf(Locale.ROOT, "ratio: import / raw insert = %.2f%n", imported / raw);
    }

    /** Sets the central office up and makes its key, which every package is encrypted for. */
    private static CentralRecipient centralKey(Path central) {
        try (TestOffice office = TestOffice.create(central, new KeyDerivation(1_000),
                Office.withDefaults("Орталық аппарат", "CENTRAL", Region.ASTANA))) {
            office.actAsAdmin();
            return office.services().centralKeys().makeOwnKey().recipient(java.time.Instant.now());
        }
    }

    private static double importThroughSuhbat(Path central, List<PackageSet.OfficePackage> set) {
        try (TestOffice office = TestOffice.signIn(new DataFolder(central, DataFolder.Kind.EXPLICIT),
                new KeyDerivation(1_000))) {
            office.actAsAdmin();
            for (PackageSet.OfficePackage p : set) {
                office.services().keyRegistry().register(p.keyFile());
            }
            Account analyst = office.addAccount("analyst", "Ғалым Сәрсенов", Role.ANALYST);
            office.actAs(analyst);
            List<Path> files = set.stream().map(PackageSet.OfficePackage::file).toList();
            HeapPeaks.reset();
            long started = System.nanoTime();
            List<ImportOutcome> outcomes = office.services().imports().importPackages(files, (done, total) -> { });
            double seconds = seconds(started);
            long refused = outcomes.stream().filter(o -> o.kind() != ImportOutcome.Kind.IMPORTED).count();
            if (refused > 0) {
                throw new IllegalStateException(refused + " packages refused: " + outcomes.get(0).refusal());
            }
            long scores = office.services().imports().campaigns().stream().mapToLong(c -> c.scores()).sum();
            System.out.printf(Locale.ROOT, "import (verify, parse, check, store): %.1f s, %d scores stored, "
                    + "peak heap %d MB%n", seconds, scores, HeapPeaks.megabytes());
            return seconds;
        }
    }

    /** The same rows by plain JDBC batches into the same schema on an encrypted file; only inserts timed. */
    private static double rawInsert(Path folder, int offices, int candidates) throws SQLException {
        try (Database database = TestServer.active()
                ? PostgresDatabase.connect(TestServer.pointAt(folder, TestServer.newDatabase()))
                : H2Database.open(folder, DatabaseKey.random(new SecureRandom()));
             Connection connection = database.jdbi().open().getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO account (id, login, display_name, role, active, must_change_password, "
                        + "created_at) VALUES (1, 'raw', 'Raw', 'ANALYST', TRUE, FALSE, CURRENT_TIMESTAMP)");
            }
            try (PreparedStatement key = connection.prepareStatement("INSERT INTO registered_key (fingerprint, "
                    + "office_code, office_name, region, public_key, registered_by, registered_at) VALUES (?, 'RAW', "
                    + "'Raw', 'ASTANA', ?, 1, CURRENT_TIMESTAMP)")) {
                key.setString(1, "0".repeat(64));
                key.setBytes(2, new byte[] {0});
                key.executeUpdate();
            }
            connection.setAutoCommit(false);
            NationalAttestation national = PackageSet.attestation(offices, candidates);
            long nanos = 0;
            HeapPeaks.reset();
            for (NationalAttestation.Sending sending : national.sendings()) {
                PackageData data = national.data(sending);
                long started = System.nanoTime();
                insert(connection, sending.office(), sending.index() + 1, data);
                connection.commit();
                nanos += System.nanoTime() - started;
            }
            double seconds = nanos / 1e9;
            System.out.printf(Locale.ROOT, "%s of the same rows: %.1f s, peak heap %d MB%n", TestServer.active()
                    ? "raw PostgreSQL COPY" : "raw H2 batch insert", seconds, HeapPeaks.megabytes());
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
                + "threshold, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Object[] values = {ref, office.code(), c.id(), id, office.primaryName(), c.region(), c.title(), c.type(),
                    String.join("\n", c.posts()), java.sql.Date.valueOf(c.opens()), java.sql.Date.valueOf(c.closes()),
                    c.profileCode(), c.threshold(), c.body()};
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            p.executeUpdate();
        }
        bulk(connection, "imported_competency", List.of("campaign_ref", "position", "code", "name_kk", "name_ru",
                "name_en", "weight"),
                data.competencies().stream()
                .map(k -> new Object[] {ref, data.competencies().indexOf(k), k.code(), k.nameKk(), k.nameRu(),
                        k.nameEn(), k.weight()}).toList());
        bulk(connection, "imported_member", List.of("campaign_ref", "source_id", "full_name", "role", "affiliation",
                "organisation", "deputy"),
                data.members().stream()
                .map(m -> new Object[] {ref, m.id(), m.fullName(), m.role(), m.affiliation(), m.organisation(),
                        m.deputy()}).toList());
        Map<String, PackageData.ProfilePart> profiles = new HashMap<>();
        data.profiles().forEach(p -> profiles.put(p.code(), p));
        bulk(connection, "imported_candidate", List.of("campaign_ref", "source_id", "last_name", "first_name",
                "middle_name", "iin", "post", "sitting_date", "status", "total", "reached", "decision",
                "profile_code", "threshold", "absent", "post_group", "corps"),
                data.candidates().stream().map(d -> new Object[] {ref, d.id(), d.lastName(), d.firstName(),
                        d.middleName(), d.iin(), d.post(), d.sittingDate() == null ? null
                        : java.sql.Date.valueOf(d.sittingDate()), d.status(), d.total(), d.reached(), d.decision(),
                        d.profileCode(), d.threshold(), d.absent(), profiles.get(d.profileCode()).postGroup(),
                        profiles.get(d.profileCode()).corps()}).toList());
        bulk(connection, "imported_score", List.of("campaign_ref", "candidate_id", "member_id", "competency_code",
                "level", "transcribed", "confirmed"),
                data.candidates().stream()
                .flatMap(d -> d.scores().stream().map(s -> new Object[] {ref, d.id(), s.member(), s.competency(),
                        s.level(), s.transcribed(), s.confirmed()})).toList());
        bulk(connection, "imported_result", List.of("campaign_ref", "candidate_id", "competency_code", "mean",
                "agreed_level", "reason", "result", "spread"),
                data.candidates().stream()
                .flatMap(d -> d.results().stream().map(r -> new Object[] {ref, d.id(), r.competency(), r.mean(),
                        r.agreedLevel(), r.reason(), r.result(), spread(d, r.competency())})).toList());
        bulk(connection, "imported_vote", List.of("campaign_ref", "candidate_id", "member_id", "outcome", "opinion",
                "transcribed"),
                data.candidates().stream()
                .flatMap(d -> d.votes().stream().map(v -> new Object[] {ref, d.id(), v.member(), v.outcome(),
                        v.opinion(), v.transcribed()})).toList());
    }

    private static int spread(PackageData.CandidatePart candidate, String competency) {
        IntSummaryStatistics levels = candidate.scores().stream().filter(s -> s.competency().equals(competency))
                .mapToInt(PackageData.ScorePart::level).summaryStatistics();
        return levels.getMax() - levels.getMin();
    }

    /** The rows straight into {@code table}: batched inserts on H2, the driver's COPY on PostgreSQL. */
    private static void bulk(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        try (BulkRows bulk = BulkRows.into(connection, table, columns.toArray(String[]::new))) {
            for (Object[] row : rows) {
                bulk.add(row);
            }
            bulk.finish();
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
