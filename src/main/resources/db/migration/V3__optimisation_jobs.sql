-- Optimiser, flipping-coalition and sensitivity jobs: stored like simulation runs, with exactly what they were
-- computed on (scenario version and content hash, engine version, seed, the request) and their result, so any
-- plan can be traced and re-computed.
CREATE TABLE optimisation_job (
    id                VARCHAR(36)  PRIMARY KEY,
    kind              VARCHAR(20)  NOT NULL,
    scenario_slug     VARCHAR(80)  NOT NULL,
    scenario_version  BIGINT       NOT NULL,
    content_hash      CHAR(64)     NOT NULL,
    engine_version    VARCHAR(20)  NOT NULL,
    seed              BIGINT       NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    work_total        BIGINT       NOT NULL,
    work_done         BIGINT       NOT NULL,
    request           TEXT         NOT NULL,
    result            TEXT,
    error             VARCHAR(2000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE,
    finished_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_optimisation_job_scenario ON optimisation_job (scenario_slug, created_at);
