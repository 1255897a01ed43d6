-- The protocol as an official document: the issuing body's full name and its city in Kazakh, Russian
-- and English, an optional letterhead image, the legal basis cited per campaign type, the times a
-- sitting was opened and closed, and the protocols' register numbers.

ALTER TABLE office ADD COLUMN name_kk VARCHAR(300) DEFAULT '' NOT NULL;
ALTER TABLE office ADD COLUMN name_ru VARCHAR(300) DEFAULT '' NOT NULL;
ALTER TABLE office ADD COLUMN name_en VARCHAR(300) DEFAULT '' NOT NULL;
ALTER TABLE office ADD COLUMN city_kk VARCHAR(100) DEFAULT '' NOT NULL;
ALTER TABLE office ADD COLUMN city_ru VARCHAR(100) DEFAULT '' NOT NULL;
ALTER TABLE office ADD COLUMN city_en VARCHAR(100) DEFAULT '' NOT NULL;

-- The single name is kept in the language it is written in: Kazakh when it has a letter only the
-- Kazakh alphabet has, otherwise Russian. The other language is then asked for on the office screen.
UPDATE office SET name_kk = CASE WHEN REGEXP_LIKE(name, '[әғқңөұүһіӘҒҚҢӨҰҮҺІ]') THEN name ELSE '' END,
                  name_ru = CASE WHEN REGEXP_LIKE(name, '[әғқңөұүһіӘҒҚҢӨҰҮҺІ]') THEN '' ELSE name END;

ALTER TABLE office DROP COLUMN name;

-- A PNG or JPEG printed at the head of every protocol (one row, like the office).
CREATE TABLE office_letterhead (
    id         INT          NOT NULL PRIMARY KEY,
    media_type VARCHAR(16)  NOT NULL,
    image      VARBINARY(524288) NOT NULL,
    CONSTRAINT office_letterhead_single CHECK (id = 1),
    CONSTRAINT office_letterhead_type CHECK (media_type IN ('image/png', 'image/jpeg'))
);

-- The norm a commission cites for a type of campaign; an empty language prints the built-in text.
CREATE TABLE office_legal_basis (
    campaign_type VARCHAR(16)   NOT NULL PRIMARY KEY,
    text_kk       VARCHAR(2000) NOT NULL,
    text_ru       VARCHAR(2000) NOT NULL,
    text_en       VARCHAR(2000) NOT NULL
);

ALTER TABLE sitting ADD COLUMN opened_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sitting ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;

-- A protocol's number in the office's register of the year. A number once given is never given again:
-- the row stays when its sitting is deleted (the sitting is then forgotten, the number still taken).
CREATE TABLE protocol_number (
    register_year INT         NOT NULL,
    number        INT         NOT NULL,
    sitting_id    BIGINT      REFERENCES sitting (id) ON DELETE SET NULL,
    office_code   VARCHAR(32) NOT NULL,
    assigned_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (register_year, number),
    CONSTRAINT protocol_number_sitting UNIQUE (sitting_id),
    CONSTRAINT protocol_number_positive CHECK (number >= 1)
);
