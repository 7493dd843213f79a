package org.plenary.engine.optimise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LazyGreedyTest {

    /** Coverage: the value of a set is the number of elements its items cover (submodular). */
    private static final Map<String, Set<Integer>> COVERS = Map.of(
            "a", Set.of(1, 2, 3, 4, 5, 6),
            "b", Set.of(1, 2, 3, 7),
            "c", Set.of(4, 5, 6, 8),
            "d", Set.of(7, 8, 9),
            "e", Set.of(10),
            "f", Set.of(1, 10, 11),
            "g", Set.of(2));

    private static double marginal(List<String> chosen, String item) {
        Set<Integer> covered = new HashSet<>();
        chosen.forEach(c -> covered.addAll(COVERS.get(c)));
        return COVERS.get(item).stream().filter(x -> !covered.contains(x)).count();
    }

    private static final class Counting implements LazyGreedy.Oracle<Double> {
        int evaluations;
        int largestLazyCall;
        int calls;

        @Override
        public List<Double> marginals(List<String> chosen, List<String> candidates) {
            evaluations += candidates.size();
            if (calls++ > 0) {
                largestLazyCall = Math.max(largestLazyCall, candidates.size());
            }
            return candidates.stream().map(c -> marginal(chosen, c)).toList();
        }
    }

    private static List<String> plainGreedy(List<String> items, int k) {
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < k) {
            String best = null;
            double bestGain = 0;
            for (String i : items) {
                if (chosen.contains(i)) {
                    continue;
                }
                double g = marginal(chosen, i);
                if (g > bestGain || (g == bestGain && best != null && i.compareTo(best) < 0)) {
                    best = i;
                    bestGain = g;
                }
            }
            if (best == null) {
                break;
            }
            chosen.add(best);
        }
        return chosen;
    }

    @Test
    void onASubmodularObjectiveItPicksWhatPlainGreedyPicksWithFewerEvaluations() {
        List<String> items = List.of("a", "b", "c", "d", "e", "f", "g");
        Counting oracle = new Counting();
        LazyGreedy.Outcome<Double> out = new LazyGreedy<>(oracle, g -> g, 1).select(items, 3);
        List<String> picked = out.steps().stream().map(LazyGreedy.Step::item).toList();
        assertThat(picked).isEqualTo(plainGreedy(items, 3));
        assertThat(picked).containsExactly("a", "d", "f");
        // Plain greedy evaluates 7 + 6 + 5 = 18 item-set pairs.
        assertThat(out.evaluations()).isEqualTo(oracle.evaluations).isLessThan(18);
        assertThat(out.stopReason()).isEqualTo("budget");
    }

    @Test
    void theSelectedGainIsTheFreshOneAgainstTheSetChosenSoFar() {
        LazyGreedy.Outcome<Double> out = new LazyGreedy<>(new Counting(), g -> g, 2)
                .select(List.of("a", "b", "c", "d", "e", "f", "g"), 3);
        List<String> so = new ArrayList<>();
        for (LazyGreedy.Step<Double> s : out.steps()) {
            assertThat(s.estimate()).isEqualTo(marginal(so, s.item()));
            so.add(s.item());
        }
    }

    @Test
    void staleItemsAreReEvaluatedInBatchesOfAtMostTheBatchSize() {
        Counting oracle = new Counting();
        new LazyGreedy<>(oracle, g -> g, 3).select(List.of("a", "b", "c", "d", "e", "f", "g"), 5);
        assertThat(oracle.largestLazyCall).isBetween(1, 3);
    }

    @Test
    void aKnownFirstPassIsNotEvaluatedAgain() {
        List<String> items = List.of("a", "b", "c");
        Counting oracle = new Counting();
        List<Double> first = items.stream().map(i -> marginal(List.of(), i)).toList();
        LazyGreedy.Outcome<Double> out = new LazyGreedy<>(oracle, g -> g, 1).select(items, 1, first);
        assertThat(out.steps()).extracting(LazyGreedy.Step::item).containsExactly("a");
        assertThat(oracle.evaluations).isZero();
    }

    @Test
    void aBudgetOfZeroSelectsNothing() {
        Counting oracle = new Counting();
        LazyGreedy.Outcome<Double> out = new LazyGreedy<>(oracle, g -> g, 1).select(List.of("a", "b"), 0);
        assertThat(out.steps()).isEmpty();
        assertThat(oracle.evaluations).isZero();
    }

    @Test
    void itStopsWhenNothingImprovesAndWhenTheCandidatesRunOut() {
        // Everything is covered after a, d, f: no further gain.
        LazyGreedy.Outcome<Double> out = new LazyGreedy<>(new Counting(), g -> g, 2)
                .select(List.of("a", "b", "c", "d", "e", "f", "g"), 7);
        assertThat(out.stopReason()).isEqualTo("no-gain");
        assertThat(out.steps()).extracting(LazyGreedy.Step::item).containsExactly("a", "d", "f");
        LazyGreedy.Outcome<Double> few = new LazyGreedy<>(new Counting(), g -> g, 2).select(List.of("a", "e"), 5);
        assertThat(few.stopReason()).isEqualTo("exhausted");
        assertThat(few.steps()).extracting(LazyGreedy.Step::item).containsExactly("a", "e");
    }

    @Test
    void tiesAreBrokenByName() {
        LazyGreedy.Outcome<Double> out = new LazyGreedy<Double>((chosen, cands) -> cands.stream().map(c -> 1.0)
                .toList(), g -> g, 1).select(List.of("z", "m", "b"), 3);
        assertThat(out.steps()).extracting(LazyGreedy.Step::item).containsExactly("b", "m", "z");
    }
}
