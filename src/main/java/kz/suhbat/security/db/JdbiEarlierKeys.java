package kz.suhbat.security.db;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import kz.suhbat.common.db.DatabaseKey;
import kz.suhbat.security.EarlierKeys;
import org.jdbi.v3.core.Jdbi;

/** The replaced database keys in H2. */
public final class JdbiEarlierKeys implements EarlierKeys {

    private final Jdbi jdbi;

    public JdbiEarlierKeys(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(DatabaseKey replaced, Instant when) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO earlier_database_key (replaced_at, database_key) "
                        + "VALUES (:at, :key)")
                .bind("at", when.atOffset(ZoneOffset.UTC)).bind("key", replaced.bytes()).execute());
    }

    @Override
    public List<DatabaseKey> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT database_key FROM earlier_database_key "
                        + "ORDER BY replaced_at DESC")
                .mapTo(byte[].class).map(DatabaseKey::of).list());
    }
}
