package kz.suhbat.audit.db;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import kz.suhbat.audit.AuditEntry;
import kz.suhbat.audit.AuditRepository;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** The audit trail in H2. Inserts only; reading joins the transaction of the caller when there is one. */
public final class JdbiAuditRepository implements AuditRepository {

    private static final String COLUMNS = "seq, at, actor_id, actor_login, action, entity_type, entity_id, "
            + "before_value, after_value, prev_hash, hash";
    private static final RowMapper<AuditEntry> MAPPER = (rs, ctx) -> new AuditEntry(rs.getLong("seq"),
            rs.getObject("at", OffsetDateTime.class).toInstant(), (Long) rs.getObject("actor_id", Long.class),
            rs.getString("actor_login"), rs.getString("action"), rs.getString("entity_type"),
            rs.getString("entity_id"), rs.getString("before_value"), rs.getString("after_value"),
            rs.getString("prev_hash"), rs.getString("hash"));

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
    public void append(AuditEntry entry) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (:seq, :at, :actorId, "
                        + ":actorLogin, :action, :entityType, :entityId, :before, :after, :prevHash, :hash)")
                .bind("seq", entry.seq())
                .bind("at", entry.at().atOffset(ZoneOffset.UTC))
                .bind("actorId", entry.actorId())
                .bind("actorLogin", entry.actorLogin())
                .bind("action", entry.action())
                .bind("entityType", entry.entityType())
                .bind("entityId", entry.entityId())
                .bind("before", entry.before())
                .bind("after", entry.after())
                .bind("prevHash", entry.prevHash())
                .bind("hash", entry.hash())
                .execute());
    }

    @Override
    public void forEach(Consumer<AuditEntry> action) {
        jdbi.useHandle(h -> {
            try (var entries = h.createQuery("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq")
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
}
