package kz.suhbat.testsupport;

import kz.suhbat.common.db.DatabaseKey;

/** A fixed database key for storage tests that do not go through an office's keyring. */
public final class TestKeys {

    public static final DatabaseKey KEY = DatabaseKey.of(new byte[] {
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
        17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});

    private TestKeys() {
    }

    /** The audit trail of a database opened with {@link #KEY}, sealing interviews' records. */
    public static kz.suhbat.audit.AuditTrail trail(kz.suhbat.common.db.Database database) {
        return new kz.suhbat.audit.AuditTrail(new kz.suhbat.audit.db.JdbiAuditRepository(database.jdbi()),
                java.time.Clock.systemUTC(), kz.suhbat.audit.AuditKey.of(KEY),
                new kz.suhbat.interview.db.JdbiInterviewRecords(database.jdbi()), () -> { });
    }
}
