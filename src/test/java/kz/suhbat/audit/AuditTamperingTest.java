package kz.suhbat.audit;

import kz.suhbat.common.db.H2Database;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.suhbat.audit.AuditVerification.Problem;
import kz.suhbat.audit.db.JdbiAuditRepository;
import kz.suhbat.common.db.Database;
import kz.suhbat.common.db.JdbiTransactor;
import kz.suhbat.interview.db.JdbiInterviewRecords;
import kz.suhbat.security.Access;
import kz.suhbat.security.Account;
import kz.suhbat.security.AuditService;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail in a real H2 file, tampered with directly in the database the way someone with the
 * key and a SQL console could: the verifier names the first entry that does not fit.
 */
class AuditTamperingTest {

    @TempDir
    Path folder;

    /** What someone without this office's key would seal with. */
    private static final AuditKey OTHER_KEY = AuditKey.of(kz.suhbat.common.db.DatabaseKey.of(new byte[32]));

    private Database database;
    private AuditTrail trail;
    private AuditService service;
    private final Account admin = new Account(1, "admin", "Әсем", Role.ADMINISTRATOR, true, false);

    @BeforeEach
    void fiveEntries() {
        database = H2Database.open(folder, TestKeys.KEY);
        JdbiAuditRepository repository = new JdbiAuditRepository(database.jdbi());
        trail = TestKeys.trail(database);
        Access access = new Access();
        access.signIn(admin);
        service = new AuditService(access, repository, AuditKey.of(TestKeys.KEY),
                new JdbiInterviewRecords(database.jdbi()));
        JdbiTransactor transactor = new JdbiTransactor(database);
        for (int i = 1; i <= 5; i++) {
            int n = i;
            transactor.run(() -> trail.record(admin, AuditAction.ACCOUNT_UPDATE, "account", n,
                    Map.of("displayName", "Жансая " + n), Map.of("displayName", "Жансая Тұрсынбаева " + n)));
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void sql(String statement, Object... args) {
        database.jdbi().useHandle(handle -> handle.execute(statement, args));
    }

    private Optional<AuditVerification.Break> firstBreak() {
        return service.verify().firstBreak();
    }

    @Test
    void anUntouchedTrailIsIntactAndItsHeadIsTheLastHash() {
        AuditVerification result = service.verify();
        assertTrue(result.intact());
        assertEquals(5, result.entries());
        assertEquals(service.newest(1).get(0).hash(), result.head());
        List<AuditEntry> newest = service.newest(5);
        assertEquals(List.of(5L, 4L, 3L, 2L, 1L), newest.stream().map(AuditEntry::seq).toList());
        assertEquals(AuditChain.GENESIS, newest.get(4).prevHash());
    }

    @Test
    void anEditedEntryIsFound() {
        sql("UPDATE audit_entry SET after_value = ? WHERE seq = 3", "{\"displayName\":\"Someone else\"}");
        assertEquals(Optional.of(new AuditVerification.Break(3, Problem.CONTENT_CHANGED)), firstBreak());
    }

    @Test
    void anEditedEntryWhoseHashWasRecomputedIsFoundByItsSeal() {
        AuditEntry third = service.newest(5).get(2);
        AuditEntry forged = AuditChain.seal(OTHER_KEY, 3, third.at(), third.actorId(), third.actorLogin(),
                third.action(), third.entityType(), third.entityId(), third.before(), "{\"displayName\":\"forged\"}",
                null, third.prevHash());
        sql("UPDATE audit_entry SET after_value = ?, hash = ? WHERE seq = 3", forged.after(), forged.hash());
        assertEquals(Optional.of(new AuditVerification.Break(3, Problem.NOT_SEALED)), firstBreak());
    }

    @Test
    void aTrailReChainedFromAnEditedEntryOnIsFoundByItsSeals() {
        List<AuditEntry> entries = new java.util.ArrayList<>(service.newest(5));
        java.util.Collections.reverse(entries);
        String previous = entries.get(1).hash();
        for (int i = 2; i < 5; i++) {
            AuditEntry e = entries.get(i);
            String after = i == 2 ? "{\"displayName\":\"forged\"}" : e.after();
            AuditEntry forged = AuditChain.seal(OTHER_KEY, e.seq(), e.at(), e.actorId(), e.actorLogin(), e.action(),
                    e.entityType(), e.entityId(), e.before(), after, null, previous);
            sql("UPDATE audit_entry SET after_value = ?, hash = ?, prev_hash = ?, mac = ? WHERE seq = ?",
                    forged.after(), forged.hash(), forged.prevHash(), forged.mac(), e.seq());
            previous = forged.hash();
        }
        assertEquals(Optional.of(new AuditVerification.Break(3, Problem.NOT_SEALED)), firstBreak());
    }

    @Test
    void anEntryWithItsSealRemovedIsFound() {
        sql("UPDATE audit_entry SET mac = NULL WHERE seq = 4");
        assertEquals(Optional.of(new AuditVerification.Break(4, Problem.NOT_SEALED)), firstBreak());
    }

    @Test
    void aDeletedEntryIsFound() {
        sql("DELETE FROM audit_entry WHERE seq = 3");
        assertEquals(Optional.of(new AuditVerification.Break(4, Problem.SEQUENCE_BROKEN)), firstBreak());
    }

    @Test
    void anInsertedEntryIsFound() {
        AuditEntry second = service.newest(5).get(3);
        sql("UPDATE audit_entry SET seq = seq + 100 WHERE seq >= 3");
        sql("UPDATE audit_entry SET seq = seq - 99 WHERE seq >= 100");
        AuditEntry inserted = AuditChain.seal(OTHER_KEY, 3, second.at(), 1L, "admin", "account.update", "account",
                "9", null, "{\"role\":\"ADMINISTRATOR\"}", null, second.hash());
        database.jdbi().useHandle(handle -> new JdbiAuditRepository(database.jdbi()).append(inserted));
        assertEquals(Optional.of(new AuditVerification.Break(3, Problem.NOT_SEALED)), firstBreak());
    }

    @Test
    void reorderedEntriesAreFound() {
        sql("UPDATE audit_entry SET seq = 100 WHERE seq = 2");
        sql("UPDATE audit_entry SET seq = 2 WHERE seq = 3");
        sql("UPDATE audit_entry SET seq = 3 WHERE seq = 100");
        assertEquals(Optional.of(new AuditVerification.Break(2, Problem.LINK_BROKEN)), firstBreak());
    }

    @Test
    void anEntryWrittenInARolledBackTransactionLeavesNoTrace() {
        JdbiTransactor transactor = new JdbiTransactor(database);
        try {
            transactor.run(() -> {
                trail.record(admin, AuditAction.OFFICE_UPDATE, "office", "TST", null, Map.of("name", "x"));
                throw new IllegalStateException("the change itself failed");
            });
        } catch (IllegalStateException expected) {
            // the change and its entry go together
        }
        assertEquals(5, service.verify().entries());
        assertTrue(service.verify().intact());
    }
}
