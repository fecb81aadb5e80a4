-- VIDs, by keyed hash only: the digits are shown once at creation and never stored; the identity is
-- referenced by its internal id, not by its UIN.
CREATE TABLE identity.vid (
    id                uuid        PRIMARY KEY,
    vid_hash          varchar(64) NOT NULL UNIQUE,
    masked            varchar(32) NOT NULL,
    identity_id       uuid        NOT NULL,
    vid_type          varchar(32) NOT NULL,
    status            varchar(16) NOT NULL
        CHECK (status IN ('ACTIVE', 'REVOKED', 'EXPIRED', 'USED', 'INVALIDATED', 'DEACTIVATED')),
    generated_at      timestamptz NOT NULL,
    expires_at        timestamptz,
    transactions_left integer CHECK (transactions_left >= 0),
    updated_at        timestamptz NOT NULL
);
CREATE INDEX vid_by_identity ON identity.vid (identity_id, vid_type, status);
