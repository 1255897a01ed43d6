-- The office's own certificate for the room's HTTPS server, which members' devices connect to: made
-- once, the first time a sitting's devices are started, so its fingerprint stays the same from one
-- sitting to the next. The private key stays in the encrypted database.
CREATE TABLE room_certificate (
    id          INT            NOT NULL PRIMARY KEY,
    private_key VARBINARY(512)  NOT NULL,
    certificate VARBINARY(4096) NOT NULL,
    made_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT room_certificate_single CHECK (id = 1)
);
