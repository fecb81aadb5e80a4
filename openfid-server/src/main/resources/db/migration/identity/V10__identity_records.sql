-- Identity records. Nothing here identifies a person in plaintext: the UIN and handles are stored
-- as keyed HMAC hashes (the key stays in the vault), the identity JSON (which holds the UIN too) is
-- sealed per record version with a data key wrapped by a vault key, and documents and biometrics
-- are sealed files in the blob store, referenced here by opaque key and hash of the stored bytes.

create table identity_record (
    id          uuid        primary key,
    uin_hash    text        not null unique,
    rid         text        not null unique,   -- registration id of the latest change: names an enrolment, not a person
    status      text        not null check (status in ('ACTIVATED', 'BLOCKED', 'DEACTIVATED')),
    version     integer     not null check (version > 0),
    sealed      boolean     not null,          -- false only in the benchmark's comparison run
    data        bytea       not null,          -- sealed identity JSON, AAD = id:version
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);

-- Every version, the current one included, as written (sealed with the same AAD).
create table identity_version (
    identity_id uuid        not null references identity_record (id),
    version     integer     not null,
    rid         text        not null unique,
    sealed      boolean     not null,
    data        bytea       not null,
    created_at  timestamptz not null,
    primary key (identity_id, version)
);

-- Documents and biometric files of each version (a version not changing a file refers to the same blob).
create table identity_blob (
    identity_id  uuid    not null,
    version      integer not null,
    category     text    not null,   -- schema field id, for example proofOfAddress or individualBiometrics
    blob_key     text    not null,   -- opaque random key in the blob store
    content_hash text    not null,   -- hex SHA-256 of the stored (sealed) bytes
    primary key (identity_id, version, category),
    foreign key (identity_id, version) references identity_version (identity_id, version)
);

create table identity_handle (
    handle_hash text primary key,    -- IdentifierHashes.handle(field, value)
    identity_id uuid not null references identity_record (id),
    field       text not null
);
create index identity_handle_identity on identity_handle (identity_id);

-- How many times each field was updated, sealed (the field list says which data changed).
create table identity_update_count (
    identity_id uuid  primary key references identity_record (id),
    counts      bytea not null
);

create table identity_status_change (
    id          bigserial   primary key,
    identity_id uuid        not null references identity_record (id),
    from_status text        not null,
    to_status   text        not null,
    reason      bytea       not null,    -- sealed: free text may name the person
    changed_at  timestamptz not null
);
create index identity_status_change_identity on identity_status_change (identity_id);

create table auth_type_lock (
    identity_id  uuid        not null references identity_record (id),
    auth_type    text        not null,
    locked       boolean     not null,
    locked_until timestamptz,            -- a lock (or unlock) that ends by itself
    changed_at   timestamptz not null,
    primary key (identity_id, auth_type)
);

-- Drafts: an enrolment's record under construction, published atomically.
create table identity_draft (
    rid          text        primary key,
    identity_id  uuid,                   -- set when the draft updates an existing identity
    base_version integer,
    sealed       boolean     not null,
    data         bytea       not null,   -- sealed {identity, documents}; AAD = draft:rid
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
