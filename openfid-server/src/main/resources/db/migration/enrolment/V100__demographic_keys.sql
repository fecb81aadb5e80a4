-- Demographic de-duplication: the blocking keys of each screened enrolment, as HMAC-SHA256 keyed hashes
-- only (phonetic name + date of birth + gender never reach the database in clear). The primary key
-- makes inserting the same key twice a no-op and serves the lookup by key; the second index serves
-- forgetting an enrolment.
CREATE TABLE enrolment.demographic_key (
    key_hash char(64)    NOT NULL,
    rid      varchar(29) NOT NULL,
    PRIMARY KEY (key_hash, rid)
);
CREATE INDEX demographic_key_by_rid ON enrolment.demographic_key (rid);
