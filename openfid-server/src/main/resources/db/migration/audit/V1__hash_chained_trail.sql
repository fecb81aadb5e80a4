-- The audit trail: an append-only, hash-chained list of ActionTaken facts, and signed seals of its head.
-- See docs/adr/0003-audit-hash-chain.md for the design and AuditEntry for the canonical hash encoding.

CREATE TABLE audit.entry (
    seq         BIGINT      PRIMARY KEY CHECK (seq > 0),
    event_id    UUID        NOT NULL UNIQUE,
    occurred_at TIMESTAMPTZ NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    module      TEXT        NOT NULL,
    action      TEXT        NOT NULL,
    actor       TEXT        NOT NULL,
    partner     TEXT,
    target_hash TEXT,
    outcome     TEXT        NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE')),
    detail      TEXT,
    request_id  TEXT        NOT NULL,
    prev_hash   CHAR(64)    NOT NULL,
    hash        CHAR(64)    NOT NULL
);

-- The newest link of the chain. Every append locks this one row (SELECT ... FOR UPDATE) in the same
-- transaction as its insert, so appends are serialised and the chain cannot fork.
CREATE TABLE audit.chain_head (
    id   SMALLINT PRIMARY KEY CHECK (id = 1),
    seq  BIGINT   NOT NULL,
    hash CHAR(64) NOT NULL
);
INSERT INTO audit.chain_head (id, seq, hash) VALUES (1, 0, repeat('0', 64));

-- A signed statement "the chain's entry <seq> has hash <hash>", made with the AUDIT/CHAIN_SEAL key.
CREATE TABLE audit.seal (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    seq       BIGINT      NOT NULL UNIQUE CHECK (seq > 0),
    hash      CHAR(64)    NOT NULL,
    sealed_at TIMESTAMPTZ NOT NULL,
    key_id    TEXT        NOT NULL,
    jws       TEXT        NOT NULL
);

-- Append-only is the database's rule, not only the application's: rows can be added, never changed,
-- removed or truncated. (A superuser can still disable the trigger; the hash chain and the seals are
-- what detect that.)
CREATE FUNCTION audit.reject_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit.% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER entry_append_only
    BEFORE UPDATE OR DELETE ON audit.entry
    FOR EACH ROW EXECUTE FUNCTION audit.reject_change();
CREATE TRIGGER entry_no_truncate
    BEFORE TRUNCATE ON audit.entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit.reject_change();
CREATE TRIGGER seal_append_only
    BEFORE UPDATE OR DELETE ON audit.seal
    FOR EACH ROW EXECUTE FUNCTION audit.reject_change();
CREATE TRIGGER seal_no_truncate
    BEFORE TRUNCATE ON audit.seal
    FOR EACH STATEMENT EXECUTE FUNCTION audit.reject_change();
