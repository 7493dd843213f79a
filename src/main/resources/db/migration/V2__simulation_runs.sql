-- Every simulation run is stored with exactly what it was computed on (scenario version and content
-- hash, engine version, seed, trials, the request) and its result, so any figure can be traced and
-- re-computed.
CREATE TABLE simulation_run (
    id                VARCHAR(36)  PRIMARY KEY,
    scenario_slug     VARCHAR(80)  NOT NULL,
    scenario_version  BIGINT       NOT NULL,
    content_hash      CHAR(64)     NOT NULL,
    engine_version    VARCHAR(20)  NOT NULL,
    method            VARCHAR(20)  NOT NULL,
    seed              BIGINT       NOT NULL,
    trials_requested  BIGINT       NOT NULL,
    trials_done       BIGINT       NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    request           TEXT         NOT NULL,
    result            TEXT,
    error             VARCHAR(2000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE,
    finished_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_simulation_run_scenario ON simulation_run (scenario_slug, created_at);
