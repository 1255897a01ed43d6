package kz.suhbat.security;

import java.util.Optional;

/** The one office row of a database. */
public interface OfficeRepository {

    Optional<Office> load();

    void save(Office office);
}
