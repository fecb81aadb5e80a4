-- Pipeline progress on the case itself (status is a column, so it is a query): the next stage of
-- the case's flow, its attempt, when it may run again, and the identity it ended with. Workers claim
-- runnable cases with FOR UPDATE SKIP LOCKED, so any process can take any step.
ALTER TABLE enrolment.enrolment_case
    ADD COLUMN next_stage      varchar(64),
    ADD COLUMN attempt         integer     NOT NULL DEFAULT 1 CHECK (attempt > 0),
    ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN identity_id     uuid,
    ADD COLUMN outcome_code    varchar(64);

CREATE INDEX enrolment_case_runnable ON enrolment.enrolment_case (next_attempt_at)
    WHERE status IN ('RECEIVED', 'PROCESSING');

-- A stage's reason in words (fixed texts, never values from the packet).
ALTER TABLE enrolment.stage_history ADD COLUMN reason varchar(512);

-- What the stage cost on its worker thread (CPU time, and wall time): the benchmark's split by stage.
ALTER TABLE enrolment.stage_history
    ADD COLUMN cpu_micros  bigint,
    ADD COLUMN wall_micros bigint;
