package org.plenary.engine.behaviour;

import java.util.List;

/**
 * Why a delegation rates a candidate as it does, and how likely it is to vote for it.
 *
 * @param baseline                 the named baseline terms (weighted)
 * @param campaigns                one entry per campaign in force aimed at this candidate
 * @param lobbying                 L: the saturated sum of the campaign terms
 * @param utility                  V + L before shocks
 * @param probabilityWithoutShocks round-1 probability of a mark for this candidate (yes for a lone candidate)
 *                                 when present, with shocks at zero
 * @param probability              the same, integrating the correlated shocks
 */
public record CandidateExplanation(String candidateId, String name, String country, BaselineTerms baseline,
                                   List<CampaignTerm> campaigns, double lobbying, double utility,
                                   double probabilityWithoutShocks, double probability) {
    public CandidateExplanation {
        campaigns = List.copyOf(campaigns);
    }
}
