package kz.suhbat.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Appends to the audit trail. Called by services inside the transaction of the change it records, so
 * the change and its entry are stored together or not at all. Values are recorded as JSON. Every entry
 * is sealed with the audit key; an entry about an entity whose records are sealed (an interview) also
 * carries the seal of those records as the change left them, which becomes the entity's newest seal.
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
    private final AuditKey key;
    private final SealedRecords records;
    private final Runnable appended;

    /**
     * {@code appended} is told of every entry appended (inside its transaction), so the trail's anchor
     * can follow once it commits.
     */
    public AuditTrail(AuditRepository repository, Clock clock, AuditKey key, SealedRecords records,
                      Runnable appended) {
        this.repository = repository;
        this.clock = clock;
        this.key = key;
        this.records = records;
        this.appended = appended;
    }

    /**
     * Records that {@code actor} (null for the system) did {@code action} to an entity, from
     * {@code before} to {@code after} (either null).
     */
    public AuditEntry record(Actor actor, AuditAction action, String entityType, Object entityId, Object before,
                             Object after) {
        AuditEntry previous = repository.last().orElse(null);
        long seq = previous == null ? 1 : previous.seq() + 1;
        String id = String.valueOf(entityId);
        String recordSeal = records.entityType().equals(entityType)
                ? AuditChain.recordSeal(key, entityType, id, records.digests(id)) : null;
        AuditEntry entry = AuditChain.seal(key, seq, clock.instant(), actor == null ? null : actor.id(),
                actor == null ? SYSTEM : actor.login(), action.code(), entityType, id, json(before), json(after),
                recordSeal, previous == null ? AuditChain.GENESIS : previous.hash());
        repository.append(entry);
        if (recordSeal != null) {
            repository.saveSeal(new RecordSeal(entityType, id, seq, recordSeal));
        }
        appended.run();
        return entry;
    }

    /**
     * Records what the check at start found at the trail's end (a cut, or a missing anchor), so that the
     * finding stays on record once the anchor has moved to the trail as it now is.
     */
    public AuditEntry recordAlarm(TrailReport report) {
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("anchorMissing", report.anchorMissing());
        report.cut().ifPresent(cut -> {
            found.put("anchoredLength", cut.anchored());
            found.put("foundLength", cut.found());
        });
        return record(null, AuditAction.TRAIL_ALARM, "trail", "anchor", null, found);
    }

    /** How many entries the trail holds: the sequence number of the newest. */
    public long length() {
        return repository.last().map(AuditEntry::seq).orElse(0L);
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
