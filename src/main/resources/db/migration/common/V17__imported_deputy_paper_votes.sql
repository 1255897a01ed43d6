-- The central office keeps, as packages now carry them, which member of an office's panel was its deputy
-- chair, which votes were typed in from a signed paper vote sheet, and which transcribed score sheets
-- their members confirmed with their own password.
ALTER TABLE imported_member ADD COLUMN deputy BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE imported_vote ADD COLUMN transcribed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE imported_score ADD COLUMN confirmed BOOLEAN DEFAULT FALSE NOT NULL;
