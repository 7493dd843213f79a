package org.plenary.engine.montecarlo;

import java.util.List;

/** One delegation across the posts of the session. */
public record DelegationResult(String code, List<DelegationPostResult> posts) {
    public DelegationResult {
        posts = List.copyOf(posts);
    }
}
