-- Holds (MOSIP's "on hold"): a case paused at a stage until another enrolment ends, for example a
-- minor's packet waiting for its introducer's. The pipeline writes the row in the transaction that
-- pauses the case and deletes it in the transaction that resumes it, so a row is a pending wake-up
-- and a duplicate completion event finds nothing left to resume.
CREATE TABLE enrolment.case_hold (
    case_id     uuid         PRIMARY KEY REFERENCES enrolment.enrolment_case (id),
    held_rid    varchar(29)  NOT NULL,
    awaited_rid varchar(29)  NOT NULL CHECK (awaited_rid <> held_rid),
    stage       varchar(64)  NOT NULL,
    reason_code varchar(64)  NOT NULL,
    held_at     timestamptz  NOT NULL
);
CREATE INDEX case_hold_by_awaited ON enrolment.case_hold (awaited_rid);

-- A hold and an operator's reprocessing of a parked case are steps of the history too.
ALTER TABLE enrolment.stage_history DROP CONSTRAINT stage_history_outcome_check;
ALTER TABLE enrolment.stage_history ADD CONSTRAINT stage_history_outcome_check
    CHECK (outcome IN ('PASSED', 'REJECTED', 'RETRY', 'REVIEW', 'FAILED', 'HELD', 'REPROCESSED'));
