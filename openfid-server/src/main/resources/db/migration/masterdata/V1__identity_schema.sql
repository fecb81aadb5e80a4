-- Identity schema of the masterdata module. Every published version is kept forever: a stored
-- identity names the version it was validated against (IDSchemaVersion).

create table identity_schema (
    seq          bigint generated always as identity primary key, -- publication order; newest = current
    version      text        not null unique,
    document     jsonb       not null,                            -- the document as published (ADR 0006)
    published_at timestamptz not null
);

-- Validation message templates by language, from the country's validation-messages.json. A code is
-- a violation code (REQUIRED, PATTERN, ...) or a validator's own messageKey; English built-in
-- defaults apply where a language has no template.
create table validation_message (
    language   text        not null,
    code       text        not null,
    template   text        not null,
    updated_at timestamptz not null,
    primary key (language, code)
);
