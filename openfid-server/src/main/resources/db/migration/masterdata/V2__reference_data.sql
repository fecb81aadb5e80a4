-- Reference data of the country: languages, the location tree, registration centres and what is
-- bound to them (machines, devices, staff), document categories and types, templates and dynamic
-- field lists. Multilingual texts are JSON objects keyed by ISO 639-3 language code.
-- Every table has a version column for optimistic locking (PUT sends the version it read).

CREATE TABLE masterdata.language (
    code         TEXT    PRIMARY KEY CHECK (code ~ '^[a-z]{3}$'),
    name         TEXT    NOT NULL,
    native_name  TEXT    NOT NULL,
    right_to_left BOOLEAN NOT NULL,
    active       BOOLEAN NOT NULL,
    version      BIGINT  NOT NULL
);

CREATE TABLE masterdata.location (
    code        TEXT    PRIMARY KEY,
    level       TEXT    NOT NULL CHECK (level IN ('COUNTRY', 'REGION', 'PROVINCE', 'CITY', 'ZONE', 'POSTAL_CODE')),
    parent_code TEXT    REFERENCES masterdata.location (code),
    names       JSONB   NOT NULL,
    active      BOOLEAN NOT NULL,
    version     BIGINT  NOT NULL,
    CHECK ((level = 'COUNTRY') = (parent_code IS NULL))
);
CREATE INDEX location_parent ON masterdata.location (parent_code);

CREATE TABLE masterdata.centre (
    id            CHAR(5)  PRIMARY KEY CHECK (id ~ '^[0-9]{5}$'),
    names         JSONB    NOT NULL,
    addresses     JSONB    NOT NULL,
    location_code TEXT     NOT NULL REFERENCES masterdata.location (code),
    latitude      DOUBLE PRECISION NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude     DOUBLE PRECISION NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    time_zone     TEXT     NOT NULL,
    working_hours JSONB    NOT NULL,
    holidays      JSONB    NOT NULL,
    active        BOOLEAN  NOT NULL,
    version       BIGINT   NOT NULL
);
CREATE INDEX centre_location ON masterdata.centre (location_code);

CREATE TABLE masterdata.machine (
    id                        CHAR(5) PRIMARY KEY CHECK (id ~ '^[0-9]{5}$'),
    name                      TEXT    NOT NULL,
    serial                    TEXT    NOT NULL,
    centre_id                 CHAR(5) NOT NULL REFERENCES masterdata.centre (id),
    signing_key               TEXT    NOT NULL,
    signing_key_thumbprint    CHAR(64) NOT NULL,
    encryption_key            TEXT    NOT NULL,
    encryption_key_thumbprint CHAR(64) NOT NULL,
    active                    BOOLEAN NOT NULL,
    version                   BIGINT  NOT NULL
);
CREATE INDEX machine_centre ON masterdata.machine (centre_id);
-- Packets name the key that signed them by thumbprint.
CREATE INDEX machine_signing_thumbprint ON masterdata.machine (signing_key_thumbprint);

CREATE TABLE masterdata.device (
    id                 TEXT    PRIMARY KEY,
    make               TEXT    NOT NULL,
    model              TEXT    NOT NULL,
    serial             TEXT    NOT NULL,
    type               TEXT    NOT NULL CHECK (type IN ('FINGER', 'IRIS', 'FACE')),
    provider           TEXT    NOT NULL,
    certificate        TEXT    NOT NULL,
    certificate_expiry TIMESTAMPTZ NOT NULL,
    centre_id          CHAR(5) REFERENCES masterdata.centre (id),
    active             BOOLEAN NOT NULL,
    version            BIGINT  NOT NULL
);
CREATE INDEX device_centre ON masterdata.device (centre_id);

CREATE TABLE masterdata.staff (
    user_id      TEXT    PRIMARY KEY,
    display_name TEXT    NOT NULL,
    roles        JSONB   NOT NULL,
    centre_id    CHAR(5) REFERENCES masterdata.centre (id),
    active       BOOLEAN NOT NULL,
    version      BIGINT  NOT NULL
);
CREATE INDEX staff_centre ON masterdata.staff (centre_id);

CREATE TABLE masterdata.document_category (
    code    TEXT    PRIMARY KEY,
    names   JSONB   NOT NULL,
    active  BOOLEAN NOT NULL,
    version BIGINT  NOT NULL
);

-- categories: JSON array of the category codes this document type proves (the category-type mapping).
CREATE TABLE masterdata.document_type (
    code       TEXT    PRIMARY KEY,
    names      JSONB   NOT NULL,
    categories JSONB   NOT NULL,
    active     BOOLEAN NOT NULL,
    version    BIGINT  NOT NULL
);
CREATE INDEX document_type_categories ON masterdata.document_type USING GIN (categories);

CREATE TABLE masterdata.template (
    key      TEXT    GENERATED ALWAYS AS (code || '.' || language) STORED UNIQUE,
    code     TEXT    NOT NULL,
    language TEXT    NOT NULL REFERENCES masterdata.language (code),
    type     TEXT    NOT NULL,
    subject  TEXT,
    body     TEXT    NOT NULL,
    active   BOOLEAN NOT NULL,
    version  BIGINT  NOT NULL,
    PRIMARY KEY (code, language)
);

-- entries: JSON array of {code, labels: {language: text}}.
CREATE TABLE masterdata.dynamic_field (
    name        TEXT    PRIMARY KEY,
    description TEXT,
    entries     JSONB   NOT NULL,
    active      BOOLEAN NOT NULL,
    version     BIGINT  NOT NULL
);

-- Which country folder was loaded, so a restart does not load it again.
CREATE TABLE masterdata.country (
    name      TEXT        PRIMARY KEY,
    source    TEXT        NOT NULL,
    loaded_at TIMESTAMPTZ NOT NULL
);
