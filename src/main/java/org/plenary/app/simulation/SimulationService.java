package org.plenary.app.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.plenary.app.ForbiddenProblem;
import org.plenary.app.JobLiveness;
import org.plenary.app.JobPool;
import org.plenary.app.ProgressStreams;
import org.plenary.app.access.Caller;
import org.plenary.app.NotFoundProblem;
import org.plenary.app.PlenaryConfig;
import org.plenary.app.ScenarioService;
import org.plenary.app.StoredScenario;
import org.plenary.engine.EngineInfo;
import org.plenary.engine.exact.ExactRace;
import org.plenary.engine.montecarlo.Comparison;
import org.plenary.engine.montecarlo.MonteCarlo;
import org.plenary.engine.montecarlo.PostResult;
import org.plenary.engine.montecarlo.RunControl;
import org.plenary.engine.montecarlo.RunSettings;
import org.plenary.engine.behaviour.DelegationExplanation;
import org.plenary.engine.behaviour.Explainer;
import org.plenary.persistence.SimulationRunEntity;
import org.plenary.persistence.SimulationRunEntity.Status;

/**
 * Runs simulations as jobs on the bounded {@link JobPool}, stores every run with exactly what it was computed
 * on, and reports progress. Small runs are awaited and answered at once; large ones are answered with the job.
 */
@ApplicationScoped
public class SimulationService {

    private static final Logger LOG = Logger.getLogger(SimulationService.class);

    /** A small run waiting behind big ones is answered as a job (202) rather than holding the request longer. */
    private static final long SYNC_WAIT_MILLIS = 30_000;

    @Inject
    ScenarioService scenarios;

    @Inject
    JobPool pool;

    @Inject
    PlenaryConfig config;

    @Inject
    ObjectMapper json;

    private final Map<String, RunProgress> live = new ConcurrentHashMap<>();

    @Inject
    ProgressStreams progressStreams;

    @Inject
    JobLiveness liveness;

    /** What {@link #start} did: the run, and whether it is finished (201) or still going (202). */
    public record Started(RunView run, boolean finished) {
    }

    /**
     * The runs this instance holds get heartbeats, their progress is written for the other instances, and a cancel
     * asked for at another instance reaches them; a run whose instance stopped is failed as interrupted.
     */
    void onStart(@Observes StartupEvent event) {
        liveness.register(new JobLiveness.JobTable("SimulationRunEntity", "trialsDone", live));
    }

    /**
     * Starts a run of a scenario the caller may read. {@code maxTrials} is the caller's cap; a scenario to compare
     * with ({@code compare: fork}) must be readable by the caller too.
     */
    public Started start(Caller caller, String slug, SimulationRequest request, long maxTrials) {
        return start(caller, slug, request, maxTrials, config.jobs().timeLimit());
    }

    /** As above, with the job's time limit given (the configured one is minutes long; tests need a short one). */
    public Started start(Caller caller, String slug, SimulationRequest request, long maxTrials, Duration timeLimit) {
        ScenarioService.ForSimulation stored = scenarios.forSimulation(caller, slug);
        PreparedRun plan = RequestPlanner.plan(stored.scenario(), stored.document(), request,
                config.simulation().defaultTrials(), maxTrials, other -> scenarios.engineScenario(caller, other));
        String id = UUID.randomUUID().toString();
        JsonNode requestJson = json.valueToTree(request == null ? SimulationRequest.defaults() : request);
        QuarkusTransaction.requiringNew().run(() -> {
            SimulationRunEntity e = new SimulationRunEntity();
            e.id = id;
            e.scenarioSlug = slug;
            e.scenarioVersion = stored.version();
            e.contentHash = stored.contentHash();
            e.engineVersion = EngineInfo.VERSION;
            e.method = plan.method();
            e.seed = plan.seed();
            e.trialsRequested = plan.trials();
            e.status = Status.QUEUED;
            e.request = write(requestJson);
            e.createdAt = Instant.now();
            e.heartbeatAt = e.createdAt;
            e.owner = caller.name();
            e.persist();
        });
        RunProgress progress = new RunProgress(plan.trials());
        live.put(id, progress);
        boolean small = "exact".equals(plan.method()) || plan.work() <= config.simulation().syncMaxTrials();
        Future<?> job;
        try {
            // A run answered at once goes from QUEUED to DONE in one write; only jobs record RUNNING on the way.
            job = pool.submit(() -> execute(id, plan, progress, timeLimit, !small));
        } catch (RuntimeException busy) {
            live.remove(id);
            QuarkusTransaction.requiringNew().run(() -> SimulationRunEntity.deleteById(id));
            throw busy;
        }
        if (small) {
            try {
                job.get(Math.min(timeLimit.toMillis(), SYNC_WAIT_MILLIS), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                LOG.debugf("run %s did not finish while awaited: %s", id, e.toString());
            }
        }
        RunView view = view(id, progress.result);
        return new Started(view, Status.valueOf(view.status()).terminal());
    }

    private void execute(String id, PreparedRun plan, RunProgress progress, Duration timeLimit, boolean recordRunning) {
        Instant started = Instant.now();
        long deadline = System.nanoTime() + timeLimit.toNanos();
        progress.started(started);
        RunControl control = new RunControl(done -> progress.done.set(done),
                () -> progress.cancelRequested || System.nanoTime() > deadline);
        // Every write is to an unfinished row only: one failed elsewhere as interrupted (its instance was taken for
        // a stopped one) stays failed rather than flipping back, and this instance stops the job at its next beat.
        try {
            if (recordRunning) {
                QuarkusTransaction.requiringNew().run(() -> SimulationRunEntity.update(
                        "status = ?1, startedAt = ?2 where id = ?3 and status = ?4", Status.RUNNING, started, id,
                        Status.QUEUED));
            }
            ResultViews.Result result;
            long trialsDone;
            boolean cancelled;
            if ("exact".equals(plan.method())) {
                List<PostResult> posts = new ArrayList<>();
                for (String post : plan.exactPosts()) {
                    posts.add(ExactRace.solve(plan.scenario(), post, plan.activeCampaigns(),
                            plan.ruleOverrides().get(post)));
                }
                result = ResultViews.exact(posts);
                trialsDone = 0;
                cancelled = false;
            } else {
                RunSettings settings = RunSettings.of(plan.seed(), plan.trials())
                        .withTargetWidth(plan.targetWidth())
                        .withRuleOverrides(plan.ruleOverrides());
                Comparison c = MonteCarlo.compare(plan.arms(), settings, control);
                result = plan.isComparison() ? ResultViews.of(c, plan.mainArm()) : ResultViews.of(c.arms().get(0));
                trialsDone = c.arms().get(0).trials();
                cancelled = c.arms().get(0).cancelled();
            }
            Status status = cancelled ? Status.CANCELLED : Status.DONE;
            String error = cancelled ? (progress.cancelRequested ? "cancelled on request"
                    : "cancelled: the run exceeded the time limit of " + timeLimit) : null;
            String resultJson = writeResult(result);
            int written = QuarkusTransaction.requiringNew().call(() -> SimulationRunEntity.update(
                    "status = ?1, result = ?2, trialsDone = ?3, startedAt = ?4, finishedAt = ?5, error = ?6 "
                            + "where id = ?7 and status in (?8, ?9)",
                    status, resultJson, trialsDone, started, Instant.now(), error, id, Status.QUEUED, Status.RUNNING));
            if (written == 0) {
                LOG.warnf("simulation run %s was ended elsewhere while it ran here; its result is not stored", id);
                progress.status = Status.FAILED;
                return;
            }
            // The waiting request answers with the stored text as it is, rather than reading and parsing it back.
            progress.result = json.getNodeFactory().rawValueNode(new RawValue(resultJson));
            progress.status = status;
        } catch (RuntimeException | Error e) {
            LOG.errorf(e, "simulation run %s failed", id);
            progress.status = Status.FAILED;
            try {
                QuarkusTransaction.requiringNew().run(() -> SimulationRunEntity.update(
                        "status = ?1, error = ?2, startedAt = ?3, finishedAt = ?4 where id = ?5 and status in (?6, ?7)",
                        Status.FAILED, "the run failed on the server; the failure is logged there", started,
                        Instant.now(), id, Status.QUEUED, Status.RUNNING));
            } catch (RuntimeException unrecorded) {
                // The database is unreachable: the row keeps no heartbeat now, and a sweep will fail it.
                LOG.errorf(unrecorded, "simulation run %s: its failure could not be recorded", id);
            }
        } finally {
            // The database now holds the final state.
            live.remove(id);
        }
    }

    /** Whether this instance holds the run: it is queued or running here. */
    public boolean holds(String id) {
        return live.containsKey(id);
    }

    /**
     * Why a delegation votes as it does on a post, under the settings a run can have: the campaigns in force (null:
     * those enabled in the scenario), their strengths, and the post's counting rule (by name). Checked as a
     * simulation request is: an unknown campaign, a bad strength or rule is an {@link InvalidRequestException} naming
     * {@code campaigns[i]}, {@code campaignStrengths.<id>} or {@code rules.<post>}.
     */
    public DelegationExplanation explain(Caller caller, String slug, String code, String post, List<String> campaigns,
                                         Map<String, Double> strengths, String rule) {
        ScenarioService.ForSimulation stored = scenarios.forSimulation(caller, slug);
        Map<String, JsonNode> rules = rule == null ? null : Map.of(post, ruleNode(rule));
        SimulationRequest request = new SimulationRequest(1L, 0L, null, campaigns,
                strengths == null || strengths.isEmpty() ? null : strengths, null, rules, null, null, null, null);
        PreparedRun plan = RequestPlanner.plan(stored.scenario(), stored.document(), request, 1, 1,
                other -> scenarios.engineScenario(caller, other));
        return Explainer.explain(plan.scenario(), code, post, plan.activeCampaigns(), plan.ruleOverrides().get(post));
    }

    /**
     * A rule given in a query: an inline rule object when it reads as JSON text of an object, else a rule set's
     * name (text that is neither is refused by the planner as "not a known rule set name or a valid rule object").
     */
    private JsonNode ruleNode(String rule) {
        if (rule.strip().startsWith("{")) {
            try {
                return json.readTree(rule);
            } catch (JsonProcessingException notJson) {
                // Falls through to the planner's refusal, which names the field.
            }
        }
        return json.getNodeFactory().textNode(rule);
    }

    /** A run the caller may see: one of a scenario the caller may read (404 otherwise, as if there were none). */
    public RunView get(Caller caller, String id) {
        visible(caller, id);
        return view(id);
    }

    /**
     * A run is as visible as its scenario, and, when it compares with another scenario ({@code compare: fork}), as
     * that one too: its results show the other scenario's name, candidates and numbers. It belongs to the scenarios
     * that held those slugs when it was created: a later scenario under the same slug (after a delete) does not
     * inherit it. Runs whose scenario is gone are left to admins.
     */
    private SimulationRunEntity visible(Caller caller, String id) {
        SimulationRunEntity e = id == null || id.length() > 36 ? null
                : QuarkusTransaction.requiringNew().call(() -> SimulationRunEntity.findById(id));
        if (e != null && (caller.isAdmin() || (readableSince(caller, e.scenarioSlug, e.createdAt)
                && comparedWithVisible(caller, e)))) {
            return e;
        }
        throw new NotFoundProblem("no simulation run " + id);
    }

    /** Whether the caller may read the scenario now under {@code slug}, and it already existed at {@code when}. */
    private boolean readableSince(Caller caller, String slug, Instant when) {
        return QuarkusTransaction.requiringNew().call(() -> scenarios.readable(caller, slug)
                .filter(s -> !when.isBefore(s.createdAt())).isPresent());
    }

    /** Whether the scenario the run compares with, if any, is one the caller may read. */
    private boolean comparedWithVisible(Caller caller, SimulationRunEntity e) {
        String other = comparedWith(e.request);
        return other == null || caller.isAdmin() || readableSince(caller, other, e.createdAt);
    }

    /** The slug a stored request compares with ({@code compare: fork}); null for any other run. */
    private String comparedWith(String request) {
        JsonNode r = read(request);
        return "fork".equals(r.path("compare").asText()) && r.path("fork").isTextual() ? r.path("fork").asText() : null;
    }

    private RunView view(String id) {
        return view(id, null);
    }

    /** The run as stored; {@code knownResult}, when given, is its stored result already in hand. */
    private RunView view(String id, JsonNode knownResult) {
        SimulationRunEntity e = QuarkusTransaction.requiringNew().call(() -> SimulationRunEntity.findById(id));
        if (e == null) {
            throw new NotFoundProblem("no simulation run " + id);
        }
        RunProgress p = live.get(id);
        if (p != null && p.status.terminal() && !e.status.terminal()) {
            // It ended between the two reads: its final row is written by now.
            e = QuarkusTransaction.requiringNew().call(() -> SimulationRunEntity.findById(id));
        }
        // The in-memory status is used only while it is not final: a run that has just ended here but was read
        // before its final write would otherwise answer DONE without its result.
        RunProgress.Snapshot snapshot = p != null && !e.status.terminal() && !p.status.terminal() ? p.snapshot(id)
                : RunProgress.stored(id, e.status, e.trialsDone, e.trialsRequested, e.startedAt, Instant.now());
        // While a run is live here, its status is the one in memory (a run answered at once is not written as
        // RUNNING); a run held by another instance reads as that instance's last beat wrote it.
        return new RunView(e.id, e.scenarioSlug, e.scenarioVersion, e.contentHash, e.engineVersion, e.method, e.seed,
                e.trialsRequested, e.trialsDone, snapshot.status(), snapshot, e.createdAt, e.startedAt, e.finishedAt,
                read(e.request), e.result == null ? null : knownResult != null ? knownResult : read(e.result), e.error);
    }

    public List<RunSummary> list(Caller caller, String slug) {
        StoredScenario s = QuarkusTransaction.requiringNew().call(() -> scenarios.get(caller, slug));
        List<SimulationRunEntity> runs = QuarkusTransaction.requiringNew().call(() -> SimulationRunEntity
                .<SimulationRunEntity>find("scenarioSlug = ?1 and createdAt >= ?2", Sort.by("createdAt").descending(),
                        slug, s.createdAt())
                .page(0, 200).list());
        return runs.stream()
                .filter(e -> comparedWithVisible(caller, e))
                .map(e -> new RunSummary(e.id, e.scenarioSlug, e.scenarioVersion, e.method, e.seed, e.trialsRequested,
                        e.trialsDone, e.status.name(), e.createdAt, e.finishedAt))
                .toList();
    }

    /**
     * Asks a queued or running job to stop, on whichever instance holds it (here at once; elsewhere at that
     * instance's next beat); it ends as CANCELLED with what it had. A finished run is left as it is.
     */
    public RunView cancel(Caller caller, String id) {
        SimulationRunEntity e = visible(caller, id);
        if (!caller.isAdmin() && !caller.is(e.owner) && !caller.is(QuarkusTransaction.requiringNew().call(() -> scenarios
                .access(caller, e.scenarioSlug).owner()))) {
            throw new ForbiddenProblem("only who started run " + id + ", the scenario's owner or an admin may cancel it");
        }
        RunView view = view(id);
        if (!Status.valueOf(view.status()).terminal()) {
            liveness.requestCancel("SimulationRunEntity", id);
            RunProgress p = live.get(id);
            if (p != null) {
                // Not started yet: the job sees the flag at its first block and ends at once.
                p.cancelRequested = true;
            }
        }
        return view;
    }

    /** Progress snapshots every 250 ms until the run ends; the last one is terminal, then the stream completes. */
    public Multi<RunProgress.Snapshot> events(Caller caller, String id) {
        visible(caller, id);
        return progressStreams.poll(() -> view(id).progress(), RunProgress.Snapshot::terminal);
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String writeResult(ResultViews.Result result) {
        try {
            return json.writeValueAsString(result);
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
