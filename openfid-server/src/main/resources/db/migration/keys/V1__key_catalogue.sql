-- Key catalogue of the keys module. Private and secret keys stay in the vault; this schema only
-- knows which vault alias serves which purpose, and the public certificates.

create table key_version (
    application text        not null,
    reference   text        not null,
    version     integer     not null check (version > 0),
    alias       text        not null unique,
    kind        text        not null,
    key_id      text        not null unique,   -- base64url SHA-256 of the certificate (JWS kid)
    thumbprint  bytea       not null unique,   -- raw SHA-256 of the certificate (envelope prefix)
    certificate bytea       not null,          -- DER
    not_before  timestamptz not null,
    not_after   timestamptz not null,
    created_at  timestamptz not null default now(),
    primary key (application, reference, version),
    check (not_after > not_before)
);

create table secret_key (
    application text        not null,
    reference   text        not null,
    alias       text        not null unique,
    created_at  timestamptz not null default now(),
    primary key (application, reference)
);

create table trusted_certificate (
    id                 text        primary key,   -- hex SHA-256 of the DER certificate
    kind               text        not null check (kind in ('CA', 'PARTNER')),
    domain             text        not null,
    partner_id         text,
    subject            text        not null,
    issuer             text        not null,
    not_before         timestamptz not null,
    not_after          timestamptz not null,
    certificate        text        not null,
    signed_certificate text,
    created_at         timestamptz not null default now(),
    check ((kind = 'PARTNER') = (partner_id is not null))
);

create index trusted_certificate_domain on trusted_certificate (domain, kind);
create index trusted_certificate_partner on trusted_certificate (partner_id) where partner_id is not null;
