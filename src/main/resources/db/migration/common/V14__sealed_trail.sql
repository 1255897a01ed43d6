-- The audit trail is sealed with a key derived from the database key (see AuditKey): each entry's hash
-- gets a keyed seal (mac), and an entry about an interview carries the keyed digest of the interview's
-- records as the change left them (seal): its raters, every score, notes, agreed levels, votes and
-- decision. Entries written before this version are sealed when the database is first opened with its
-- key, after their hash chain has been checked.
ALTER TABLE audit_entry ADD COLUMN seal CHAR(64);
ALTER TABLE audit_entry ADD COLUMN mac CHAR(64);

-- The newest seal of each sealed entity and the entry that wrote it: what the records must match now.
CREATE TABLE record_seal (
    entity_type VARCHAR(32) NOT NULL,
    entity_id   VARCHAR(64) NOT NULL,
    seq         BIGINT      NOT NULL,
    seal        CHAR(64)    NOT NULL,
    PRIMARY KEY (entity_type, entity_id)
);
