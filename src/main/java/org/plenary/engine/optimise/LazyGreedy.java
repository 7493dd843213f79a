package org.plenary.engine.optimise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.ToDoubleFunction;

/**
 * Greedy selection of up to k items with lazy re-evaluation (CELF: Leskovec et al. 2007, after Kempe, Kleinberg
 * and Tardos 2003). Each item keeps its last marginal gain as an upper bound on its current one; at each step only
 * the items whose stale bound is still at the top are re-evaluated. When the objective is submodular (marginal
 * gains only shrink as the set grows) this picks exactly what plain greedy picks with far fewer evaluations;
 * otherwise it is a heuristic that still picks, at each step, an item whose fresh gain beats every other item's
 * bound.
 *
 * <p>Evaluations are costly Monte Carlo runs that can evaluate several items at once on common random numbers,
 * so stale items are re-evaluated in batches of up to {@code batch} (the stale items at the top of the queue).
 * Ties are broken by item name, so the selection is deterministic.
 *
 * @param <E> an estimate of a marginal gain (with whatever detail the caller wants to keep)
 */
public final class LazyGreedy<E> {

    /** Estimates the marginal gain of adding each candidate to {@code chosen}, in the order of {@code candidates}. */
    @FunctionalInterface
    public interface Oracle<E> {
        List<E> marginals(List<String> chosen, List<String> candidates);
    }

    /** One selected item with the fresh estimate it was selected on. */
    public record Step<E>(String item, E estimate) {
    }

    /**
     * @param evaluations item evaluations made (one item against one set), including the first pass
     * @param oracleCalls calls to the oracle
     * @param stopReason  why it stopped: "budget" (k items), "no-gain" (the best gain was not positive), or
     *                    "exhausted" (no candidates left)
     */
    public record Outcome<E>(List<Step<E>> steps, int evaluations, int oracleCalls, String stopReason) {
    }

    private static final class Entry<E> {
        final String item;
        E estimate;
        double bound;
        int stamp;

        Entry(String item) {
            this.item = item;
        }
    }

    private final Oracle<E> oracle;
    private final ToDoubleFunction<E> gain;
    private final int batch;

    public LazyGreedy(Oracle<E> oracle, ToDoubleFunction<E> gain, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch: at least 1");
        }
        this.oracle = oracle;
        this.gain = gain;
        this.batch = batch;
    }

    public Outcome<E> select(List<String> candidates, int k) {
        return select(candidates, k, null);
    }

    /**
     * @param firstPass the marginal gains of every candidate against the empty set when already known (in the
     *                  order of {@code candidates}), or null to evaluate them
     */
    public Outcome<E> select(List<String> candidates, int k, List<E> firstPass) {
        List<Step<E>> steps = new ArrayList<>();
        if (k <= 0 || candidates.isEmpty()) {
            return new Outcome<>(steps, 0, 0, k <= 0 ? "budget" : "exhausted");
        }
        int evaluations = 0;
        int calls = 0;
        List<E> first = firstPass;
        if (first == null) {
            first = oracle.marginals(List.of(), List.copyOf(candidates));
            evaluations += candidates.size();
            calls++;
        }
        if (first.size() != candidates.size()) {
            throw new IllegalStateException("oracle: one estimate per candidate expected");
        }
        Comparator<Entry<E>> order = Comparator.<Entry<E>>comparingDouble(e -> -e.bound)
                .thenComparing(e -> e.item);
        PriorityQueue<Entry<E>> queue = new PriorityQueue<>(order);
        Map<String, Entry<E>> seen = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Entry<E> e = new Entry<>(candidates.get(i));
            if (seen.put(e.item, e) != null) {
                throw new IllegalArgumentException("candidates: duplicate " + e.item);
            }
            e.estimate = first.get(i);
            e.bound = gain.applyAsDouble(e.estimate);
            e.stamp = 0;
            queue.add(e);
        }
        List<String> chosen = new ArrayList<>();
        String reason = "budget";
        while (chosen.size() < k) {
            Entry<E> top = queue.peek();
            if (top == null) {
                reason = "exhausted";
                break;
            }
            if (top.stamp == chosen.size()) {
                if (!(top.bound > 0)) {
                    reason = "no-gain";
                    break;
                }
                queue.poll();
                chosen.add(top.item);
                steps.add(new Step<>(top.item, top.estimate));
                continue;
            }
            List<Entry<E>> stale = new ArrayList<>();
            while (stale.size() < batch && !queue.isEmpty() && queue.peek().stamp != chosen.size()) {
                stale.add(queue.poll());
            }
            List<E> fresh = oracle.marginals(List.copyOf(chosen), stale.stream().map(e -> e.item).toList());
            calls++;
            evaluations += stale.size();
            if (fresh.size() != stale.size()) {
                throw new IllegalStateException("oracle: one estimate per candidate expected");
            }
            for (int i = 0; i < stale.size(); i++) {
                Entry<E> e = stale.get(i);
                e.estimate = fresh.get(i);
                e.bound = gain.applyAsDouble(e.estimate);
                e.stamp = chosen.size();
                queue.add(e);
            }
        }
        return new Outcome<>(steps, evaluations, calls, reason);
    }
}
