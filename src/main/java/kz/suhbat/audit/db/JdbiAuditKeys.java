package kz.suhbat.audit.db;

import kz.suhbat.audit.AuditKey;
import kz.suhbat.common.db.DatabaseKey;
import org.jdbi.v3.core.Jdbi;

/**
 * Where a database keeps the key of its audit trail: derived from the database key the trail was
 * first sealed with, and kept (inside the encrypted file) when the database key is renewed, so the
 * trail's seals stay valid across renewals.
 */
public final class JdbiAuditKeys {

    private JdbiAuditKeys() {
    }

    /** The trail's key of a database opened with {@code openedWith}; stored now if it was not yet. */
    public static AuditKey establish(Jdbi jdbi, DatabaseKey openedWith) {
        return jdbi.inTransaction(h -> {
            byte[] seed = h.createQuery("SELECT seed FROM audit_key WHERE id = 1").mapTo(byte[].class).findOne()
                    .orElse(null);
            if (seed == null) {
                seed = openedWith.bytes();
                h.createUpdate("INSERT INTO audit_key (id, seed) VALUES (1, :seed)").bind("seed", seed).execute();
            }
            return AuditKey.of(DatabaseKey.of(seed));
        });
    }

    /** The trail's key of a copy (a backup), read without changing it. */
    public static AuditKey of(Jdbi jdbi, DatabaseKey openedWith) {
        return jdbi.withHandle(h -> h.createQuery("SELECT seed FROM audit_key WHERE id = 1").mapTo(byte[].class)
                .findOne().map(DatabaseKey::of).map(AuditKey::of).orElseGet(() -> AuditKey.of(openedWith)));
    }
}
