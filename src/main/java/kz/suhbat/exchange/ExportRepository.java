package kz.suhbat.exchange;

import java.util.List;
import java.util.Optional;

/** This office's signing key and the packages it has exported. */
public interface ExportRepository {

    Optional<StoredSigningKey> signingKey();

    /** Stores a new key pair, its private half in plain until an administrator locks it. */
    void saveSigningKey(SigningKey key);

    /** Keeps the private half only locked for administrators, clearing the plain one. */
    void lockSigningKey(byte[] lockedPrivateKey);

    /** The highest sequence number used so far, 0 before the first export. */
    long lastSequence();

    void recordExport(ExportRecord record);

    List<ExportRecord> exports(long campaignId);
}
