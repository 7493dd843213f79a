package org.plenary.engine.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.plenary.engine.model.Candidate;
import org.plenary.engine.model.Delegation;
import org.plenary.engine.model.ModelParameters;
import org.plenary.engine.model.Post;
import org.plenary.engine.model.PostKind;
import org.plenary.engine.model.Region;
import org.plenary.engine.model.Scenario;
import org.plenary.engine.model.SittingMember;
import org.plenary.engine.rules.Electorate;
import org.plenary.engine.rules.ProfileElectorate;
import org.plenary.engine.rules.RuleCatalog;

/** Builders for small hand-made sessions. */
final class Scenarios {

    private Scenarios() {
    }

    static Delegation delegation(String code, Region region) {
        return new Delegation(code, code, region, List.of(), true, 1.0, Map.of());
    }

    static Post president() {
        return new Post("president", "President", PostKind.PRESIDENT, null, 1,
                RuleCatalog.defaultFor(PostKind.PRESIDENT));
    }

    static Post vicePresident(Region region) {
        return new Post("vp-" + region.name().toLowerCase(), "Vice-President for " + region, PostKind.VICE_PRESIDENT,
                region, 1, RuleCatalog.defaultFor(PostKind.VICE_PRESIDENT));
    }

    static Post delegates(Region region, int seats) {
        return new Post("delegate-" + region.name().toLowerCase(), "Delegates for " + region, PostKind.DELEGATE,
                region, seats, RuleCatalog.defaultFor(PostKind.DELEGATE));
    }

    static Candidate candidate(String name, String country, String postId) {
        return new Candidate(name.toLowerCase(), name, country, postId, 0.0, Map.of(), Map.of());
    }

    static SittingMember sitting(String name, String country, PostKind kind, Region region) {
        return new SittingMember(name, country, kind, region);
    }

    static Scenario scenario(List<Delegation> delegations, List<Post> posts, List<SittingMember> sitting,
                             List<Candidate> candidates) {
        return new Scenario("test", "test", 2026, delegations, posts, sitting, candidates, List.of(),
                ModelParameters.defaults());
    }

    /**
     * Sincere voters with one favourite each: {@code support} maps candidate names to how many delegations
     * rank that candidate alone (10 when not given); in a yes/no vote two more delegations vote no.
     */
    static ElectorateFactory support(Map<String, Integer> support) {
        return (post, onBallot) -> {
            List<ProfileElectorate.Ballot> ballots = new ArrayList<>();
            for (int i = 0; i < onBallot.size(); i++) {
                ballots.add(ProfileElectorate.Ballot.ranked(support.getOrDefault(onBallot.get(i).name(), 10), i));
            }
            if (onBallot.size() == 1) {
                ballots.add(ProfileElectorate.Ballot.against(2));
            }
            Electorate e = new ProfileElectorate(onBallot.size(), ballots);
            return e;
        };
    }
}
