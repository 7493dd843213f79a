package org.plenary.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.api.Api.given;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.plenary.app.JobLiveness;
import org.plenary.app.optimise.AnalysisJobEntity;
import org.plenary.app.simulation.SimulationService;
import org.plenary.persistence.SimulationRunEntity;
import org.plenary.persistence.SimulationRunEntity.Status;

/**
 * Jobs when several instances share the database. Another instance is played by writing its rows and flags
 * directly; scripts/two-instances.sh checks the same with two real instances on PostgreSQL.
 */
@QuarkusTest
class JobLivenessTest {

    private static final String ISTANBUL = "/api/scenarios/interpol-2021-istanbul/simulations";

    @Inject
    JobLiveness liveness;

    @Inject
    SimulationService simulations;

    @Test
    void aRunningJobWritesItsProgressAndStopsOnACancelRecordedByAnotherInstance() throws Exception {
        String id = given().contentType(ContentType.JSON).body("{\"trials\": 1000000, \"seed\": 11}").post(ISTANBUL)
                .then().statusCode(202).extract().path("id");

        // What another instance reads: the row, written at each beat while the job runs here.
        SimulationRunEntity row = await(id, r -> r.status == Status.RUNNING && r.trialsDone > 0);
        assertThat(row.startedAt).isNotNull();
        assertThat(row.heartbeatAt).isAfter(Instant.now().minusSeconds(10));
        assertThat(row.trialsDone).isLessThan(1_000_000);

        // Even with its heartbeat made stale, a job this instance holds is never failed by this instance's sweep.
        QuarkusTransaction.requiringNew().run(() -> SimulationRunEntity.update(
                "heartbeatAt = ?1 where id = ?2", Instant.now().minus(Duration.ofHours(1)), id));
        liveness.sweep(Instant.now());
        assertThat(read(id).status).isIn(Status.RUNNING, Status.DONE);

        // A cancel asked for at another instance is only a flag in the row; this instance picks it up and stops.
        QuarkusTransaction.requiringNew().run(() -> SimulationRunEntity.update("cancelRequested = true where id = ?1", id));
        SimulationRunEntity ended = await(id, r -> r.status.terminal());
        assertThat(ended.status).isEqualTo(Status.CANCELLED);
        assertThat(ended.error).isEqualTo("cancelled on request");
        assertThat(ended.trialsDone).isBetween(1L, 999_999L);
    }

    @Test
    void aJobFailedElsewhereWhileItRunsHereStopsAndStaysFailed() throws Exception {
        String id = given().contentType(ContentType.JSON).body("{\"trials\": 1000000, \"seed\": 12}").post(ISTANBUL)
                .then().statusCode(202).extract().path("id");
        await(id, r -> r.status == Status.RUNNING && r.trialsDone > 0);
        assertThat(simulations.holds(id)).isTrue();
        // Another instance, taking this one for stopped (after an outage of the database, say), fails the row.
        QuarkusTransaction.requiringNew().run(() -> SimulationRunEntity.update(
                "status = ?1, error = ?2 where id = ?3", Status.FAILED, "interrupted: test", id));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (simulations.holds(id)) {
            assertThat(System.nanoTime()).as("the job stops once its row is failed").isLessThan(deadline);
            Thread.sleep(100);
        }
        SimulationRunEntity row = read(id);
        assertThat(row.status).isEqualTo(Status.FAILED);
        assertThat(row.error).isEqualTo("interrupted: test");
        assertThat(row.result).isNull();
    }

    @Test
    void jobsWhoseInstanceStoppedAreFailedAsInterruptedAndLiveOnesAreLeftAlone() {
        Instant now = Instant.now();
        String stopped = storeRun(Status.RUNNING, now.minusSeconds(60));
        String beforeHeartbeats = storeRun(Status.QUEUED, null);
        // Written by an instance of a version without heartbeats (during a rolling update), a moment ago.
        String justCreatedWithout = storeRun(Status.RUNNING, null, now.minusSeconds(3));
        String alive = storeRun(Status.RUNNING, now.minusSeconds(2));
        String finished = storeRun(Status.DONE, now.minusSeconds(600));
        String stoppedAnalysis = storeAnalysis(now.minusSeconds(60));

        liveness.sweep(now);

        for (String id : new String[] {stopped, beforeHeartbeats}) {
            SimulationRunEntity r = read(id);
            assertThat(r.status).as(id).isEqualTo(Status.FAILED);
            assertThat(r.error).startsWith("interrupted: the service instance holding it stopped");
            assertThat(r.finishedAt).isNotNull();
        }
        assertThat(read(alive).status).isEqualTo(Status.RUNNING);
        assertThat(read(justCreatedWithout).status).isEqualTo(Status.RUNNING);
        assertThat(read(finished).status).isEqualTo(Status.DONE);
        assertThat(read(finished).error).isNull();
        AnalysisJobEntity analysis = QuarkusTransaction.requiringNew()
                .call(() -> AnalysisJobEntity.<AnalysisJobEntity>findById(stoppedAnalysis));
        assertThat(analysis.status).isEqualTo(Status.FAILED);
        assertThat(analysis.error).startsWith("interrupted:");

        // The live one's instance stops too: once its heartbeat is older than the stale time, it goes the same way.
        liveness.sweep(now.plusSeconds(30));
        assertThat(read(alive).status).isEqualTo(Status.FAILED);
    }

    @Test
    void theTimeLeftIsWorkedOutFromThePaceSoFar() {
        Instant now = Instant.now();
        assertThat(JobLiveness.eta(Status.RUNNING, 250, 1000, now.minusSeconds(10), now)).isEqualTo(30.0);
        assertThat(JobLiveness.eta(Status.RUNNING, 0, 1000, now.minusSeconds(10), now)).isNull();
        assertThat(JobLiveness.eta(Status.QUEUED, 0, 1000, null, now)).isNull();
        assertThat(JobLiveness.eta(Status.DONE, 1000, 1000, now.minusSeconds(10), now)).isNull();
    }

    private static SimulationRunEntity await(String id, Predicate<SimulationRunEntity> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        SimulationRunEntity row = read(id);
        while (!condition.test(row)) {
            assertThat(System.nanoTime()).as("run %s reached the awaited state; last: %s, %d trials", id, row.status,
                    row.trialsDone).isLessThan(deadline);
            Thread.sleep(100);
            row = read(id);
        }
        return row;
    }

    private static SimulationRunEntity read(String id) {
        return QuarkusTransaction.requiringNew().call(() -> SimulationRunEntity.<SimulationRunEntity>findById(id));
    }

    private static String storeRun(Status status, Instant heartbeat) {
        return storeRun(status, heartbeat, Instant.now().minusSeconds(120));
    }

    private static String storeRun(Status status, Instant heartbeat, Instant created) {
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            SimulationRunEntity e = new SimulationRunEntity();
            e.id = id;
            e.scenarioSlug = "held-by-another-instance";
            e.scenarioVersion = 1;
            e.contentHash = "0".repeat(64);
            e.engineVersion = "test";
            e.method = "monte-carlo";
            e.seed = 1;
            e.trialsRequested = 1000;
            e.status = status;
            e.request = "{}";
            e.createdAt = created;
            e.heartbeatAt = heartbeat;
            e.persist();
        });
        return id;
    }

    private static String storeAnalysis(Instant heartbeat) {
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            AnalysisJobEntity e = new AnalysisJobEntity();
            e.id = id;
            e.kind = "optimise";
            e.scenarioSlug = "held-by-another-instance";
            e.scenarioVersion = 1;
            e.contentHash = "0".repeat(64);
            e.engineVersion = "test";
            e.seed = 1;
            e.status = Status.RUNNING;
            e.workTotal = 1000;
            e.request = "{}";
            e.createdAt = Instant.now().minusSeconds(120);
            e.heartbeatAt = heartbeat;
            e.persist();
        });
        return id;
    }
}
