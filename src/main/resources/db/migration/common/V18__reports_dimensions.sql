-- What reports group by beyond region, office, type and period: whether a campaign's posts are in a
-- central state body or a local executive body, and, at the central office, each imported campaign's
-- body and each imported candidate's post group and corps (those of the position profile of their
-- post). Campaigns stored before this are the local bodies' campaigns regional offices have run; the
-- secretary corrects any that was not. Packages sent before this carry neither, and stay ungrouped
-- (null) there.
ALTER TABLE campaign ADD COLUMN body VARCHAR(16) DEFAULT 'LOCAL' NOT NULL;
ALTER TABLE campaign ADD CONSTRAINT campaign_body CHECK (body IN ('CENTRAL', 'LOCAL'));
ALTER TABLE imported_campaign ADD COLUMN body VARCHAR(16);
ALTER TABLE imported_candidate ADD COLUMN post_group VARCHAR(16);
ALTER TABLE imported_candidate ADD COLUMN corps VARCHAR(1);

-- How far apart the members' levels on each imported result were (highest minus lowest): the
-- deliberation report counts the competencies a panel had to discuss without reading every score.
ALTER TABLE imported_result ADD COLUMN spread INT;
UPDATE imported_result r SET spread = (SELECT MAX(s.level) - MIN(s.level) FROM imported_score s
    WHERE s.campaign_ref = r.campaign_ref AND s.candidate_id = r.candidate_id
      AND s.competency_code = r.competency_code);
