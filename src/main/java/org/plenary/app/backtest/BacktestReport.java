package org.plenary.app.backtest;

import java.util.List;

/**
 * How well the model's defaults reproduce history, race by race, plus the two campaign checks.
 *
 * @param trials trials per scenario; @param seed the default seed used
 */
public record BacktestReport(String engineVersion, long seed, long trials, List<RaceCheck> races,
                             List<CampaignCheck> campaigns) {

    /**
     * @param winnerProbabilities model probability that each real winner wins, with its 95 % interval
     * @param favourite           the model's most likely winner of the post
     * @param simulatedShare      mean share of the (first) real winner in the deciding round, among trials reaching it
     * @param probabilityOfDecidingRound probability that the race reaches the deciding round
     */
    public record RaceCheck(String scenario, String post, String title, List<WinnerCheck> winnerProbabilities,
                            String favourite, boolean realWinnerIsFavourite, int decidingRound, Double knownShare,
                            Double simulatedShare, Double probabilityOfDecidingRound, String knownFigures) {
    }

    public record WinnerCheck(String candidate, String name, double probability, double[] ci95) {
    }

    /** A campaign's effect on a candidate: win probability without and with it, and the paired difference. */
    public record CampaignCheck(String scenario, String description, String candidate, double withoutCampaigns,
                                double withCampaigns, double difference, double[] ci95) {
    }
}
