package org.plenary.engine.model;

import java.util.Map;

/**
 * A candidate for one post.
 *
 * @param appeal  candidate-specific attractiveness (credentials, credibility), on the utility scale
 * @param camp    alignment axes of the candidate's camp; empty means "the candidate's country's alignment"
 * @param pledges delegation code to pledge strength (public backing), on the utility scale before weighting
 */
public record Candidate(String id, String name, String country, String postId, double appeal,
                        Map<String, Double> camp, Map<String, Double> pledges) {
    public Candidate {
        camp = Map.copyOf(camp);
        pledges = Map.copyOf(pledges);
    }
}
