package org.plenary.engine.model;

import java.util.List;

/** Everything one simulation of a General Assembly session needs, as immutable data. */
public record Scenario(String slug, String title, int year, List<Delegation> delegations, List<Post> posts,
                       List<SittingMember> sitting, List<Candidate> candidates, List<Campaign> campaigns,
                       ModelParameters model) {
    public Scenario {
        delegations = List.copyOf(delegations);
        posts = List.copyOf(posts);
        sitting = List.copyOf(sitting);
        candidates = List.copyOf(candidates);
        campaigns = List.copyOf(campaigns);
    }
}
