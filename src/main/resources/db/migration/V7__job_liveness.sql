-- Jobs on several instances sharing one database. The instance holding a queued or running job writes its
-- heartbeat (and progress) every second; a job whose heartbeat stops is failed as interrupted by whichever
-- instance notices. A cancel can arrive at any instance: it is recorded here and the holding instance stops the
-- job at its next beat.
ALTER TABLE simulation_run ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE simulation_run ADD COLUMN cancel_requested BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_simulation_run_status ON simulation_run (status);
ALTER TABLE optimisation_job ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE optimisation_job ADD COLUMN cancel_requested BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_optimisation_job_status ON optimisation_job (status);
