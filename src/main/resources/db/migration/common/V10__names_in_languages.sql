-- Campaign titles, post names and panel members' organisations kept in Kazakh and Russian (English
-- optional), so that a protocol in Kazakh is Kazakh throughout. Each single text is kept in the language
-- it is written in: Kazakh when it has a letter only the Kazakh alphabet has, otherwise Russian; the
-- other language is then asked for on the campaign and panel screens.

ALTER TABLE campaign ADD COLUMN title_kk VARCHAR(400) DEFAULT '' NOT NULL;
ALTER TABLE campaign ADD COLUMN title_ru VARCHAR(400) DEFAULT '' NOT NULL;
ALTER TABLE campaign ADD COLUMN title_en VARCHAR(400) DEFAULT '' NOT NULL;
UPDATE campaign SET title_kk = CASE WHEN REGEXP_LIKE(title, '[әғқңөұүһіӘҒҚҢӨҰҮҺІ]') THEN TRIM(title) ELSE '' END,
                    title_ru = CASE WHEN REGEXP_LIKE(title, '[әғқңөұүһіӘҒҚҢӨҰҮҺІ]') THEN '' ELSE TRIM(title) END;
ALTER TABLE campaign DROP COLUMN title;

-- A post's names are unique within its campaign in each language; the campaign service checks it, as
-- an empty language is shared by many posts.
ALTER TABLE campaign_post DROP CONSTRAINT campaign_post_name;
ALTER TABLE campaign_post ADD COLUMN name_kk VARCHAR(400) DEFAULT '' NOT NULL;
ALTER TABLE campaign_post ADD COLUMN name_ru VARCHAR(400) DEFAULT '' NOT NULL;
ALTER TABLE campaign_post ADD COLUMN name_en VARCHAR(400) DEFAULT '' NOT NULL;
UPDATE campaign_post SET name_kk = CASE WHEN REGEXP_LIKE(name, '[әғқңөұүһіӘҒҚҢӨҰҮҺІ]') THEN TRIM(name) ELSE '' END,
                         name_ru = CASE WHEN REGEXP_LIKE(name, '[әғқңөұүһіӘҒҚҢӨҰҮҺІ]') THEN '' ELSE TRIM(name) END;
ALTER TABLE campaign_post DROP COLUMN name;

ALTER TABLE panel_member ADD COLUMN organisation_kk VARCHAR(400) DEFAULT '' NOT NULL;
ALTER TABLE panel_member ADD COLUMN organisation_ru VARCHAR(400) DEFAULT '' NOT NULL;
ALTER TABLE panel_member ADD COLUMN organisation_en VARCHAR(400) DEFAULT '' NOT NULL;
UPDATE panel_member SET
    organisation_kk = CASE WHEN REGEXP_LIKE(organisation, '[әғқңөұүһіӘҒҚҢӨҰҮҺІ]') THEN TRIM(organisation) ELSE '' END,
    organisation_ru = CASE WHEN REGEXP_LIKE(organisation, '[әғқңөұүһіӘҒҚҢӨҰҮҺІ]') THEN '' ELSE TRIM(organisation) END;
ALTER TABLE panel_member DROP COLUMN organisation;
