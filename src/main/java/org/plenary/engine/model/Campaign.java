package org.plenary.engine.model;

import java.util.List;

/**
 * A lobbying effort aimed at one candidate: an open letter, a statement, a report, a demarche.
 *
 * @param signers         number of signatories (0 when not a signed text); strength grows with log(1+signers)
 * @param signerCountries countries of the signatories
 * @param daysBeforeVote  how long before the vote it was made public; older campaigns have decayed
 * @param strength        the campaign's intrinsic strength multiplier (1 = typical for its kind)
 */
public record Campaign(String id, String title, CampaignKind kind, List<String> authors, List<String> signerCountries,
                       int signers, Stance stance, String targetCandidateId, Audience audience, int daysBeforeVote,
                       double strength, boolean enabled) {
    public Campaign {
        authors = List.copyOf(authors);
        signerCountries = List.copyOf(signerCountries);
    }

    public Campaign withEnabled(boolean on) {
        return new Campaign(id, title, kind, authors, signerCountries, signers, stance, targetCandidateId, audience,
                daysBeforeVote, strength, on);
    }

    public Campaign withStrength(double newStrength) {
        return new Campaign(id, title, kind, authors, signerCountries, signers, stance, targetCandidateId, audience,
                daysBeforeVote, newStrength, enabled);
    }

    public Campaign withAudience(Audience newAudience) {
        return new Campaign(id, title, kind, authors, signerCountries, signers, stance, targetCandidateId, newAudience,
                daysBeforeVote, strength, enabled);
    }
}
