package org.plenary.engine.montecarlo;

import java.util.List;

/** A what-if run: every arm on the same random draws, and each arm's differences from the first arm. */
public record Comparison(List<SimulationResult> arms, List<Difference> differences) {
    public Comparison {
        arms = List.copyOf(arms);
        differences = List.copyOf(differences);
    }

    public SimulationResult arm(String name) {
        return arms.stream().filter(a -> a.arm().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no arm " + name));
    }

    public Difference difference(String arm, String candidateId) {
        return differences.stream().filter(d -> d.arm().equals(arm) && d.candidateId().equals(candidateId))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no difference " + arm + "/" + candidateId));
    }
}
