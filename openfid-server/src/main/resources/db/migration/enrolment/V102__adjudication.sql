-- Manual adjudication: a case whose biometrics (or demographics) matched earlier registrations waits
-- here for an adjudicator's verdict; the stage that opened it reads the verdict when the case resumes.
CREATE TABLE enrolment.adjudication (
    case_id     uuid        PRIMARY KEY REFERENCES enrolment.enrolment_case (id),
    rid         varchar(29) NOT NULL,
    reason_code varchar(64) NOT NULL,
    opened_at   timestamptz NOT NULL,
    verdict     varchar(16) CHECK (verdict IN ('DUPLICATE', 'NOT_DUPLICATE')),
    decided_by  varchar(64),
    decided_at  timestamptz,
    CHECK ((verdict IS NULL) = (decided_at IS NULL))
);
CREATE INDEX adjudication_open ON enrolment.adjudication (opened_at) WHERE verdict IS NULL;

-- The earlier records a case may duplicate, with the matcher's scores (no biometric data): the ABIS
-- reference id, and the registration and identity behind it when the record came from an enrolment
-- (records loaded into the ABIS otherwise, e.g. migrated galleries, have neither).
CREATE TABLE enrolment.adjudication_match (
    case_id      uuid             NOT NULL REFERENCES enrolment.adjudication (case_id),
    reference_id varchar(64)      NOT NULL,
    matched_rid  varchar(29),
    identity_id  uuid,
    score        double precision NOT NULL,
    scores       jsonb            NOT NULL DEFAULT '{}',
    PRIMARY KEY (case_id, reference_id)
);
