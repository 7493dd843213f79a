-- Who started an optimiser, coalition or sensitivity job (NULL for jobs from before owners existed): they may
-- cancel it, as may the scenario's owner and admins. Its visibility is its scenario's.
ALTER TABLE optimisation_job ADD COLUMN owner VARCHAR(64);
