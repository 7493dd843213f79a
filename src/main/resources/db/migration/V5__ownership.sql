-- Every scenario has an owner (NULL for bundled ones) and a visibility: PUBLIC, PRIVATE, or SHARED with the
-- users listed in shared_with as ",alice,bob," (user names cannot contain commas, so a LIKE '%,name,%'
-- matches exactly one name). Scenarios stored before owners existed were readable by everyone: they stay
-- PUBLIC. A run's visibility is its scenario's; its owner is who started it (NULL when anonymous).
ALTER TABLE scenario ADD COLUMN owner VARCHAR(64);
ALTER TABLE scenario ADD COLUMN visibility VARCHAR(16) DEFAULT 'PUBLIC' NOT NULL;
ALTER TABLE scenario ADD COLUMN shared_with VARCHAR(4000);
ALTER TABLE simulation_run ADD COLUMN owner VARCHAR(64);
CREATE INDEX ix_scenario_owner ON scenario (owner);
