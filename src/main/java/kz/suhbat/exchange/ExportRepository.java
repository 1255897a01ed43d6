package kz.suhbat.exchange;

import java.util.List;
import java.util.Optional;

/** This office's signing key and the packages it has exported. */
public interface ExportRepository {

    Optional<SigningKey> signingKey();

    void saveSigningKey(SigningKey key);

    /** The highest sequence number used so far, 0 before the first export. */
    long lastSequence();

    void recordExport(ExportRecord record);

    List<ExportRecord> exports(long campaignId);
}
