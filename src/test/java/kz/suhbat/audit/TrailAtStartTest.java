package kz.suhbat.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.suhbat.audit.db.JdbiAuditRepository;
import kz.suhbat.common.db.Database;
import kz.suhbat.common.db.DatabaseKey;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.db.JdbiTransactor;
import kz.suhbat.interview.db.JdbiInterviewRecords;
import kz.suhbat.security.Account;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check of the audit trail each time the office's database is opened, on a real H2 file: an office
 * finalises an interview and closes; then the file is changed with SQL, the way someone with a console
 * could, and the next start must name what was changed.
 */
class TrailAtStartTest {

    private static final KeyDerivation FAST = new KeyDerivation(10_000);

    @TempDir
    Path path;

    private DataFolder folder;
    private long interviewId;
    private String candidate;
    private Account secretary;

    @BeforeEach
    void anOfficeWithAFinalisedInterview() {
        try (TestOffice office = TestOffice.create(path, FAST)) {
            folder = office.folder();
            TestPanel panel = TestPanel.seat(office);
            interviewId = panel.finaliseFirstInterview(office, "Мысалдар нақты").id();
            candidate = panel.candidates.get(0).fullName();
            secretary = panel.secretary;
            assertTrue(office.services().trailReport().clean());
        }
    }

    @Test
    void anUntouchedOfficeStartsCleanAndTheAnchorFollowsTheTrail() {
        TrailReport report = start();
        assertTrue(report.clean(), report.toString());
        assertEquals(1, report.recordsRead());
        assertTrue(Files.isRegularFile(TrailAnchor.fileIn(path)));
        assertTrue(start().clean());
    }

    @Test
    void aScoreChangedWithSqlIsNamedWithItsCandidate() {
        sql("UPDATE score_entry SET level = 1 WHERE id = (SELECT MAX(id) FROM score_entry WHERE level IS NOT NULL)");
        assertOnly(RecordFinding.Problem.CHANGED, start());
    }

    @Test
    void aDeletedScoreIsFound() {
        sql("DELETE FROM score_entry WHERE id = (SELECT MAX(id) FROM score_entry)");
        assertOnly(RecordFinding.Problem.CHANGED, start());
    }

    @Test
    void anInsertedScoreIsFound() {
        sql("INSERT INTO score_entry (interview_id, member_id, competency_code, level, evidence, entered_by, "
                + "transcribed, entered_at) SELECT interview_id, member_id, competency_code, 5, evidence, entered_by, "
                + "transcribed, entered_at FROM score_entry WHERE id = (SELECT MAX(id) FROM score_entry)");
        assertOnly(RecordFinding.Problem.CHANGED, start());
    }

    @Test
    void aChangedVoteAgreedLevelOrDecisionIsFound() {
        sql("UPDATE interview_vote SET outcome = 'RECOMMENDED'");
        assertOnly(RecordFinding.Problem.CHANGED, start());
    }

    @Test
    void aChangedDecisionIsFound() {
        sql("UPDATE interview SET decision = 'NOT_RECOMMENDED'");
        assertOnly(RecordFinding.Problem.CHANGED, start());
    }

    @Test
    void anAgreedLevelChangedIsFound() {
        sql("UPDATE competency_outcome SET agreed_level = 5 WHERE agreed_level IS NOT NULL");
        assertOnly(RecordFinding.Problem.CHANGED, start());
    }

    @Test
    void aDeletedInterviewIsFound() {
        sql("DELETE FROM interview WHERE id = ?", interviewId);
        TrailReport report = start();
        assertEquals(RecordFinding.Problem.DELETED, report.records().get(0).problem());
    }

    @Test
    void recordsPutBackToAnEarlierSealAreFound() {
        Map<String, Object> sealBefore = query("SELECT seq, seal FROM record_seal WHERE entity_id = ?",
                String.valueOf(interviewId));
        Map<String, Object> before = query("SELECT status, decision, decision_reason FROM interview WHERE id = ?",
                interviewId);
        try (TestOffice office = signIn()) {
            office.actAs(secretary);
            office.services().deliberation().reopen(interviewId, TestOffice.PASSWORD.toCharArray(),
                    "Хаттамада қате");
        }
        sql("UPDATE interview SET status = ?, decision = ?, decision_reason = ? WHERE id = ?", before.get("STATUS"),
                before.get("DECISION"), before.get("DECISION_REASON"), interviewId);
        sql("UPDATE record_seal SET seq = ?, seal = ? WHERE entity_id = ?", sealBefore.get("SEQ"),
                sealBefore.get("SEAL"), String.valueOf(interviewId));
        assertOnly(RecordFinding.Problem.ROLLED_BACK, start());
    }

    @Test
    void anEditedEntryIsFound() {
        sql("UPDATE audit_entry SET after_value = '{}' WHERE seq = 3");
        assertEquals(Optional.of(new AuditVerification.Break(3, AuditVerification.Problem.CONTENT_CHANGED)),
                start().chainBreak());
    }

    @Test
    void aDeletedEntryIsFound() {
        sql("DELETE FROM audit_entry WHERE seq = 5");
        assertEquals(Optional.of(new AuditVerification.Break(6, AuditVerification.Problem.SEQUENCE_BROKEN)),
                start().chainBreak());
    }

    @Test
    void reorderedEntriesAreFound() {
        sql("UPDATE audit_entry SET seq = -1 WHERE seq = 4");
        sql("UPDATE audit_entry SET seq = 4 WHERE seq = 5");
        sql("UPDATE audit_entry SET seq = 5 WHERE seq = -1");
        assertEquals(Optional.of(new AuditVerification.Break(4, AuditVerification.Problem.LINK_BROKEN)),
                start().chainBreak());
    }

    @Test
    void anEntryInsertedAndReChainedWithoutTheKeyIsFound() {
        AuditKey stranger = AuditKey.of(DatabaseKey.of(new byte[32]));
        sql("UPDATE audit_entry SET seq = seq + 1000000 WHERE seq >= 4");
        List<AuditEntry> all = entries();
        AuditEntry third = all.get(2);
        AuditEntry forged = AuditChain.seal(stranger, 4, third.at(), third.actorId(), third.actorLogin(),
                third.action(), third.entityType(), third.entityId(), null, "{\"note\":\"inserted\"}", null,
                third.hash());
        withDatabase(jdbi -> new JdbiAuditRepository(jdbi).append(forged));
        String previous = forged.hash();
        for (AuditEntry e : all.subList(3, all.size())) {
            AuditEntry moved = AuditChain.seal(stranger, e.seq() - 1000000 + 1, e.at(), e.actorId(), e.actorLogin(),
                    e.action(), e.entityType(), e.entityId(), e.before(), e.after(), e.seal(), previous);
            sql("DELETE FROM audit_entry WHERE seq = ?", e.seq());
            withDatabase(jdbi -> new JdbiAuditRepository(jdbi).append(moved));
            previous = moved.hash();
        }
        assertEquals(Optional.of(new AuditVerification.Break(4, AuditVerification.Problem.NOT_SEALED)),
                start().chainBreak());
    }

    @Test
    void aCutTailIsFoundOnceAndStaysOnRecord() {
        long last = entries().get(entries().size() - 1).seq();
        sql("DELETE FROM audit_entry WHERE seq > ?", last - 3);
        TrailReport report = start();
        assertEquals(Optional.of(new TrailReport.Cut(last, last - 3)), report.cut());
        assertEquals(RecordFinding.Problem.CHANGED, report.records().get(0).problem(),
                "the entry that sealed the decision was cut with the tail");
        TrailReport next = start();
        assertTrue(next.cut().isEmpty() && !next.anchorMissing() && next.chainBreak().isEmpty(), next.toString());
        AuditEntry alarm = entries().stream().filter(e -> e.action().equals(AuditAction.TRAIL_ALARM.code()))
                .findFirst().orElseThrow();
        assertTrue(alarm.after().contains("\"anchoredLength\":" + last), alarm.after());
    }

    @Test
    void aMissingOrForgedAnchorIsReported() throws Exception {
        Files.delete(TrailAnchor.fileIn(path));
        assertTrue(start().anchorMissing());
        String anchor = Files.readString(TrailAnchor.fileIn(path));
        Files.writeString(TrailAnchor.fileIn(path), anchor.replaceFirst("\"length\" : \\d+", "\"length\" : 3"));
        assertTrue(start().anchorMissing());
    }

    @Test
    void removingTheSealsDoesNotGetATrailSealedAnew() throws Exception {
        sql("UPDATE audit_entry SET mac = NULL");
        Files.delete(TrailAnchor.fileIn(path));
        TrailReport report = start();
        assertEquals(Optional.of(new AuditVerification.Break(1, AuditVerification.Problem.NOT_SEALED)),
                report.chainBreak());
        assertTrue(report.anchorMissing());
    }

    @Test
    void aTrailFromBeforeSealingIsSealedWhenTheSchemaIsBroughtUpToDate() throws Exception {
        asBeforeSealing();
        AuditKey key = AuditKey.of(databaseKey());
        try (Database database = TestOffice.openDatabase(folder, FAST)) {
            JdbiAuditRepository repository = new JdbiAuditRepository(database.jdbi());
            JdbiInterviewRecords records = new JdbiInterviewRecords(database.jdbi());
            AuditTrail trail = new AuditTrail(repository, Clock.systemUTC(), key, records, () -> { });
            try (TrailGuard guard = new TrailGuard(key, repository, records, path)) {
                TrailReport report = guard.checkAtStart(trail, new JdbiTransactor(database), true);
                assertTrue(report.clean(), report.toString());
            }
        }
        assertEquals(0L, query("SELECT COUNT(*) AS N FROM audit_entry WHERE mac IS NULL").get("N"));
        assertTrue(entries().stream().anyMatch(e -> e.action().equals(AuditAction.RECORDS_SEALED.code())
                && e.entityId().equals(String.valueOf(interviewId))));
        assertTrue(start().clean());
        sql("UPDATE score_entry SET level = 1 WHERE id = (SELECT MAX(id) FROM score_entry WHERE level IS NOT NULL)");
        assertOnly(RecordFinding.Problem.CHANGED, start());
    }

    /** Turns the office's files into what a Suhbat from before sealing left: an unkeyed chain, no anchor. */
    private void asBeforeSealing() throws Exception {
        String previous = AuditChain.GENESIS;
        for (AuditEntry e : entries()) {
            AuditEntry legacy = new AuditEntry(e.seq(), e.at(), e.actorId(), e.actorLogin(), e.action(),
                    e.entityType(), e.entityId(), e.before(), e.after(), null, previous, null, null);
            String hash = AuditChain.hashOf(legacy);
            sql("UPDATE audit_entry SET seal = NULL, mac = NULL, prev_hash = ?, hash = ? WHERE seq = ?", previous,
                    hash, e.seq());
            previous = hash;
        }
        sql("DELETE FROM record_seal");
        Files.delete(TrailAnchor.fileIn(path));
    }

    @Test
    void eachStartReadsOnlyTheNewEntriesAndAWindowOfOlderOnes() {
        int total = entries().size();
        AuditKey key = AuditKey.of(databaseKey());
        try (Database database = TestOffice.openDatabase(folder, FAST)) {
            JdbiAuditRepository repository = new JdbiAuditRepository(database.jdbi());
            JdbiInterviewRecords records = new JdbiInterviewRecords(database.jdbi());
            JdbiTransactor transactor = new JdbiTransactor(database);
            AuditTrail trail = new AuditTrail(repository, Clock.systemUTC(), key, records, () -> { });
            long[] read = new long[4];
            for (int i = 0; i < read.length; i++) {
                try (TrailGuard guard = new TrailGuard(key, repository, records, path, 10)) {
                    TrailReport report = guard.checkAtStart(trail, transactor, false);
                    assertTrue(report.clean(), report.toString());
                    read[i] = report.entriesRead();
                }
            }
            assertTrue(total > 40, "entries " + total);
            for (long r : read) {
                assertEquals(10, r);
            }
        }
    }

    private void assertOnly(RecordFinding.Problem problem, TrailReport report) {
        assertFalse(report.clean());
        assertEquals(List.of(new RecordFinding("interview", String.valueOf(interviewId), problem,
                report.records().get(0).seq(), candidate)), report.records(), report.toString());
        assertTrue(report.chainBreak().isEmpty(), report.toString());
        assertTrue(report.cut().isEmpty());
    }

    private TestOffice signIn() {
        return TestOffice.signIn(folder, FAST);
    }

    private TrailReport start() {
        try (TestOffice office = signIn()) {
            return office.services().trailReport();
        }
    }

    private DatabaseKey databaseKey() {
        return TestOffice.databaseKey(folder, FAST);
    }

    private void withDatabase(java.util.function.Consumer<Jdbi> work) {
        try (Database database = TestOffice.openDatabase(folder, FAST)) {
            work.accept(database.jdbi());
        }
    }

    private void sql(String statement, Object... args) {
        TestOffice.sql(folder, FAST, statement, args);
    }

    private Map<String, Object> query(String statement, Object... args) {
        try (Database database = TestOffice.openDatabase(folder, FAST)) {
            return database.jdbi().withHandle(h -> {
                var query = h.createQuery(statement);
                for (int i = 0; i < args.length; i++) {
                    query.bind(i, args[i]);
                }
                return query.mapToMap().one();
            }).entrySet().stream().collect(java.util.stream.Collectors.toMap(
                    e -> e.getKey().toUpperCase(java.util.Locale.ROOT), Map.Entry::getValue));
        }
    }

    private List<AuditEntry> entries() {
        try (Database database = TestOffice.openDatabase(folder, FAST)) {
            List<AuditEntry> all = new java.util.ArrayList<>();
            new JdbiAuditRepository(database.jdbi()).forEach(all::add);
            return all;
        }
    }
}
