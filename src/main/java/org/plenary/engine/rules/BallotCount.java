package org.plenary.engine.rules;

/**
 * What one round's ballots say, aggregated.
 *
 * @param votes      marks per candidate index (for a multi-seat race a ballot may mark several names)
 * @param ballots    non-blank ballots cast (each counts once however many names it marks)
 * @param blank      blank ballots (and, for a yes/no vote, abstentions)
 * @param against    "no" votes in a yes/no vote on a lone candidate; 0 otherwise
 * @param abstained  voters present who did not cast a ballot
 */
public record BallotCount(int[] votes, int ballots, int blank, int against, int abstained) {
}
