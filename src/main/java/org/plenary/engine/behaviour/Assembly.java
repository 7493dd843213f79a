package org.plenary.engine.behaviour;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plenary.engine.model.Candidate;
import org.plenary.engine.model.Delegation;
import org.plenary.engine.model.Post;
import org.plenary.engine.model.Region;
import org.plenary.engine.model.Scenario;

/**
 * Index tables over one scenario: delegations, candidates, posts and blocs by position, so that the model and the
 * Monte Carlo loop work on primitive arrays. Positions follow the scenario's own list order.
 */
public final class Assembly {
    private final Scenario scenario;
    private final Map<String, Integer> delegationIndex = new HashMap<>();
    private final Map<String, Integer> candidateIndex = new HashMap<>();
    private final Map<String, Integer> postIndex = new HashMap<>();
    private final Map<String, Integer> blocIndex = new LinkedHashMap<>();
    private final int[][] blocsOf;
    private final int[][] blocPartners;
    private final int[][] candidatesOfPost;
    private final int[] postOfCandidate;

    public Assembly(Scenario scenario) {
        this.scenario = scenario;
        List<Delegation> ds = scenario.delegations();
        for (int d = 0; d < ds.size(); d++) {
            if (delegationIndex.put(ds.get(d).code(), d) != null) {
                throw new IllegalArgumentException("duplicate delegation code " + ds.get(d).code());
            }
            for (String b : ds.get(d).blocs()) {
                blocIndex.putIfAbsent(b, blocIndex.size());
            }
        }
        blocsOf = new int[ds.size()][];
        for (int d = 0; d < ds.size(); d++) {
            blocsOf[d] = ds.get(d).blocs().stream().distinct().mapToInt(blocIndex::get).toArray();
        }
        blocPartners = partners(blocsOf, blocIndex.size());
        List<Post> posts = scenario.posts();
        for (int p = 0; p < posts.size(); p++) {
            postIndex.put(posts.get(p).id(), p);
        }
        List<Candidate> cs = scenario.candidates();
        postOfCandidate = new int[cs.size()];
        List<List<Integer>> byPost = new ArrayList<>();
        posts.forEach(p -> byPost.add(new ArrayList<>()));
        for (int c = 0; c < cs.size(); c++) {
            if (candidateIndex.put(cs.get(c).id(), c) != null) {
                throw new IllegalArgumentException("duplicate candidate id " + cs.get(c).id());
            }
            Integer p = postIndex.get(cs.get(c).postId());
            postOfCandidate[c] = p == null ? -1 : p;
            if (p != null) {
                byPost.get(p).add(c);
            }
        }
        candidatesOfPost = byPost.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    /** For each delegation, the other delegations sharing at least one bloc with it (ascending). */
    private static int[][] partners(int[][] blocsOf, int blocs) {
        List<List<Integer>> members = new ArrayList<>();
        for (int b = 0; b < blocs; b++) {
            members.add(new ArrayList<>());
        }
        for (int d = 0; d < blocsOf.length; d++) {
            for (int b : blocsOf[d]) {
                members.get(b).add(d);
            }
        }
        int[][] out = new int[blocsOf.length][];
        boolean[] seen = new boolean[blocsOf.length];
        for (int d = 0; d < blocsOf.length; d++) {
            List<Integer> list = new ArrayList<>();
            for (int b : blocsOf[d]) {
                for (int o : members.get(b)) {
                    if (o != d && !seen[o]) {
                        seen[o] = true;
                        list.add(o);
                    }
                }
            }
            list.forEach(o -> seen[o] = false);
            out[d] = list.stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return out;
    }

    public Scenario scenario() {
        return scenario;
    }

    public int delegations() {
        return scenario.delegations().size();
    }

    public int candidates() {
        return scenario.candidates().size();
    }

    public int posts() {
        return scenario.posts().size();
    }

    public int blocs() {
        return blocIndex.size();
    }

    public List<String> blocNames() {
        return List.copyOf(blocIndex.keySet());
    }

    public Delegation delegation(int d) {
        return scenario.delegations().get(d);
    }

    public Candidate candidate(int c) {
        return scenario.candidates().get(c);
    }

    public Post post(int p) {
        return scenario.posts().get(p);
    }

    /** Position of a delegation, or -1. */
    public int delegationIndex(String code) {
        return delegationIndex.getOrDefault(code, -1);
    }

    /** Position of a candidate, or -1. */
    public int candidateIndex(String id) {
        return candidateIndex.getOrDefault(id, -1);
    }

    /** Position of a post, or -1. */
    public int postIndex(String id) {
        return postIndex.getOrDefault(id, -1);
    }

    public int[] blocsOf(int d) {
        return blocsOf[d];
    }

    public int[] blocPartners(int d) {
        return blocPartners[d];
    }

    /** Candidates standing for post p, as candidate positions in scenario order. */
    public int[] candidatesOfPost(int p) {
        return candidatesOfPost[p];
    }

    public int postOfCandidate(int c) {
        return postOfCandidate[c];
    }

    /** The delegation of a candidate's country, or -1 when the country is not a member in this scenario. */
    public int homeDelegation(int c) {
        return delegationIndex(candidate(c).country());
    }

    /** The candidate's region: its country's, else the region of the seat it stands for, else null. */
    public Region candidateRegion(int c) {
        int home = homeDelegation(c);
        if (home >= 0) {
            return delegation(home).region();
        }
        int p = postOfCandidate[c];
        return p >= 0 ? post(p).region() : null;
    }

    /** The camp a candidate stands for: its own axes, or when it has none its country's alignment. */
    public Map<String, Double> camp(int c) {
        Candidate cand = candidate(c);
        if (!cand.camp().isEmpty()) {
            return cand.camp();
        }
        int home = homeDelegation(c);
        return home >= 0 ? delegation(home).alignment() : Map.of();
    }
}
