-- The reports' sums, kept beside the rows they sum: for each imported campaign, its candidates counted by
-- post group, year, decision and whether they reached the threshold, and its results counted and summed by
-- post group, year, competency, spread and whether the panel agreed the level. A report then reads a few
-- thousand rows whatever the number of scores (two million at the central office of a national
-- attestation), where summing the candidates' rows took seconds in a small heap. Each import writes a
-- campaign's sums with its rows; a newer package of the campaign deletes both.

CREATE TABLE imported_tally (
    campaign_ref BIGINT      NOT NULL REFERENCES imported_campaign (id) ON DELETE CASCADE,
    post_group   VARCHAR(16),
    corps        VARCHAR(1),
    sitting_year INT         NOT NULL,
    decision     VARCHAR(24),
    reached      BOOLEAN     NOT NULL,
    candidates   BIGINT      NOT NULL
);

CREATE TABLE imported_result_tally (
    campaign_ref    BIGINT         NOT NULL REFERENCES imported_campaign (id) ON DELETE CASCADE,
    post_group      VARCHAR(16),
    corps           VARCHAR(1),
    sitting_year    INT            NOT NULL,
    competency_code VARCHAR(64)    NOT NULL,
    spread          INT,
    agreed          BOOLEAN        NOT NULL,
    results         BIGINT         NOT NULL,
    sum_result      DECIMAL(20, 2) NOT NULL,
    sum_squares     DECIMAL(24, 4) NOT NULL
);

INSERT INTO imported_tally (campaign_ref, post_group, corps, sitting_year, decision, reached, candidates)
SELECT d.campaign_ref, d.post_group, d.corps, EXTRACT(YEAR FROM COALESCE(d.sitting_date, c.opens)), d.decision,
       COALESCE(d.reached, FALSE), COUNT(*)
FROM imported_candidate d JOIN imported_campaign c ON c.id = d.campaign_ref
GROUP BY d.campaign_ref, d.post_group, d.corps, EXTRACT(YEAR FROM COALESCE(d.sitting_date, c.opens)), d.decision,
         COALESCE(d.reached, FALSE);

INSERT INTO imported_result_tally (campaign_ref, post_group, corps, sitting_year, competency_code, spread, agreed, results,
                                   sum_result, sum_squares)
SELECT d.campaign_ref, d.post_group, d.corps, EXTRACT(YEAR FROM COALESCE(d.sitting_date, c.opens)), r.competency_code,
       r.spread, r.agreed_level IS NOT NULL, COUNT(*), SUM(r.result), SUM(r.result * r.result)
FROM imported_result r
JOIN imported_candidate d ON d.campaign_ref = r.campaign_ref AND d.source_id = r.candidate_id
JOIN imported_campaign c ON c.id = d.campaign_ref
GROUP BY d.campaign_ref, d.post_group, d.corps, EXTRACT(YEAR FROM COALESCE(d.sitting_date, c.opens)),
         r.competency_code, r.spread, r.agreed_level IS NOT NULL;
