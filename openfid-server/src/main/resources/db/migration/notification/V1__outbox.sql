-- Messages waiting for delivery. Recipient, subject and body are sealed (an OTP is a secret) and the
-- sealed content is erased once the message is SENT or FAILED; the keyed hash names the recipient in
-- the audit without revealing it.
CREATE TABLE notification.message (
    id              UUID PRIMARY KEY,
    channel         TEXT NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
    template_code   TEXT NOT NULL,
    languages       TEXT NOT NULL,
    recipient_hash  TEXT NOT NULL,
    sealed_content  BYTEA,
    state           TEXT NOT NULL CHECK (state IN ('QUEUED', 'SENT', 'FAILED')),
    attempts        INT NOT NULL,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    sent_at         TIMESTAMPTZ
);
CREATE INDEX message_due ON notification.message (next_attempt_at) WHERE state = 'QUEUED';
