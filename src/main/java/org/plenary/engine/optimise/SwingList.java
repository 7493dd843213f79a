package org.plenary.engine.optimise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plenary.engine.model.Candidate;
import org.plenary.engine.model.Delegation;
import org.plenary.engine.model.Post;
import org.plenary.engine.model.Scenario;
import org.plenary.engine.montecarlo.DelegationPostResult;
import org.plenary.engine.montecarlo.MonteCarlo;
import org.plenary.engine.montecarlo.PostResult;
import org.plenary.engine.montecarlo.RunSettings;
import org.plenary.engine.montecarlo.SimulationResult;

/**
 * The swing delegations of one post, from one run: how often each one's vote decided the post (pivotality) and
 * how close its own vote is. Closeness is the gap, among the delegation's round-1 mark probabilities given that it
 * votes, between the last candidate it would typically mark and the next one (for one seat: its favourite and
 * runner-up; for a lone candidate: yes and no). A small gap means a small push changes its vote.
 */
public final class SwingList {

    public static final long DEFAULT_TRIALS = 4000;
    public static final long DEFAULT_SEED = 1;

    /** @param vote candidate id to the probability of a mark in round 1 (over all trials, absence included) */
    public record Entry(int rank, String delegation, String name, String region, Map<String, Double> vote,
                        double blank, double against, double absent, double pivotality, double gap,
                        String leaning) {
    }

    /** @param sort "pivotality" (then closeness) or "closeness" (then pivotality) */
    public record Result(String post, long seed, long trials, boolean pivotalityMeasured, String sort,
                         List<Entry> delegations) {
    }

    private SwingList() {
    }

    public static Result of(Scenario full, String postId, long seed, long trials, String sort, int threads,
                            Work work) {
        work.raiseTotal(trials);
        Scenario s = Cuts.upTo(full, postId);
        SimulationResult r = MonteCarlo.run(s, RunSettings.of(seed, trials).withThreads(threads), work.run(1));
        work.finished(r, 1);
        PostResult pr = r.post(postId);
        Post post = s.posts().stream().filter(p -> p.id().equals(postId)).findFirst().orElseThrow();
        List<Candidate> cands = Cuts.candidatesOf(s, postId);
        String order = sort != null ? sort : pr.pivotalityMeasured() ? "pivotality" : "closeness";
        List<Entry> entries = new ArrayList<>();
        for (Delegation d : s.delegations()) {
            DelegationPostResult dp = CampaignOptimiser.postOf(r, d.code(), postId);
            Map<String, Double> vote = new LinkedHashMap<>();
            for (int i = 0; i < cands.size(); i++) {
                vote.put(cands.get(i).id(), dp.round1Votes().get(i));
            }
            double present = 1 - dp.absent();
            double gap = 1;
            String leaning = null;
            if (present > 1e-12 && !cands.isEmpty()) {
                double[] p;
                if (cands.size() == 1) {
                    p = new double[] {dp.round1Votes().get(0) / present, dp.against() / present};
                    leaning = p[0] >= p[1] ? cands.get(0).id() : "no";
                } else {
                    p = dp.round1Votes().stream().mapToDouble(v -> v / present).toArray();
                    int best = 0;
                    for (int i = 1; i < p.length; i++) {
                        if (p[i] > p[best]) {
                            best = i;
                        }
                    }
                    leaning = cands.get(best).id();
                }
                double[] sorted = p.clone();
                Arrays.sort(sorted);
                int seats = cands.size() == 1 ? 1 : Math.min(post.seats(), sorted.length - 1);
                int n = sorted.length;
                gap = sorted[n - seats] - sorted[n - seats - 1];
            }
            entries.add(new Entry(0, d.code(), d.name(), d.region().name(), vote, dp.blank(), dp.against(),
                    dp.absent(), dp.pivotality(), gap, leaning));
        }
        Comparator<Entry> byPivot = Comparator.comparingDouble((Entry e) -> -e.pivotality());
        Comparator<Entry> byGap = Comparator.comparingDouble(Entry::gap);
        Comparator<Entry> cmp = "closeness".equals(order) ? byGap.thenComparing(byPivot) : byPivot.thenComparing(byGap);
        entries.sort(cmp.thenComparing(Entry::delegation));
        List<Entry> ranked = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            ranked.add(new Entry(i + 1, e.delegation(), e.name(), e.region(), e.vote(), e.blank(), e.against(),
                    e.absent(), e.pivotality(), e.gap(), e.leaning()));
        }
        return new Result(postId, seed, r.trials(), pr.pivotalityMeasured(), order, ranked);
    }
}
