package org.plenary.app;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Progress of a job as a stream: a snapshot every 250 ms until a terminal one, then completion. Shared by the
 * simulation and analysis jobs, on one timer thread; reading the snapshot from the database keeps the stream
 * right whichever thread (or instance) ran the job.
 */
@ApplicationScoped
public class ProgressStreams {

    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "plenary-progress");
        t.setDaemon(true);
        return t;
    });

    public <T> Multi<T> poll(Supplier<T> snapshot, Predicate<T> terminal) {
        return Multi.createFrom().emitter(emitter -> {
            ScheduledFuture<?> poll = ticker.scheduleAtFixedRate(() -> {
                try {
                    T s = snapshot.get();
                    emitter.emit(s);
                    if (terminal.test(s)) {
                        emitter.complete();
                    }
                } catch (RuntimeException e) {
                    emitter.complete();
                }
            }, 0, 250, TimeUnit.MILLISECONDS);
            emitter.onTermination(() -> poll.cancel(false));
        });
    }

    void stop(@Observes ShutdownEvent event) {
        ticker.shutdownNow();
    }
}
