package org.plenary.engine.optimise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.plenary.engine.model.Audience;
import org.plenary.engine.model.Campaign;
import org.plenary.engine.model.CampaignKind;
import org.plenary.engine.model.Candidate;
import org.plenary.engine.model.Delegation;
import org.plenary.engine.model.ModelParameters;
import org.plenary.engine.model.Post;
import org.plenary.engine.model.PostKind;
import org.plenary.engine.model.Region;
import org.plenary.engine.model.Scenario;
import org.plenary.engine.model.Stance;
import org.plenary.engine.rules.RuleCatalog;

/**
 * Small assemblies whose answers are known by construction: one single-seat post, candidate "a" (country CA) and
 * candidate "b" (country CB); firm delegations pledged to one side (10 logits) and undecided ones (no pledge, no
 * alignment), everyone present.
 */
final class SmallScenarios {
    static final String POST = "delegate-europe";

    private SmallScenarios() {
    }

    static List<String> codes(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(String.format("%s%02d", prefix, i));
        }
        return out;
    }

    /**
     * @param firmA     delegations pledged to a (codes FA01...)
     * @param firmB     delegations pledged to b (codes FB01...)
     * @param undecided delegations with no pledge (codes UN01...), in bloc "UND"
     */
    static Scenario race(int firmA, int firmB, int undecided, List<Campaign> campaigns) {
        List<Delegation> ds = new ArrayList<>();
        ds.add(delegation("CA", List.of()));
        ds.add(delegation("CB", List.of()));
        codes("FA", firmA).forEach(c -> ds.add(delegation(c, List.of())));
        codes("FB", firmB).forEach(c -> ds.add(delegation(c, List.of())));
        codes("UN", undecided).forEach(c -> ds.add(delegation(c, List.of("UND"))));
        Map<String, Double> forA = new java.util.HashMap<>();
        codes("FA", firmA).forEach(c -> forA.put(c, 5.0));
        Map<String, Double> forB = new java.util.HashMap<>();
        codes("FB", firmB).forEach(c -> forB.put(c, 5.0));
        List<Candidate> cs = List.of(new Candidate("a", "A", "CA", POST, 0, Map.of(), forA),
                new Candidate("b", "B", "CB", POST, 0, Map.of(), forB));
        Post post = new Post(POST, "Delegate for Europe", PostKind.DELEGATE, Region.EUROPE, 1,
                RuleCatalog.named("interpol-delegate"));
        return new Scenario("small", "small", 2021, ds, List.of(post), List.of(), cs, campaigns,
                ModelParameters.defaults());
    }

    static Campaign letterAgainst(String id, String candidate, List<String> audience) {
        return new Campaign(id, id, CampaignKind.LEGISLATORS_LETTER, List.of(), List.of(), 0, Stance.OPPOSE,
                candidate, new Audience(false, false, audience, List.of(), List.of()), 5, 1.0, true);
    }

    private static Delegation delegation(String code, List<String> blocs) {
        return new Delegation(code, code, Region.EUROPE, blocs, true, 1.0, Map.of());
    }
}
