-- A module-shaped migration that exists only on the test class path, so that the platform's
-- per-module Flyway has something to run in tests that must see it run (ExternalDatabaseTests).
create table migration_probe (note text not null);
insert into migration_probe (note) values ('migrated by the platform');
