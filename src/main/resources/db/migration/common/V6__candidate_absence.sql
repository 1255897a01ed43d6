-- A candidate who did not appear at a sitting (неявка / келмеді): recorded on their slot, no interview.
ALTER TABLE sitting_slot ADD COLUMN absent BOOLEAN DEFAULT FALSE NOT NULL;

-- The same mark as the central office receives it in an office's package.
ALTER TABLE imported_candidate ADD COLUMN absent BOOLEAN DEFAULT FALSE NOT NULL;
