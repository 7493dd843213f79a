package org.plenary.app;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.plenary.persistence.SimulationRunEntity.Status;

/**
 * Keeps the database's view of jobs right when several instances share it. A job lives in the memory of the one
 * instance that queued it; the others only see its row. So, every beat, each instance writes for every job it
 * holds a heartbeat and its progress (read on any instance: status, progress and events), and reads whether a
 * cancel was asked for at another instance. Every few beats it fails as interrupted any queued or running job
 * whose heartbeat has stopped for {@link PlenaryConfig.Jobs#staleAfter()}: the instance holding it stopped (a
 * crash, a kill, a rolling restart). An instance starting up therefore no longer fails the jobs of the others.
 *
 * <p>Clocks: heartbeats are written and compared with each instance's clock, so the instances' clocks must agree
 * to well within the stale time (as NTP keeps them).
 */
@ApplicationScoped
public class JobLiveness {

    private static final Logger LOG = Logger.getLogger(JobLiveness.class);

    /** Beats between two sweeps for stopped instances' jobs (a sweep scans the unfinished jobs' index). */
    private static final int BEATS_PER_SWEEP = 5;

    /**
     * One kind of job: its entity (as named in queries), the field holding its progress, and the jobs of that kind
     * this instance holds now (queued or running; the map is the service's own, read as it changes).
     */
    public record JobTable(String entity, String progressField, Map<String, ? extends HeldJob> live) {
    }

    @Inject
    PlenaryConfig config;

    private final List<JobTable> tables = new CopyOnWriteArrayList<>();

    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "plenary-job-liveness");
        t.setDaemon(true);
        return t;
    });

    private long beats;

    /**
     * Since when every beat has reached the database (null after a failed one); only the ticker thread uses it. An
     * instance sweeps only after a stale time of unbroken beats: after an outage of the database, the others have
     * beaten again by then, so their jobs are not taken for a stopped instance's.
     */
    private Instant healthySince;

    /** Services register their kind of job at start-up. */
    public void register(JobTable table) {
        tables.add(table);
    }

    void start(@Observes StartupEvent event) {
        long period = config.jobs().heartbeat().toMillis();
        ticker.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        ticker.shutdownNow();
    }

    private void tick() {
        try {
            Instant now = Instant.now();
            if (!beat(now)) {
                touchDatabase();
            }
            if (healthySince == null) {
                healthySince = now;
            }
            if (beats++ % BEATS_PER_SWEEP == 0 && !now.isBefore(healthySince.plus(config.jobs().staleAfter()))) {
                sweep(now);
            }
        } catch (RuntimeException e) {
            // A failed beat (the database briefly unreachable) is retried at the next one; never stop the ticker.
            healthySince = null;
            LOG.warnf("job heartbeat failed: %s", e.toString());
        }
    }

    /** With no job to beat for, still find out whether the database answers (see {@link #healthySince}). */
    private void touchDatabase() {
        if (!tables.isEmpty()) {
            QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                    .createQuery("select count(*) from " + tables.get(0).entity() + " where id = :none")
                    .setParameter("none", "").getSingleResult());
        }
    }

    /**
     * Writes heartbeat and progress of every job this instance holds; passes on cancels asked for elsewhere; stops
     * a job whose row is no longer unfinished (another instance took it for a stopped one's and failed it).
     *
     * @return whether there was any job to beat for (and so the database was reached)
     */
    public boolean beat(Instant now) {
        boolean any = false;
        for (JobTable table : tables) {
            // A job taken less than two beats ago is skipped: its row was written with a fresh heartbeat, and most
            // runs answered at once end before then, so they cost no extra write to the database.
            long young = System.nanoTime() - 2 * config.jobs().heartbeat().toNanos();
            Map<String, HeldJob> held = new java.util.HashMap<>();
            table.live().forEach((id, job) -> {
                if (job.heldSinceNanos - young <= 0) {
                    held.put(id, job);
                }
            });
            if (held.isEmpty()) {
                continue;
            }
            any = true;
            for (Map.Entry<String, HeldJob> job : held.entrySet()) {
                Instant started = job.getValue().startedAt();
                // Only an unfinished row is touched: the job's own final write is never undone by a late beat.
                int written = QuarkusTransaction.requiringNew().call(() -> {
                    var update = started == null
                            ? Panache.getEntityManager().createQuery("update " + table.entity()
                                    + " set heartbeatAt = :now where id = :id and status = :queued")
                            : Panache.getEntityManager().createQuery("update " + table.entity()
                                    + " set heartbeatAt = :now, status = :running, startedAt = :started, "
                                    + table.progressField() + " = :done where id = :id and status in (:queued, :running)")
                                    .setParameter("running", Status.RUNNING)
                                    .setParameter("started", started)
                                    .setParameter("done", job.getValue().done.get());
                    return update.setParameter("now", now).setParameter("id", job.getKey())
                            .setParameter("queued", Status.QUEUED).executeUpdate();
                });
                if (written == 0 && !job.getValue().status.terminal() && endedElsewhere(table, job.getKey())) {
                    // Work on it would be lost: its row says it failed (or is gone), whatever it computes now.
                    LOG.warnf("%s %s was ended by another instance while it ran here; stopping it", table.entity(),
                            job.getKey());
                    job.getValue().cancelRequested = true;
                }
            }
            List<String> cancelled = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                    .createQuery("select id from " + table.entity() + " where cancelRequested = true and id in :ids",
                            String.class)
                    .setParameter("ids", held.keySet()).getResultList());
            for (String id : cancelled) {
                held.get(id).cancelRequested = true;
            }
        }
        return any;
    }

    /**
     * Whether a job's row, which a beat could not write, was failed (as interrupted, by another instance's sweep) or
     * deleted, rather than finished by the job itself a moment ago.
     */
    private static boolean endedElsewhere(JobTable table, String id) {
        List<Status> status = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createQuery("select status from " + table.entity() + " where id = :id", Status.class)
                .setParameter("id", id).getResultList());
        return status.isEmpty() || status.get(0) == Status.FAILED;
    }

    /**
     * Fails as interrupted every queued or running job, of any instance but this one, whose heartbeat is older than
     * the stale time (or missing: a row from before heartbeats). Any instance may do it; it is idempotent.
     *
     * @return how many jobs were failed
     */
    public int sweep(Instant now) {
        Instant staleBefore = now.minus(config.jobs().staleAfter());
        int failed = 0;
        for (JobTable table : tables) {
            Set<String> mine = Set.copyOf(table.live().keySet());
            String notMine = mine.isEmpty() ? "" : " and id not in :mine";
            int n = QuarkusTransaction.requiringNew().call(() -> {
                var update = Panache.getEntityManager().createQuery("update " + table.entity()
                        + " set status = :failed, error = :why, finishedAt = :now"
                        + " where status in (:queued, :running) and (heartbeatAt < :staleBefore"
                        // A row from before heartbeats: stale once it is older than the stale time.
                        + " or (heartbeatAt is null and createdAt < :staleBefore))"
                        + notMine)
                        .setParameter("failed", Status.FAILED)
                        .setParameter("why", "interrupted: the service instance holding it stopped (no heartbeat for "
                                + config.jobs().staleAfter().toSeconds() + " s)")
                        .setParameter("now", now)
                        .setParameter("queued", Status.QUEUED)
                        .setParameter("running", Status.RUNNING)
                        .setParameter("staleBefore", staleBefore);
                if (!mine.isEmpty()) {
                    update.setParameter("mine", mine);
                }
                return update.executeUpdate();
            });
            if (n > 0) {
                LOG.infof("%d %s rows failed as interrupted: their instance stopped", n, table.entity());
            }
            failed += n;
        }
        return failed;
    }

    /**
     * Seconds left at the pace so far, for a job read from its row (held by another instance, whose beats write its
     * progress); null when it is not running or nothing is done yet.
     */
    public static Double eta(Status status, long done, long total, Instant startedAt, Instant now) {
        if (status != Status.RUNNING || done <= 0 || startedAt == null) {
            return null;
        }
        double elapsed = Duration.between(startedAt, now).toNanos() / 1e9;
        return Math.max(0, elapsed * (total - Math.min(done, total)) / done);
    }

    /** Records a cancel for the instance holding the job, whichever it is; a finished job is left as it is. */
    public void requestCancel(String entity, String id) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createQuery("update " + entity + " set cancelRequested = true where id = :id"
                        + " and status in (:queued, :running)")
                .setParameter("id", id).setParameter("queued", Status.QUEUED).setParameter("running", Status.RUNNING)
                .executeUpdate());
    }
}
