-- The embedded ABIS gallery. One row per inserted reference id (MOSIP's biometric reference id, not a
-- UIN or RID) and one row per usable finger. Templates are sealed (AES-256-GCM under a vault key,
-- bound by AAD to reference id and finger), so the database never holds a template in clear.
CREATE TABLE biometrics.gallery_record (
    reference_id  varchar(64) PRIMARY KEY CHECK (reference_id ~ '^[A-Za-z0-9_-]{1,64}$'),
    -- SHA-256 (hex) of the inserted samples: a retried insert with the same samples is a no-op,
    -- one with other samples is refused (REFERENCE_ID_EXISTS).
    sample_digest char(64)    NOT NULL,
    finger_count  smallint    NOT NULL CHECK (finger_count BETWEEN 1 AND 100),
    inserted_at   timestamptz NOT NULL
);

CREATE TABLE biometrics.gallery_finger (
    reference_id    varchar(64) NOT NULL REFERENCES biometrics.gallery_record ON DELETE CASCADE,
    finger_index    smallint    NOT NULL CHECK (finger_index >= 0),
    position        varchar(16) NOT NULL,
    template_format varchar(32) NOT NULL,
    sealed_template bytea       NOT NULL,
    PRIMARY KEY (reference_id, finger_index)
);
