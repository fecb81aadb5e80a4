-- Sync records (MOSIP's registration_list): what a machine announced before uploading. The sync's
-- name, e-mail and phone are kept only as keyed hashes (for a later lost-RID search), the
-- supervisor's free-text comment only sealed.
CREATE TABLE enrolment.sync_record (
    rid                    varchar(29)  PRIMARY KEY,
    packet_id              varchar(64)  NOT NULL UNIQUE,
    additional_info_req_id varchar(64),
    registration_type      varchar(32)  NOT NULL,
    packet_hash            varchar(64)  NOT NULL CHECK (packet_hash ~ '^[0-9a-f]{64}$'),
    packet_size            bigint       NOT NULL CHECK (packet_size > 0),
    supervisor_status      varchar(16)  NOT NULL CHECK (supervisor_status IN ('APPROVED', 'REJECTED')),
    supervisor_comment     bytea,
    lang_code              varchar(3)   NOT NULL,
    centre_id              varchar(5)   NOT NULL,
    machine_id             varchar(5)   NOT NULL,
    name_hash              varchar(64),
    email_hash             varchar(64),
    phone_hash             varchar(64),
    synced_at              timestamptz  NOT NULL,
    updated_at             timestamptz  NOT NULL
);

-- Enrolment cases: one per received packet (MOSIP's registration table, keyed by RID).
CREATE TABLE enrolment.enrolment_case (
    id           uuid         PRIMARY KEY,
    rid          varchar(29)  NOT NULL UNIQUE REFERENCES enrolment.sync_record (rid),
    process      varchar(32)  NOT NULL,
    status       varchar(16)  NOT NULL
        CHECK (status IN ('RECEIVED', 'PROCESSING', 'PAUSED', 'FAILED', 'PROCESSED', 'REJECTED')),
    packet_key   varchar(128) NOT NULL,
    packet_hash  varchar(64)  NOT NULL,
    packet_size  bigint       NOT NULL,
    stored_hash  varchar(64)  NOT NULL,
    sealed       boolean      NOT NULL,
    received_at  timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL
);
CREATE INDEX enrolment_case_by_status ON enrolment.enrolment_case (status, updated_at);

-- What each stage did to a case (MOSIP's registration_transaction), appended by the pipeline.
CREATE TABLE enrolment.stage_history (
    id          bigserial    PRIMARY KEY,
    case_id     uuid         NOT NULL REFERENCES enrolment.enrolment_case (id),
    stage       varchar(64)  NOT NULL,
    outcome     varchar(16)  NOT NULL CHECK (outcome IN ('PASSED', 'REJECTED', 'RETRY', 'REVIEW', 'FAILED')),
    reason_code varchar(64),
    attempt     integer      NOT NULL DEFAULT 1 CHECK (attempt > 0),
    occurred_at timestamptz  NOT NULL
);
CREATE INDEX stage_history_by_case ON enrolment.stage_history (case_id, id);
