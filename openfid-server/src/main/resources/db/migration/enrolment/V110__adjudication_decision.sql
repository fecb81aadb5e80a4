-- The adjudicator's optional comment on a decision, sealed at rest (keys.DataSeals, purpose
-- REGISTRATION_PROCESSOR/ADJUDICATION_COMMENT, AAD bound to the case): it may name the applicant.
ALTER TABLE enrolment.adjudication ADD COLUMN comment_sealed bytea;

-- Adjudicators find a review by its RID (one case per RID, so one review per RID).
CREATE UNIQUE INDEX adjudication_rid ON enrolment.adjudication (rid);

-- Queue order: open reviews oldest first, with a stable tie-break for paging.
DROP INDEX enrolment.adjudication_open;
CREATE INDEX adjudication_open ON enrolment.adjudication (opened_at, case_id) WHERE verdict IS NULL;
