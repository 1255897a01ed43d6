package kz.suhbat.audit.db;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import kz.suhbat.audit.AuditEntry;
import kz.suhbat.audit.AuditRepository;
import kz.suhbat.audit.RecordSeal;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** The audit trail in H2. Inserts only; reading joins the transaction of the caller when there is one. */
public final class JdbiAuditRepository implements AuditRepository {

    private static final String COLUMNS = "seq, at, actor_id, actor_login, action, entity_type, entity_id, "
            + "before_value, after_value, seal, prev_hash, hash, mac";
    private static final RowMapper<AuditEntry> MAPPER = (rs, ctx) -> new AuditEntry(rs.getLong("seq"),
            rs.getObject("at", OffsetDateTime.class).toInstant(), (Long) rs.getObject("actor_id", Long.class),
            rs.getString("actor_login"), rs.getString("action"), rs.getString("entity_type"),
            rs.getString("entity_id"), rs.getString("before_value"), rs.getString("after_value"),
            rs.getString("seal"), rs.getString("prev_hash"), rs.getString("hash"), rs.getString("mac"));

    private final Jdbi jdbi;

    public JdbiAuditRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<AuditEntry> last() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM audit_entry ORDER BY seq DESC LIMIT 1 FOR UPDATE")
                .map(MAPPER).findOne());
    }

    @Override
    public Optional<AuditEntry> entry(long seq) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM audit_entry WHERE seq = :seq")
                .bind("seq", seq).map(MAPPER).findOne());
    }

    @Override
    public void append(AuditEntry entry) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (:seq, :at, :actorId, "
                        + ":actorLogin, :action, :entityType, :entityId, :before, :after, :seal, :prevHash, :hash, "
                        + ":mac)")
                .bind("seq", entry.seq())
                .bind("at", entry.at().atOffset(ZoneOffset.UTC))
                .bind("actorId", entry.actorId())
                .bind("actorLogin", entry.actorLogin())
                .bind("action", entry.action())
                .bind("entityType", entry.entityType())
                .bind("entityId", entry.entityId())
                .bind("before", entry.before())
                .bind("after", entry.after())
                .bind("seal", entry.seal())
                .bind("prevHash", entry.prevHash())
                .bind("hash", entry.hash())
                .bind("mac", entry.mac())
                .execute());
    }

    @Override
    public void forEach(long from, long to, Consumer<AuditEntry> action) {
        jdbi.useHandle(h -> {
            try (var entries = h.createQuery("SELECT " + COLUMNS + " FROM audit_entry WHERE seq BETWEEN :from AND :to "
                            + "ORDER BY seq")
                    .bind("from", from).bind("to", to)
                    .setFetchSize(500).map(MAPPER).stream()) {
                entries.forEach(action);
            }
        });
    }

    @Override
    public List<AuditEntry> newest(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq DESC "
                + "LIMIT :limit").bind("limit", limit).map(MAPPER).list());
    }

    @Override
    public long unsealed() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_entry WHERE mac IS NULL")
                .mapTo(Long.class).one());
    }

    @Override
    public void sealLegacy(long seq, String mac) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE audit_entry SET mac = :mac WHERE seq = :seq AND mac IS NULL")
                .bind("seq", seq).bind("mac", mac).execute());
    }

    @Override
    public void saveSeal(RecordSeal seal) {
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO record_seal t USING (SELECT 1) s ON t.entity_type = :entityType AND "
                        + "t.entity_id = :entityId WHEN MATCHED THEN UPDATE SET seq = :seq, seal = :seal WHEN NOT "
                        + "MATCHED THEN INSERT (entity_type, entity_id, seq, seal) VALUES (:entityType, :entityId, "
                        + ":seq, :seal)")
                .bind("entityType", seal.entityType())
                .bind("entityId", seal.entityId())
                .bind("seq", seal.seq())
                .bind("seal", seal.seal())
                .execute());
    }

    @Override
    public List<RecordSeal> seals(String entityType) {
        return jdbi.withHandle(h -> h.createQuery("SELECT entity_type, entity_id, seq, seal FROM record_seal "
                        + "WHERE entity_type = :type ORDER BY entity_id")
                .bind("type", entityType)
                .map((rs, ctx) -> new RecordSeal(rs.getString("entity_type"), rs.getString("entity_id"),
                        rs.getLong("seq"), rs.getString("seal")))
                .list());
    }
}
