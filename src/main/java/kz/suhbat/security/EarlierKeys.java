package kz.suhbat.security;

import java.time.Instant;
import java.util.List;
import kz.suhbat.common.db.DatabaseKey;

/** The database keys a renewal replaced, kept inside the database under its current key. */
public interface EarlierKeys {

    void add(DatabaseKey replaced, Instant when);

    /** Newest first. */
    List<DatabaseKey> list();
}
