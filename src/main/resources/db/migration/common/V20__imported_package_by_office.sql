-- At the central office a package is known by its office and its id together: an office that reuses
-- another office's package id no longer makes that office's real package look already imported. The
-- office's name and region kept with an imported campaign are those of the key it was signed with, as
-- the central office registered it, never what the package says of itself.
ALTER TABLE imported_package RENAME TO imported_package_by_id;

CREATE TABLE imported_package (
    package_id      UUID         NOT NULL,
    office_code     VARCHAR(32)  NOT NULL,
    sequence        BIGINT       NOT NULL,
    key_fingerprint CHAR(64)     NOT NULL REFERENCES registered_key (fingerprint),
    format_version  INT          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    audit_head      CHAR(64)     NOT NULL,
    manifest_sha256 CHAR(64)     NOT NULL,
    file_name       VARCHAR(300) NOT NULL,
    campaign_title  VARCHAR(300) NOT NULL,
    candidates      INT          NOT NULL,
    scores          INT          NOT NULL,
    imported_by     BIGINT       NOT NULL REFERENCES account (id),
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (office_code, package_id),
    CONSTRAINT imported_package_in_sequence UNIQUE (office_code, sequence)
);

INSERT INTO imported_package (package_id, office_code, sequence, key_fingerprint, format_version, created_at,
        audit_head, manifest_sha256, file_name, campaign_title, candidates, scores, imported_by, imported_at)
    SELECT package_id, office_code, sequence, key_fingerprint, format_version, created_at, audit_head,
        manifest_sha256, file_name, campaign_title, candidates, scores, imported_by, imported_at
    FROM imported_package_by_id;

ALTER TABLE imported_campaign ADD CONSTRAINT imported_campaign_package
    FOREIGN KEY (office_code, package_id) REFERENCES imported_package (office_code, package_id);

DROP TABLE imported_package_by_id CASCADE;

UPDATE imported_campaign c SET
    office_name = (SELECT k.office_name FROM imported_package p JOIN registered_key k
        ON k.fingerprint = p.key_fingerprint WHERE p.office_code = c.office_code AND p.package_id = c.package_id),
    region = (SELECT k.region FROM imported_package p JOIN registered_key k
        ON k.fingerprint = p.key_fingerprint WHERE p.office_code = c.office_code AND p.package_id = c.package_id);
