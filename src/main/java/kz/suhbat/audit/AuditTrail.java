package kz.suhbat.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Clock;
import kz.suhbat.security.Account;

/**
 * Appends to the audit trail. Called by services inside the transaction of the change it records, so
 * the change and its entry are stored together or not at all. Values are recorded as JSON.
 */
public final class AuditTrail {

    /** The actor of built-in data written when the office is set up. */
    public static final String SYSTEM = "system";

    /** Dates and times are written as ISO text ("2027-03-14", "10:45"). */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .registerModule(new com.fasterxml.jackson.databind.module.SimpleModule("suhbat-time")
                    .addSerializer(java.time.LocalDate.class,
                            new com.fasterxml.jackson.databind.ser.std.ToStringSerializer(java.time.LocalDate.class))
                    .addSerializer(java.time.LocalTime.class,
                            new com.fasterxml.jackson.databind.ser.std.ToStringSerializer(java.time.LocalTime.class))
                    .addSerializer(java.time.Instant.class,
                            new com.fasterxml.jackson.databind.ser.std.ToStringSerializer(java.time.Instant.class)));

    private final AuditRepository repository;
    private final Clock clock;

    public AuditTrail(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Records that {@code actor} (null for the system) did {@code action} to an entity, from
     * {@code before} to {@code after} (either null).
     */
    public AuditEntry record(Account actor, AuditAction action, String entityType, Object entityId, Object before,
                             Object after) {
        AuditEntry previous = repository.last().orElse(null);
        AuditEntry entry = AuditChain.seal(previous == null ? 1 : previous.seq() + 1, clock.instant(),
                actor == null ? null : actor.id(), actor == null ? SYSTEM : actor.login(), action.code(), entityType,
                String.valueOf(entityId), json(before), json(after),
                previous == null ? AuditChain.GENESIS : previous.hash());
        repository.append(entry);
        return entry;
    }

    /** The hash of the newest entry: the head that every earlier entry leads up to. */
    public String head() {
        return repository.last().map(AuditEntry::hash).orElse(AuditChain.GENESIS);
    }

    private static String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot record " + value.getClass().getSimpleName(), e);
        }
    }
}
