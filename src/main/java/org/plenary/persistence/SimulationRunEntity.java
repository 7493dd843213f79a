package org.plenary.persistence;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored simulation run: its inputs (exactly), its status and, once done, its result as JSON. */
@Entity
@Table(name = "simulation_run")
public class SimulationRunEntity extends PanacheEntityBase {

    public enum Status { QUEUED, RUNNING, DONE, FAILED, CANCELLED;

        public boolean terminal() {
            return this == DONE || this == FAILED || this == CANCELLED;
        }
    }

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "scenario_slug", nullable = false, length = 80)
    public String scenarioSlug;

    @Column(name = "scenario_version", nullable = false)
    public long scenarioVersion;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(name = "engine_version", nullable = false, length = 20)
    public String engineVersion;

    @Column(nullable = false, length = 20)
    public String method;

    @Column(nullable = false)
    public long seed;

    @Column(name = "trials_requested", nullable = false)
    public long trialsRequested;

    @Column(name = "trials_done", nullable = false)
    public long trialsDone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status;

    @Column(nullable = false)
    public String request;

    public String result;

    @Column(length = 2000)
    public String error;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    /** Who started it; null when anonymous. */
    @Column(length = 64)
    public String owner;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** Last sign of life from the instance holding the job while it is queued or running (see JobLiveness). */
    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    /** A cancel asked for at any instance; the instance holding the job stops it at its next beat. */
    @Column(name = "cancel_requested", nullable = false)
    public boolean cancelRequested;
}
