-- On a central office's PostgreSQL server the keyring (each account's credential: what checks its
-- password and unwraps the office's key) is kept in the database, where every workstation reads it. A
-- laptop keeps its keyring in keyring.json beside the database file and leaves this table empty.
CREATE TABLE keyring_document (
    id       INT             NOT NULL PRIMARY KEY,
    document VARCHAR(1048576) NOT NULL,
    CONSTRAINT keyring_document_single CHECK (id = 1)
);
