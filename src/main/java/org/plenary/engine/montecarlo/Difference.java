package org.plenary.engine.montecarlo;

/**
 * The change in a candidate's win probability from the baseline arm to another arm, on common random numbers.
 * The interval is paired: it uses the variance of the per-trial difference of the win indicators.
 */
public record Difference(String arm, String baseline, String postId, String candidateId, double difference,
                         Interval ci95) {
}
