-- Separation of duties in the deliberation. A panel may name one of its members deputy chair, who takes
-- the chair's part when the chair is absent or recused. A vote is confirmed by its member's password, or
-- transcribed by the secretary from the member's signed paper vote sheet (marked so). An agreed level is
-- allowed for a divergent competency, or for one the chair opened for discussion.
ALTER TABLE panel_member ADD COLUMN deputy BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE interview_vote ADD COLUMN transcribed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE competency_outcome ADD COLUMN opened BOOLEAN DEFAULT FALSE NOT NULL;
