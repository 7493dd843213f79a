package org.plenary.engine.behaviour;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

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
import org.plenary.engine.rules.RuleCatalog;
import org.plenary.engine.rules.RuleSpec;

/** Scenarios built in code for the engine's tests and the speed check. */
public final class Scenarios {
    private Scenarios() {
    }

    /** Parameters with some components replaced; the rest are the defaults. */
    public static ModelParameters params(double spillover, double backlash, double saturation, double shocksScale,
                                         double roundMovement, double bandwagon) {
        ModelParameters m = ModelParameters.defaults();
        return new ModelParameters(m.appealWeight(), m.alignmentWeight(), m.regionWeight(), m.blocWeight(),
                m.pledgeWeight(), m.homeBonus(), m.choiceScale(), m.globalShock() * shocksScale,
                m.regionalShock() * shocksScale, m.blocShock() * shocksScale, m.turnoutOverride(),
                m.abstainUtility(), m.loneNoUtility(), roundMovement, bandwagon, spillover, backlash,
                m.decayHalfLifeDays(), saturation, m.secretBallotDiscount(), m.signerReference(),
                m.receptiveness(), m.approvalThreshold());
    }

    public static Delegation delegation(String code, Region region, List<String> blocs, double attendance,
                                        double east) {
        return new Delegation(code, code, region, blocs, true, attendance, Map.of("east", east));
    }

    public static Candidate candidate(String id, String country, String post, double appeal) {
        return new Candidate(id, id, country, post, appeal, Map.of(), Map.of());
    }

    public static Campaign letter(String id, String target, Stance stance, Audience audience, int days,
                                  double strength) {
        return new Campaign(id, id, CampaignKind.LEGISLATORS_LETTER, List.of(), List.of(), 0,
                stance == Stance.OPPOSE ? org.plenary.engine.model.Stance.OPPOSE
                        : org.plenary.engine.model.Stance.SUPPORT, target, audience, days, strength, true);
    }

    public enum Stance { SUPPORT, OPPOSE }

    public static Audience named(String... codes) {
        return new Audience(false, false, List.of(codes), List.of(), List.of());
    }

    public static Post post(String id, PostKind kind, Region region, int seats, RuleSpec rule) {
        return new Post(id, id, kind, region, seats, rule);
    }

    /**
     * n delegations with random regions, blocs and alignment (fixed seed), attendance 0.85, and the given posts
     * and candidates (candidates' countries are taken from the delegations by index "D%03d").
     */
    public static List<Delegation> randomDelegations(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Delegation> out = new ArrayList<>();
        Region[] regions = Region.values();
        for (int i = 0; i < n; i++) {
            Region reg = regions[i % regions.length];
            List<String> blocs = new ArrayList<>();
            blocs.add(reg.name().substring(0, 2) + r.nextInt(3));
            if (r.nextDouble() < 0.4) {
                blocs.add("G" + r.nextInt(4));
            }
            out.add(delegation(String.format("D%03d", i), reg, blocs, 0.85, r.nextDouble(-1, 1)));
        }
        return out;
    }

    public static Scenario scenario(List<Delegation> ds, List<Post> posts, List<Candidate> cs, List<Campaign> ks,
                                    ModelParameters m) {
        return new Scenario("test", "test", 2021, ds, posts, List.of(), cs, ks, m);
    }

    /**
     * A synthetic assembly of the real size: 195 delegations, 12 posts, 30 candidates under Interpol's rules
     * (President, four Vice-Presidents by region, seven Delegate races, two with two seats).
     */
    public static Scenario assembly195(long seed) {
        List<Delegation> ds = randomDelegations(195, seed);
        SplittableRandom r = new SplittableRandom(seed + 1);
        List<Post> posts = new ArrayList<>();
        List<Candidate> cs = new ArrayList<>();
        int[] next = {0};
        java.util.function.BiConsumer<Post, Integer> add = (p, k) -> {
            posts.add(p);
            for (int i = 0; i < k; i++) {
                Region want = p.region();
                int d;
                do {
                    d = next[0]++ % 195;
                } while (want != null && ds.get(d).region() != want);
                cs.add(candidate(p.id() + "-" + i, ds.get(d).code(), p.id(), r.nextDouble(-0.5, 0.5)));
            }
        };
        add.accept(post("president", PostKind.PRESIDENT, null, 1, RuleCatalog.named("interpol-president")), 4);
        for (Region reg : Region.values()) {
            add.accept(post("vp-" + reg, PostKind.VICE_PRESIDENT, reg, 1,
                    RuleCatalog.named("interpol-vice-president")), 2);
        }
        RuleSpec del = RuleCatalog.named("interpol-delegate");
        add.accept(post("del-africa-1", PostKind.DELEGATE, Region.AFRICA, 1, del), 2);
        add.accept(post("del-africa-2", PostKind.DELEGATE, Region.AFRICA, 1, del), 2);
        add.accept(post("del-americas", PostKind.DELEGATE, Region.AMERICAS, 2, del), 3);
        add.accept(post("del-asia", PostKind.DELEGATE, Region.ASIA, 2, del), 3);
        add.accept(post("del-europe-1", PostKind.DELEGATE, Region.EUROPE, 1, del), 3);
        add.accept(post("del-europe-2", PostKind.DELEGATE, Region.EUROPE, 1, del), 2);
        add.accept(post("del-europe-3", PostKind.DELEGATE, Region.EUROPE, 1, del), 3);
        List<Campaign> ks = List.of(
                letter("letter", "president-0", Stance.OPPOSE,
                        new Audience(false, false, List.of(), List.of(Region.EUROPE), List.of()), 8, 1.0),
                letter("support", "del-asia-1", Stance.SUPPORT,
                        new Audience(false, false, List.of(), List.of(), List.of("AS0", "G1")), 3, 1.0));
        return scenario(ds, posts, cs, ks, ModelParameters.defaults());
    }
}
