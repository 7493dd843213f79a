package org.plenary.engine.optimise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.plenary.engine.model.Campaign;
import org.plenary.engine.model.Candidate;
import org.plenary.engine.model.Post;
import org.plenary.engine.model.Scenario;

/** Scenario surgery shared by the analyses. */
public final class Cuts {
    private Cuts() {
    }

    /**
     * The session up to and including {@code postId}: later posts, their candidates and the campaigns aimed at
     * them are dropped. The session elects posts in order and a race depends only on the races before it, so the
     * post's outcome has the same distribution; the analyses simulate only what can change it.
     */
    public static Scenario upTo(Scenario s, String postId) {
        List<Post> posts = new ArrayList<>();
        for (Post p : s.posts()) {
            posts.add(p);
            if (p.id().equals(postId)) {
                break;
            }
        }
        if (posts.size() == s.posts().size()) {
            return s;
        }
        Set<String> kept = new HashSet<>();
        posts.forEach(p -> kept.add(p.id()));
        List<Candidate> candidates = s.candidates().stream().filter(c -> kept.contains(c.postId())).toList();
        Set<String> ids = new HashSet<>();
        candidates.forEach(c -> ids.add(c.id()));
        List<Campaign> campaigns = s.campaigns().stream().filter(k -> ids.contains(k.targetCandidateId())).toList();
        return new Scenario(s.slug(), s.title(), s.year(), s.delegations(), posts, s.sitting(), candidates, campaigns,
                s.model());
    }

    /** Ids of the campaigns enabled in the scenario. */
    public static Set<String> enabled(Scenario s) {
        Set<String> ids = new LinkedHashSet<>();
        for (Campaign k : s.campaigns()) {
            if (k.enabled()) {
                ids.add(k.id());
            }
        }
        return ids;
    }

    public static Scenario withCampaign(Scenario s, Campaign extra) {
        List<Campaign> campaigns = new ArrayList<>(s.campaigns());
        campaigns.add(extra);
        return new Scenario(s.slug(), s.title(), s.year(), s.delegations(), s.posts(), s.sitting(), s.candidates(),
                campaigns, s.model());
    }

    public static Scenario withCampaigns(Scenario s, List<Campaign> campaigns) {
        return new Scenario(s.slug(), s.title(), s.year(), s.delegations(), s.posts(), s.sitting(), s.candidates(),
                campaigns, s.model());
    }

    public static Scenario withCandidates(Scenario s, List<Candidate> candidates) {
        return new Scenario(s.slug(), s.title(), s.year(), s.delegations(), s.posts(), s.sitting(), candidates,
                s.campaigns(), s.model());
    }

    /** A campaign id not used by the scenario. */
    public static String freshCampaignId(Scenario s, String wanted) {
        Set<String> used = new HashSet<>();
        s.campaigns().forEach(k -> used.add(k.id()));
        String id = wanted;
        for (int i = 2; used.contains(id); i++) {
            id = wanted + "-" + i;
        }
        return id;
    }

    /** Position of a candidate among its post's candidates (the order of per-post result lists). */
    public static int indexInPost(Scenario s, String postId, String candidateId) {
        int i = 0;
        for (Candidate c : s.candidates()) {
            if (c.postId().equals(postId)) {
                if (c.id().equals(candidateId)) {
                    return i;
                }
                i++;
            }
        }
        return -1;
    }

    public static List<Candidate> candidatesOf(Scenario s, String postId) {
        return s.candidates().stream().filter(c -> c.postId().equals(postId)).toList();
    }

    /**
     * The seed of the re-check stream: a fixed bijective scramble of the search seed (never equal to it), so the
     * re-check draws are fresh yet reproducible from the one seed a client sees.
     */
    public static long recheckSeed(long seed) {
        long z = (seed ^ 0x5851F42D4C957F2DL) * 0x9E3779B97F4A7C15L;
        // Below 2^53, as the service's fresh seeds: JSON readers that use doubles (JavaScript) hold it exactly.
        z = (z ^ (z >>> 31)) & ((1L << 53) - 1);
        return z == seed ? z ^ 1 : z;
    }
}
