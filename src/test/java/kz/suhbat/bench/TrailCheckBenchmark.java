package kz.suhbat.bench;

import kz.suhbat.common.db.H2Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import kz.suhbat.audit.AuditAction;
import kz.suhbat.audit.AuditKey;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.audit.AuditVerification;
import kz.suhbat.audit.RecordsCheck;
import kz.suhbat.audit.TrailGuard;
import kz.suhbat.audit.TrailReport;
import kz.suhbat.audit.db.JdbiAuditRepository;
import kz.suhbat.common.db.Database;
import kz.suhbat.common.db.DatabaseKey;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.db.JdbiTransactor;
import kz.suhbat.interview.db.JdbiInterviewRecords;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;

/**
 * The check of the audit trail at start, on a long trail: an office finalises an interview, then
 * {@code entries} further entries are appended (years of an office's work: every level and evidence
 * typed is an entry). Times, on the encrypted H2 file: the first start after the entries were written
 * without the anchor following (as after restoring a backup: the whole trail is checked), the starts
 * after it (only new entries and a window of {@link TrailGuard#WINDOW} older ones), and the full check
 * the audit trail screen runs.
 *
 * <p>Usage: {@code TrailCheckBenchmark [entries] [folder]} (default 500000, the system's temporary
 * folder). Run by {@code bench/trail-check.sh}.
 */
public final class TrailCheckBenchmark {

    private static final KeyDerivation FAST = new KeyDerivation(10_000);

    private TrailCheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        ScratchFolder.use(args.length > 1 ? args[1] : null, "suhbat-trail-check", folder -> run(folder, entries));
    }

    private static void run(Path path, int entries) {
        DataFolder folder;
        try (TestOffice office = TestOffice.create(path, FAST)) {
            folder = office.folder();
            TestPanel.seat(office).finaliseFirstInterview(office, "Мысалдар нақты");
        }
        DatabaseKey databaseKey = TestOffice.databaseKey(folder, FAST);
        AuditKey key = AuditKey.of(databaseKey);
        try (Database database = H2Database.open(folder.database(), databaseKey)) {
            JdbiAuditRepository repository = new JdbiAuditRepository(database.jdbi());
            JdbiInterviewRecords records = new JdbiInterviewRecords(database.jdbi());
            JdbiTransactor transactor = new JdbiTransactor(database);
            AuditTrail trail = new AuditTrail(repository, Clock.systemUTC(), key, records, () -> { });
            long fill = System.nanoTime();
            for (int batch = 0; batch < entries; batch += 10_000) {
                int from = batch;
                transactor.run(() -> {
                    for (int i = from; i < Math.min(entries, from + 10_000); i++) {
                        trail.record(null, AuditAction.ACCOUNT_UPDATE, "account", i % 40,
                                Map.of("displayName", "Жансая " + i), Map.of("displayName", "Жансая Т. " + i));
                    }
                });
            }
            System.out.printf(Locale.ROOT, "appended %d entries in %.1f s%n", entries, seconds(fill));
            System.out.println("| start | entries read | ms |");
            System.out.println("|---|---|---|");
            for (int start = 1; start <= 4; start++) {
                long began = System.nanoTime();
                try (TrailGuard guard = new TrailGuard(key, repository, records, folder.path())) {
                    TrailReport report = guard.checkAtStart(trail, transactor, false);
                    if (!report.clean()) {
                        throw new IllegalStateException("The trail should be clean: " + report);
                    }
                    System.out.printf(Locale.ROOT, "| %d | %d | %.0f |%n", start, report.entriesRead(),
                            seconds(began) * 1000);
                }
            }
            long full = System.nanoTime();
            RecordsCheck check = new RecordsCheck(key, repository, records);
            AuditVerification.Verifier verifier = new AuditVerification.Verifier(key, records.entityType(),
                    check.seals());
            repository.forEach(verifier::accept);
            check.run(check.seals());
            System.out.printf(Locale.ROOT, "full check (audit trail screen): %d entries in %.0f ms%n",
                    verifier.result().entries(), seconds(full) * 1000);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
