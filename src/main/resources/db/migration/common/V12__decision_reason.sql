-- A decision that goes against the threshold (recommended below it, or not recommended at or above it)
-- is finalised only with the panel's written reason, which the protocol prints.
ALTER TABLE interview ADD COLUMN decision_reason VARCHAR(2000) DEFAULT '' NOT NULL;
