package org.plenary.engine.montecarlo;

import java.util.List;

/**
 * The result of a Monte Carlo run of one scenario (or of one arm of a comparison).
 *
 * @param trials       trials actually run (fewer than requested after an early stop or a cancellation)
 * @param stoppedEarly every win probability's interval got narrower than the requested width
 * @param cancelled    the run was cancelled; the result covers the blocks finished by then
 */
public record SimulationResult(String arm, long seed, long trials, boolean stoppedEarly, boolean cancelled,
                               List<PostResult> posts, List<DelegationResult> delegations) {
    public SimulationResult {
        posts = List.copyOf(posts);
        delegations = List.copyOf(delegations);
    }

    public PostResult post(String postId) {
        return posts.stream().filter(p -> p.postId().equals(postId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no post " + postId));
    }
}
