package org.plenary.app.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plenary.engine.montecarlo.CandidateResult;
import org.plenary.engine.montecarlo.Comparison;
import org.plenary.engine.montecarlo.DelegationPostResult;
import org.plenary.engine.montecarlo.DelegationResult;
import org.plenary.engine.montecarlo.Difference;
import org.plenary.engine.montecarlo.Interval;
import org.plenary.engine.montecarlo.PostResult;
import org.plenary.engine.montecarlo.RoundShares;
import org.plenary.engine.montecarlo.ShareSummary;
import org.plenary.engine.montecarlo.SimulationResult;

/**
 * The stable JSON shape of a simulation result, translated from the engine's records. Clients may rely on
 * {@code posts[].post}, {@code posts[].candidates[].name}, {@code .winProbability} and {@code .winProbabilityCi95}.
 */
public final class ResultViews {

    private ResultViews() {
    }

    public record Result(String method, long trials, boolean stoppedEarly, boolean cancelled, List<PostView> posts,
                         List<DelegationView> delegations, ComparisonView comparison) {
    }

    public record PostView(String post, String title, String method, long trials, List<CandidateView> candidates,
                           List<RoundView> rounds, List<Double> roundsDistribution, double deadlockProbability,
                           double[] deadlockProbabilityCi95, double skippedProbability, boolean pivotalityMeasured,
                           String note) {
    }

    public record CandidateView(String id, String name, String country, double winProbability,
                                double[] winProbabilityCi95, double meanRound1Votes, double expectedRound1Margin) {
    }

    public record RoundView(int round, double probabilityReached, List<ShareView> shares) {
    }

    public record ShareView(String candidate, double mean, double p05, double p50, double p95) {
    }

    public record DelegationView(String code, List<DelegationPostView> posts) {
    }

    /** {@code vote}: candidate id to the probability of a mark (or a yes) in round 1. */
    public record DelegationPostView(String post, Map<String, Double> vote, double blank, double against,
                                     double absent, double pivotality) {
    }

    public record ComparisonView(String baseline, List<ArmView> arms, List<DifferenceView> differences) {
    }

    public record ArmView(String name, long trials, List<PostView> posts) {
    }

    public record DifferenceView(String arm, String baseline, String post, String candidate, double difference,
                                 double[] ci95) {
    }

    public static Result of(SimulationResult r) {
        return new Result("monte-carlo", r.trials(), r.stoppedEarly(), r.cancelled(), posts(r.posts()),
                delegations(r), null);
    }

    /** The main arm in full, and every arm's win probabilities with the paired differences. */
    public static Result of(Comparison c, String mainArm) {
        SimulationResult main = c.arm(mainArm);
        List<ArmView> arms = c.arms().stream()
                .map(a -> new ArmView(a.arm(), a.trials(), posts(a.posts()).stream()
                        .map(p -> new PostView(p.post(), p.title(), p.method(), p.trials(), p.candidates(), List.of(),
                                List.of(), p.deadlockProbability(), p.deadlockProbabilityCi95(),
                                p.skippedProbability(), p.pivotalityMeasured(), p.note()))
                        .toList()))
                .toList();
        List<DifferenceView> differences = c.differences().stream().map(ResultViews::difference).toList();
        ComparisonView comparison = new ComparisonView(c.arms().get(0).arm(), arms, differences);
        return new Result("monte-carlo", main.trials(), main.stoppedEarly(), main.cancelled(), posts(main.posts()),
                delegations(main), comparison);
    }

    public static Result exact(List<PostResult> posts) {
        return new Result("exact", 0, false, false, posts(posts), List.of(), null);
    }

    private static DifferenceView difference(Difference d) {
        return new DifferenceView(d.arm(), d.baseline(), d.postId(), d.candidateId(), d.difference(),
                interval(d.ci95()));
    }

    private static List<PostView> posts(List<PostResult> posts) {
        return posts.stream().map(ResultViews::post).toList();
    }

    private static PostView post(PostResult p) {
        List<CandidateView> candidates = p.candidates().stream().map(ResultViews::candidate).toList();
        List<RoundView> rounds = p.rounds().stream().map(ResultViews::round).toList();
        return new PostView(p.postId(), p.title(), p.method(), p.trials(), candidates, rounds,
                p.roundsDistribution(), p.deadlockProbability(), interval(p.deadlock95()), p.skippedProbability(),
                p.pivotalityMeasured(), p.note());
    }

    private static CandidateView candidate(CandidateResult c) {
        return new CandidateView(c.candidateId(), c.name(), c.country(), c.winProbability(), interval(c.win95()),
                c.meanRound1Votes(), c.expectedRound1Margin());
    }

    private static RoundView round(RoundShares r) {
        return new RoundView(r.round(), r.probabilityReached(), r.candidates().stream()
                .map((ShareSummary s) -> new ShareView(s.candidateId(), s.mean(), s.p05(), s.p50(), s.p95()))
                .toList());
    }

    private static List<DelegationView> delegations(SimulationResult r) {
        Map<String, List<String>> candidatesOfPost = new LinkedHashMap<>();
        for (PostResult p : r.posts()) {
            candidatesOfPost.put(p.postId(), p.candidates().stream().map(CandidateResult::candidateId).toList());
        }
        List<DelegationView> out = new ArrayList<>();
        for (DelegationResult d : r.delegations()) {
            List<DelegationPostView> posts = new ArrayList<>();
            for (DelegationPostResult dp : d.posts()) {
                List<String> ids = candidatesOfPost.getOrDefault(dp.postId(), List.of());
                Map<String, Double> vote = new LinkedHashMap<>();
                for (int i = 0; i < dp.round1Votes().size() && i < ids.size(); i++) {
                    vote.put(ids.get(i), dp.round1Votes().get(i));
                }
                posts.add(new DelegationPostView(dp.postId(), vote, dp.blank(), dp.against(), dp.absent(),
                        dp.pivotality()));
            }
            out.add(new DelegationView(d.code(), posts));
        }
        return out;
    }

    private static double[] interval(Interval i) {
        return i == null ? null : new double[] {i.low(), i.high()};
    }
}
