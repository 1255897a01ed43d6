-- The PostgreSQL twin of h2/V22__central_encryption_keys.sql (BYTEA for VARBINARY; PostgreSQL's own spelling of the same statements).
-- The central office's key pairs for receiving encrypted packages (every one it ever made, so that
-- packages sealed to an earlier key still open), and, at an office, the central office's public keys
-- it registered: packages are encrypted for the newest one not replaced.
CREATE TABLE central_key (
    fingerprint     VARCHAR(64) PRIMARY KEY,
    public_keyset   BYTEA NOT NULL,
    private_keyset  BYTEA NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE central_recipient (
    fingerprint     VARCHAR(64) PRIMARY KEY,
    office_code     VARCHAR(32) NOT NULL,
    office_name     VARCHAR(300) NOT NULL,
    public_keyset   BYTEA NOT NULL,
    registered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by   BIGINT NOT NULL REFERENCES account (id),
    replaced_at     TIMESTAMP WITH TIME ZONE
);
