-- A paper sheet transcribed by the secretary is countersigned by its member with their own password:
-- who confirmed it and when. Empty on a sheet the member typed in themselves, and on a transcription
-- the member has not (or could not) confirm.
ALTER TABLE interview_rater ADD COLUMN countersigned_by BIGINT REFERENCES account (id);
ALTER TABLE interview_rater ADD COLUMN countersigned_at TIMESTAMP WITH TIME ZONE;
