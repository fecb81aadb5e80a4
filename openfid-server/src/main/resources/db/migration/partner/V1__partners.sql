-- Partners (relying parties, device providers, MISPs, ...), their policies, API keys and licence keys.
-- API and licence keys are stored only as keyed hashes: the values are shown once, at creation.

CREATE TABLE partner.policy_group (
    id          UUID PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('ACTIVE', 'DEACTIVATED')),
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE partner.partner (
    id                     TEXT PRIMARY KEY,
    name                   TEXT NOT NULL,
    organisation           TEXT NOT NULL,
    partner_type           TEXT NOT NULL,
    contact_email          TEXT NOT NULL,
    status                 TEXT NOT NULL CHECK (status IN ('ACTIVE', 'DEACTIVATED')),
    policy_group_id        UUID REFERENCES partner.policy_group (id),
    certificate_pem        TEXT,
    certificate_thumbprint TEXT,
    created_at             TIMESTAMPTZ NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL
);

CREATE TABLE partner.policy (
    id          UUID PRIMARY KEY,
    group_id    UUID NOT NULL REFERENCES partner.policy_group (id),
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL,
    policy_type TEXT NOT NULL CHECK (policy_type IN ('AUTH', 'DATA_SHARE')),
    status      TEXT NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'DEACTIVATED')),
    version     INT NOT NULL,
    valid_until TIMESTAMPTZ,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

-- every version of a policy document is kept: what a partner was allowed at a given time stays known
CREATE TABLE partner.policy_version (
    policy_id  UUID NOT NULL REFERENCES partner.policy (id),
    version    INT NOT NULL,
    document   JSONB NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (policy_id, version)
);

CREATE TABLE partner.policy_mapping (
    id          UUID PRIMARY KEY,
    partner_id  TEXT NOT NULL REFERENCES partner.partner (id),
    policy_id   UUID NOT NULL REFERENCES partner.policy (id),
    status      TEXT NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'REJECTED')),
    use_case    TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    decided_at  TIMESTAMPTZ,
    UNIQUE (partner_id, policy_id)
);

CREATE TABLE partner.api_key (
    key_hash   TEXT PRIMARY KEY,
    partner_id TEXT NOT NULL REFERENCES partner.partner (id),
    policy_id  UUID NOT NULL REFERENCES partner.policy (id),
    label      TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('ACTIVE', 'DEACTIVATED')),
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    UNIQUE (partner_id, label)
);

CREATE TABLE partner.misp_licence (
    key_hash   TEXT PRIMARY KEY,
    misp_id    TEXT NOT NULL REFERENCES partner.partner (id),
    status     TEXT NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX misp_licence_misp ON partner.misp_licence (misp_id);
