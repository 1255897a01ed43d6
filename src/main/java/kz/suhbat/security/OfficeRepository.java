package kz.suhbat.security;

import java.util.Optional;

/** The one office row of a database, with its legal basis texts and letterhead. */
public interface OfficeRepository {

    Optional<Office> load();

    void save(Office office);

    LegalBasis legalBasis();

    void saveLegalBasis(LegalBasis basis);

    Optional<Letterhead> letterhead();

    /** Stores {@code letterhead}, or removes the stored one when it is empty. */
    void saveLetterhead(Optional<Letterhead> letterhead);
}
