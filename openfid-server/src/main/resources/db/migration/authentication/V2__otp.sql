-- One-time passwords: only a keyed hash of each OTP is kept, bound to the person (keyed hash), the
-- partner, the transaction and the id type it was requested with.
CREATE TABLE authentication.otp_transaction (
    id              UUID PRIMARY KEY,
    individual_hash TEXT NOT NULL,
    partner_id      TEXT NOT NULL,
    transaction_id  TEXT NOT NULL,
    id_type         TEXT NOT NULL,
    otp_hash        TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('ACTIVE', 'USED', 'REPLACED')),
    created_at      TIMESTAMPTZ NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX otp_transaction_individual ON authentication.otp_transaction (individual_hash, created_at DESC);

-- wrong OTPs in a row per person, and the freeze they lead to
CREATE TABLE authentication.otp_guard (
    individual_hash TEXT PRIMARY KEY,
    failed_attempts INT NOT NULL,
    frozen_until    TIMESTAMPTZ
);
