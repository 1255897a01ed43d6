package kz.suhbat.audit;

/** The newest seal of an entity's records and the sequence number of the audit entry that wrote it. */
public record RecordSeal(String entityType, String entityId, long seq, String seal) {
}
