package org.plenary.app.optimise;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.plenary.app.HeldJob;
import org.plenary.app.JobLiveness;
import org.plenary.app.JobPool;
import org.plenary.app.ProgressStreams;
import org.plenary.app.NotFoundProblem;
import org.plenary.app.PlenaryConfig;
import org.plenary.app.StoredScenario;
import org.plenary.engine.EngineInfo;
import org.plenary.engine.montecarlo.RunControl;
import org.plenary.engine.optimise.Work;
import org.plenary.persistence.SimulationRunEntity.Status;

/**
 * Runs the optimiser's analyses as jobs on the shared bounded {@link JobPool}, the way simulations run: stored with
 * what they were computed on, with progress, cancellation and a time limit; small ones are awaited and answered at
 * once (201), larger ones are answered with the job (202).
 */
@ApplicationScoped
public class AnalysisService {

    private static final Logger LOG = Logger.getLogger(AnalysisService.class);

    /** A small job waiting behind big ones is answered as a job (202) rather than holding the request longer. */
    private static final long SYNC_WAIT_MILLIS = 30_000;

    @Inject
    JobPool pool;

    @Inject
    PlenaryConfig config;

    @Inject
    ObjectMapper json;

    private final Map<String, Live> live = new ConcurrentHashMap<>();

    @Inject
    ProgressStreams progressStreams;

    @Inject
    JobLiveness liveness;

    /** What {@link #start} did: the job, and whether it is finished (201) or still going (202). */
    public record Started(AnalysisView job, boolean finished) {
    }

    /**
     * In-memory state of a job held by this instance while it is queued or running; the database has the durable
     * state, and the progress other instances read, written at each {@link JobLiveness} beat.
     */
    static final class Live extends HeldJob {
        volatile Work work;
    }

    /**
     * The jobs this instance holds get heartbeats, their progress is written for the other instances, and a cancel
     * asked for at another instance reaches them; a job whose instance stopped is failed as interrupted.
     */
    void onStart(@Observes StartupEvent event) {
        liveness.register(new JobLiveness.JobTable("AnalysisJobEntity", "workDone", live));
    }

    /**
     * @param estimatedWork arm-trials the job is expected to take; decides between answering at once and a job
     * @param task          the analysis; gets the job's progress and cancellation, returns the result to store
     */
    public Started start(String kind, StoredScenario stored, Object request, long seed, long estimatedWork,
                         Function<Work, Object> task) {
        return start(null, kind, stored, request, seed, estimatedWork, task);
    }

    /** As above, recording who started the job ({@code owner}; null when anonymous). */
    public Started start(String owner, String kind, StoredScenario stored, Object request, long seed,
                         long estimatedWork, Function<Work, Object> task) {
        String id = UUID.randomUUID().toString();
        String requestJson = write(json.valueToTree(request));
        QuarkusTransaction.requiringNew().run(() -> {
            AnalysisJobEntity e = new AnalysisJobEntity();
            e.id = id;
            e.kind = kind;
            e.scenarioSlug = stored.slug();
            e.scenarioVersion = stored.version();
            e.contentHash = stored.contentHash();
            e.engineVersion = EngineInfo.VERSION;
            e.seed = seed;
            e.status = Status.QUEUED;
            e.workTotal = estimatedWork;
            e.workDone = 0;
            e.request = requestJson;
            e.createdAt = Instant.now();
            e.heartbeatAt = e.createdAt;
            e.owner = owner;
            e.persist();
        });
        Live state = new Live();
        long deadline = System.nanoTime() + config.jobs().timeLimit().toNanos();
        state.work = new Work(new RunControl(state.done::set,
                () -> state.cancelRequested || System.nanoTime() > deadline), estimatedWork);
        live.put(id, state);
        Future<?> job;
        try {
            job = pool.submit(() -> execute(id, state, task));
        } catch (RuntimeException busy) {
            live.remove(id);
            QuarkusTransaction.requiringNew().run(() -> AnalysisJobEntity.deleteById(id));
            throw busy;
        }
        if (estimatedWork <= config.simulation().syncMaxTrials()) {
            try {
                job.get(Math.min(config.jobs().timeLimit().toMillis(), SYNC_WAIT_MILLIS), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                LOG.debugf("job %s did not finish while awaited: %s", id, e.toString());
            }
        }
        AnalysisView view = get(id);
        return new Started(view, Status.valueOf(view.status()).terminal());
    }

    private void execute(String id, Live state, Function<Work, Object> task) {
        Instant started = Instant.now();
        state.started(started);
        Work work = state.work;
        // Every write is to an unfinished row only: one failed elsewhere as interrupted (its instance was taken for
        // a stopped one) stays failed rather than flipping back, and this instance stops the job at its next beat.
        try {
            QuarkusTransaction.requiringNew().run(() -> AnalysisJobEntity.update(
                    "status = ?1, startedAt = ?2 where id = ?3 and status = ?4", Status.RUNNING, started, id,
                    Status.QUEUED));
            Object result = task.apply(work);
            String resultJson = write(json.valueToTree(result));
            // Done is all of it: the total was an estimate made before the search knew where it would stop.
            long all = work.done() > 0 ? work.done() : work.total();
            state.status = ended(id, QuarkusTransaction.requiringNew().call(() -> AnalysisJobEntity.update(
                    "status = ?1, result = ?2, workDone = ?3, workTotal = ?4, finishedAt = ?5 where id = ?6 "
                            + "and status in (?7, ?8)",
                    Status.DONE, resultJson, all, all, Instant.now(), id, Status.QUEUED, Status.RUNNING)), Status.DONE);
        } catch (CancellationException e) {
            String why = state.cancelRequested ? "cancelled on request"
                    : "cancelled: the job exceeded the time limit of " + config.jobs().timeLimit();
            state.status = ended(id, QuarkusTransaction.requiringNew().call(() -> AnalysisJobEntity.update(
                    "status = ?1, error = ?2, workDone = ?3, finishedAt = ?4 where id = ?5 and status in (?6, ?7)",
                    Status.CANCELLED, why, work.done(), Instant.now(), id, Status.QUEUED, Status.RUNNING)),
                    Status.CANCELLED);
        } catch (RuntimeException | Error e) {
            LOG.errorf(e, "analysis job %s failed", id);
            state.status = Status.FAILED;
            try {
                QuarkusTransaction.requiringNew().run(() -> AnalysisJobEntity.update(
                        "status = ?1, error = ?2, finishedAt = ?3 where id = ?4 and status in (?5, ?6)", Status.FAILED,
                        "the job failed on the server; the failure is logged there", Instant.now(), id, Status.QUEUED,
                        Status.RUNNING));
            } catch (RuntimeException unrecorded) {
                // The database is unreachable: the row keeps no heartbeat now, and a sweep will fail it.
                LOG.errorf(unrecorded, "analysis job %s: its failure could not be recorded", id);
            }
        } finally {
            live.remove(id);
        }
    }

    /** The status a job ends with: {@code status}, or FAILED when its row was already ended elsewhere. */
    private static Status ended(String id, int written, Status status) {
        if (written == 0) {
            LOG.warnf("analysis job %s was ended elsewhere while it ran here; its outcome is not stored", id);
            return Status.FAILED;
        }
        return status;
    }

    /** Who started the job (null when unknown); empty string when there is no such job. */
    public String owner(String id) {
        AnalysisJobEntity e = QuarkusTransaction.requiringNew().call(() -> AnalysisJobEntity.findById(id));
        return e == null ? "" : e.owner;
    }

    public AnalysisView get(String id) {
        AnalysisJobEntity e = QuarkusTransaction.requiringNew().call(() -> AnalysisJobEntity.findById(id));
        if (e == null) {
            throw new NotFoundProblem("no analysis job " + id);
        }
        Live state = live.get(id);
        if (state != null && state.status.terminal() && !e.status.terminal()) {
            // It ended between the two reads: its final row is written by now.
            e = QuarkusTransaction.requiringNew().call(() -> AnalysisJobEntity.findById(id));
        }
        AnalysisView.Progress progress;
        if (state != null && !e.status.terminal() && !state.status.terminal()) {
            long total = state.work.total();
            progress = new AnalysisView.Progress(id, state.status.name(), Math.min(state.done.get(), total), total,
                    state.eta(total));
        } else {
            // Finished, or held by another instance: as stored (its beats write the progress).
            progress = new AnalysisView.Progress(id, e.status.name(), e.workDone, e.workTotal,
                    JobLiveness.eta(e.status, e.workDone, e.workTotal, e.startedAt, Instant.now()));
        }
        return new AnalysisView(e.id, e.kind, e.scenarioSlug, e.scenarioVersion, e.contentHash, e.engineVersion,
                e.seed, progress.status(), progress, e.createdAt, e.startedAt, e.finishedAt, read(e.request),
                e.result == null ? null : read(e.result), e.error);
    }

    /**
     * Asks a queued or running job to stop, on whichever instance holds it (here at once; elsewhere at that
     * instance's next beat); it ends as CANCELLED. A finished job is left as it is.
     */
    public AnalysisView cancel(String id) {
        AnalysisView view = get(id);
        if (!Status.valueOf(view.status()).terminal()) {
            liveness.requestCancel("AnalysisJobEntity", id);
            Live state = live.get(id);
            if (state != null) {
                state.cancelRequested = true;
            }
        }
        return view;
    }

    /** Progress snapshots every 250 ms until the job ends; the last one is terminal, then the stream completes. */
    public Multi<AnalysisView.Progress> events(String id) {
        get(id);
        return progressStreams.poll(() -> get(id).progress(), AnalysisView.Progress::terminal);
    }

    /**
     * Runs a short analysis on the pool and waits for it (the pool bounds how many run at once); not stored.
     *
     * @throws org.plenary.app.TooBusyProblem when the pool is full
     */
    public <T> T runNow(Function<Work, T> task) {
        long deadline = System.nanoTime() + config.jobs().timeLimit().toNanos();
        Work work = new Work(new RunControl(n -> { }, () -> System.nanoTime() > deadline), 1);
        Future<?>[] holder = new Future<?>[1];
        @SuppressWarnings("unchecked")
        T[] out = (T[]) new Object[1];
        holder[0] = pool.submit(() -> out[0] = task.apply(work));
        try {
            holder[0].get(config.jobs().timeLimit().toMillis(), TimeUnit.MILLISECONDS);
            return out[0];
        } catch (InterruptedException e) {
            holder[0].cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (TimeoutException e) {
            holder[0].cancel(true);
            throw new CancellationException("the analysis exceeded the time limit");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
