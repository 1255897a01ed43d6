package kz.suhbat.exchange.db;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.suhbat.exchange.ExportRecord;
import kz.suhbat.exchange.ExportRepository;
import kz.suhbat.exchange.SigningKey;
import kz.suhbat.exchange.StoredSigningKey;
import org.jdbi.v3.core.Jdbi;

/** The office's signing key and its exports in H2. */
public final class JdbiExportRepository implements ExportRepository {

    private final Jdbi jdbi;

    public JdbiExportRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<StoredSigningKey> signingKey() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM office_signing_key WHERE id = 1")
                .map((rs, ctx) -> new StoredSigningKey(rs.getBytes("public_key"), rs.getBytes("private_key"),
                        rs.getBytes("sealed_private_key"), rs.getString("fingerprint"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .findOne());
    }

    @Override
    public void lockSigningKey(byte[] lockedPrivateKey) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE office_signing_key SET sealed_private_key = :locked, "
                        + "private_key = NULL WHERE id = 1")
                .bind("locked", lockedPrivateKey).execute());
    }

    @Override
    public void saveSigningKey(SigningKey key) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO office_signing_key (id, public_key, private_key, fingerprint, "
                        + "created_at) VALUES (1, :public, :private, :fingerprint, :at)")
                .bind("public", key.publicKey()).bind("private", key.privateKey())
                .bind("fingerprint", key.fingerprint()).bind("at", key.createdAt().atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public long lastSequence() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(sequence), 0) FROM package_export")
                .mapTo(Long.class).one());
    }

    @Override
    public void recordExport(ExportRecord record) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO package_export (sequence, package_id, campaign_id, file_name, "
                        + "manifest_sha256, exported_by, exported_at) VALUES (:sequence, :id, :campaign, :file, "
                        + ":sha, :by, :at)")
                .bind("sequence", record.sequence()).bind("id", UUID.fromString(record.packageId()))
                .bind("campaign", record.campaignId()).bind("file", record.fileName())
                .bind("sha", record.manifestSha256()).bind("by", record.exportedBy())
                .bind("at", record.exportedAt().atOffset(ZoneOffset.UTC)).execute());
    }

    @Override
    public List<ExportRecord> exports(long campaignId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM package_export WHERE campaign_id = :campaign "
                        + "ORDER BY sequence")
                .bind("campaign", campaignId)
                .map((rs, ctx) -> new ExportRecord(rs.getLong("sequence"), rs.getObject("package_id", UUID.class)
                        .toString(), rs.getLong("campaign_id"), rs.getString("file_name"),
                        rs.getString("manifest_sha256"), rs.getLong("exported_by"),
                        rs.getObject("exported_at", OffsetDateTime.class).toInstant()))
                .list());
    }
}
