package org.plenary.app;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The bounded pool every simulation and optimiser job runs on: a fixed number of workers and a bounded
 * queue, so overload is answered with 429 instead of unbounded memory and latency.
 */
@ApplicationScoped
public class JobPool {

    @Inject
    PlenaryConfig config;

    private ThreadPoolExecutor executor;

    @PostConstruct
    void start() {
        AtomicInteger n = new AtomicInteger();
        executor = new ThreadPoolExecutor(config.jobs().concurrency(), config.jobs().concurrency(), 60,
                TimeUnit.SECONDS, new ArrayBlockingQueue<>(config.jobs().queue()), r -> {
                    Thread t = new Thread(r, "plenary-job-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    void stop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }

    /** @throws TooBusyProblem when every worker is busy and the queue is full */
    public Future<?> submit(Runnable job) {
        try {
            return executor.submit(job);
        } catch (RejectedExecutionException e) {
            throw new TooBusyProblem(config.jobs().retryAfterSeconds());
        }
    }

    /** @throws TooBusyProblem when every worker is busy and the queue is full */
    public <T> Future<T> submit(java.util.concurrent.Callable<T> job) {
        try {
            return executor.submit(job);
        } catch (RejectedExecutionException e) {
            throw new TooBusyProblem(config.jobs().retryAfterSeconds());
        }
    }

    public int active() {
        return executor.getActiveCount();
    }

    public int queued() {
        return executor.getQueue().size();
    }
}
