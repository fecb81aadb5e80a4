-- One row per request to the authentication API (auth, e-KYC, OTP request, internal auth): who asked
-- (partner), for whom (a keyed hash of the identity, never a UIN or VID), which types, the outcome
-- and MOSIP's error codes. It is the person's authentication history and the replay guard.

CREATE TABLE authentication.auth_transaction (
    id              UUID PRIMARY KEY,
    request_kind    TEXT NOT NULL CHECK (request_kind IN ('AUTH', 'KYC', 'OTP', 'INTERNAL_AUTH', 'INTERNAL_OTP')),
    partner_id      TEXT NOT NULL,
    transaction_id  TEXT NOT NULL,
    request_time    TIMESTAMPTZ NOT NULL,
    response_time   TIMESTAMPTZ NOT NULL,
    individual_hash TEXT,
    id_type         TEXT,
    auth_types      TEXT[] NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('PENDING', 'SUCCESS', 'FAILURE')),
    error_codes     TEXT[] NOT NULL,
    token           TEXT,
    -- only requests whose signature and encryption checked out claim their transaction id: a
    -- replay of one of them is refused, while a forged copy cannot block the real request
    replay_guard    BOOLEAN NOT NULL
);

CREATE UNIQUE INDEX auth_transaction_replay
    ON authentication.auth_transaction (partner_id, request_kind, transaction_id, request_time)
    WHERE replay_guard;
CREATE INDEX auth_transaction_individual
    ON authentication.auth_transaction (individual_hash, response_time DESC)
    WHERE individual_hash IS NOT NULL;
