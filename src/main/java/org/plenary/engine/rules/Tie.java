package org.plenary.engine.rules;

/**
 * A tie that decided an outcome: the candidates who could not be separated by the count.
 *
 * @param round          the round in which the tie stopped the race or was drawn
 * @param candidates     the tied candidate indices, ascending
 * @param resolvedByLot  true when lots were drawn (only ever with a seeded generator); false when the tie is
 *                       reported to the caller and the seats it concerned stay open
 */
public record Tie(int round, int[] candidates, boolean resolvedByLot) {
}
