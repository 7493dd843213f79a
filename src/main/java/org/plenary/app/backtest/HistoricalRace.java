package org.plenary.app.backtest;

import java.util.List;

/**
 * A real race the model is checked against.
 *
 * @param winners        candidate ids of the real winners
 * @param decidingRound  the round that elected them, when known (0 when unknown)
 * @param knownShare     the winner's share of the votes cast (yes among yes and no for a lone candidate) in the
 *                       deciding round, when published (NaN otherwise)
 * @param knownFigures   the published figures, in words, with their source
 */
public record HistoricalRace(String scenario, String post, String title, List<String> winners, int decidingRound,
                             double knownShare, String knownFigures) {
}
