package kz.suhbat.exchange.db;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import kz.suhbat.exchange.CentralKey;
import kz.suhbat.exchange.CentralKeyRepository;
import kz.suhbat.exchange.CentralRecipient;
import org.jdbi.v3.core.Jdbi;

/** The exchange's encryption keys in H2. */
public final class JdbiCentralKeyRepository implements CentralKeyRepository {

    private final Jdbi jdbi;

    public JdbiCentralKeyRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<CentralKey> centralKeys() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM central_key ORDER BY created_at DESC, fingerprint")
                .map((rs, ctx) -> new CentralKey(rs.getString("fingerprint"), rs.getBytes("public_keyset"),
                        rs.getBytes("private_keyset"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list());
    }

    @Override
    public Optional<CentralKey> centralKey(String fingerprint) {
        return centralKeys().stream().filter(k -> k.fingerprint().equals(fingerprint)).findFirst();
    }

    @Override
    public void saveCentralKey(CentralKey key) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO central_key (fingerprint, public_keyset, private_keyset, "
                        + "created_at) VALUES (:fingerprint, :public, :private, :at)")
                .bind("fingerprint", key.fingerprint()).bind("public", key.publicKeyset())
                .bind("private", key.privateKeyset()).bind("at", key.createdAt().atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public Optional<CentralRecipient> recipient() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM central_recipient WHERE replaced_at IS NULL "
                        + "ORDER BY registered_at DESC LIMIT 1")
                .map((rs, ctx) -> new CentralRecipient(rs.getString("fingerprint"), rs.getString("office_code"),
                        rs.getString("office_name"), rs.getBytes("public_keyset"),
                        rs.getObject("registered_at", OffsetDateTime.class).toInstant()))
                .findOne());
    }

    @Override
    public void registerRecipient(CentralRecipient recipient, long registeredBy) {
        OffsetDateTime at = recipient.registeredAt().atOffset(ZoneOffset.UTC);
        jdbi.useHandle(h -> {
            h.createUpdate("UPDATE central_recipient SET replaced_at = :at WHERE replaced_at IS NULL")
                    .bind("at", at).execute();
            h.createUpdate("MERGE INTO central_recipient t USING (SELECT 1) s ON t.fingerprint = :fingerprint WHEN "
                            + "MATCHED THEN UPDATE SET office_code = :code, office_name = :name, public_keyset = :key, "
                            + "registered_at = :at, registered_by = :by, replaced_at = NULL WHEN NOT MATCHED THEN "
                            + "INSERT (fingerprint, office_code, office_name, public_keyset, registered_at, "
                            + "registered_by, replaced_at) VALUES (:fingerprint, :code, :name, :key, :at, :by, NULL)")
                    .bind("fingerprint", recipient.fingerprint()).bind("code", recipient.officeCode())
                    .bind("name", recipient.officeName()).bind("key", recipient.publicKeyset()).bind("at", at)
                    .bind("by", registeredBy).execute();
        });
    }
}
