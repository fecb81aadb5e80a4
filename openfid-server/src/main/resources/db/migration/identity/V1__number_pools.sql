-- Pools of pre-generated UINs and VIDs that nobody holds yet. A number leaves the pool in the same
-- transaction that records it as issued, so the pool never holds an issued number.
CREATE TABLE identity.number_pool (
    kind     varchar(3)  NOT NULL CHECK (kind IN ('UIN', 'VID')),
    number   varchar(32) NOT NULL CHECK (number ~ '^[0-9]+$'),
    added_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, number)
);

-- Every UIN and VID ever issued, known only by its keyed hash (HMAC with a vault key): no issued
-- number is stored in plaintext. The primary key is what makes double issuance impossible, across
-- nodes, crashes and concurrent requests. ISSUED = handed out by the idgenerator endpoint and not yet
-- acknowledged; ASSIGNED = bound to an identity (or acknowledged).
CREATE TABLE identity.issued_number (
    kind        varchar(3)  NOT NULL CHECK (kind IN ('UIN', 'VID')),
    number_hash varchar(64) NOT NULL,
    status      varchar(8)  NOT NULL CHECK (status IN ('ISSUED', 'ASSIGNED')),
    issued_at   timestamptz NOT NULL,
    PRIMARY KEY (kind, number_hash)
);

-- The rolling RID sequence of each registration machine at its centre.
CREATE TABLE identity.rid_sequence (
    centre_id  char(5) NOT NULL,
    machine_id char(5) NOT NULL,
    last_value integer NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (centre_id, machine_id)
);
