-- The PostgreSQL twin of h2/V24__room_certificate.sql (BYTEA for VARBINARY; PostgreSQL's own spelling of the same statements).
-- The office's own certificate for the room's HTTPS server, which members' devices connect to: made
-- once, the first time a sitting's devices are started, so its fingerprint stays the same from one
-- sitting to the next. The private key stays in the encrypted database.
CREATE TABLE room_certificate (
    id          INT            NOT NULL PRIMARY KEY,
    private_key BYTEA  NOT NULL,
    certificate BYTEA NOT NULL,
    made_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT room_certificate_single CHECK (id = 1)
);
