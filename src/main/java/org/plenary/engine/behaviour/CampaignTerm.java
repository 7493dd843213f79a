package org.plenary.engine.behaviour;

/**
 * One campaign's effect on one delegation's utility for its target candidate, with the factors that produced it.
 * {@code raw} is the product of the factors; {@code attributed} is its share of the saturated total
 * (raw × saturated total / raw total), so that the attributed terms of a (delegation, candidate) add up to the
 * lobbying effect L actually used.
 *
 * @param direction     +1 for SUPPORT, -1 for OPPOSE
 * @param strength      campaign strength × signer factor log(1+signers)/log(1+signerReference) (1 for unsigned texts)
 * @param reach         1 in the direct audience, spillover × share of bloc partners reached, else 0
 * @param receptiveness receptiveness of this kind of campaign
 * @param backlash      1 normally; falls to -backlash for a delegation fully aligned with the target's camp
 * @param decay         0.5^(daysBeforeVote / half-life)
 * @param secrecy       1 - secretBallotDiscount
 */
public record CampaignTerm(String campaignId, String title, String targetCandidateId, double direction,
                           double strength, double reach, double receptiveness, double backlash, double decay,
                           double secrecy, double raw, double attributed) {
}
