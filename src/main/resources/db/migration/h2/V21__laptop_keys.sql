-- The office's signing key is kept encrypted under a key only administrators' passwords open; the
-- plain private half is moved there (and cleared) at the first administrator's sign-in.
ALTER TABLE office_signing_key ALTER COLUMN private_key SET NULL;
ALTER TABLE office_signing_key ADD COLUMN sealed_private_key VARBINARY(1024);

-- The key that seals the audit trail, taken from the database key the trail began with: the database
-- key itself changes when an account leaves, the trail's seals do not.
CREATE TABLE audit_key (
    id   INT          NOT NULL PRIMARY KEY,
    seed VARBINARY(64) NOT NULL,
    CONSTRAINT audit_key_single CHECK (id = 1)
);

-- The database keys replaced by each renewal, kept under the current key: a backup made before a
-- renewal still opens with its own key, and this office can restore it.
CREATE TABLE earlier_database_key (
    replaced_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    database_key VARBINARY(64) NOT NULL
);
