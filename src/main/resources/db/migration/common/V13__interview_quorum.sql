-- The quorum an interview needs is fixed when it starts (from the voting members then on the panel): a
-- member added to the panel later does not hold its decision back. Interviews started before keep the
-- campaign's quorum of today (NULL).
ALTER TABLE interview ADD COLUMN quorum_required INT;
