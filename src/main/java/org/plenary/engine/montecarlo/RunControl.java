package org.plenary.engine.montecarlo;

import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * Progress and cancellation for a long run. {@code progress} receives the number of trials done after each block
 * (from worker threads: keep it cheap and thread-safe); {@code cancelled} is polled once per block, as is the
 * calling thread's interrupt flag.
 */
public record RunControl(LongConsumer progress, BooleanSupplier cancelled) {
    public static final RunControl NONE = new RunControl(n -> { }, () -> false);
}
