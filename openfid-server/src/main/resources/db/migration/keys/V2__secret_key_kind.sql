-- A purpose may have one secret key per kind: an HMAC key for keyed hashes and an AES key that
-- wraps data keys (DataSeals) are different keys even when they share an (application, reference).
alter table secret_key add column kind text not null default 'HMAC_SHA256';
alter table secret_key drop constraint secret_key_pkey;
alter table secret_key add primary key (application, reference, kind);
