package org.plenary.engine.optimise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.plenary.engine.model.Candidate;
import org.plenary.engine.model.Delegation;
import org.plenary.engine.model.Post;
import org.plenary.engine.model.Scenario;
import org.plenary.engine.montecarlo.Arm;
import org.plenary.engine.montecarlo.CandidateResult;
import org.plenary.engine.montecarlo.Comparison;
import org.plenary.engine.montecarlo.DelegationPostResult;
import org.plenary.engine.montecarlo.Difference;
import org.plenary.engine.montecarlo.MonteCarlo;
import org.plenary.engine.montecarlo.PostResult;
import org.plenary.engine.montecarlo.RunSettings;
import org.plenary.engine.montecarlo.SimulationResult;

/**
 * The smallest set of delegations whose votes, moved to the goal's side, change the winner in the expected
 * outcome; and how often moving them changes the winner over the simulated trials.
 *
 * <p>Expected outcome: the goal-oriented expected round-1 margin M (the candidate's votes minus the best rival's
 * for the last seat; negated to defeat). The rival is the strongest other candidate for the last seat by expected
 * votes (for a lone candidate, "no"). Moving delegation d means it marks the goal's side and not the other: to
 * elect, the candidate and not the rival; to defeat, the rival and not the candidate. Its expected gain in margin
 * is present − P(mark own side) + P(mark other side): +2 for a vote taken from the other side, +1 for a blank or
 * a third candidate, 0 for a delegation already on the goal's side, nothing for an absentee (moving a vote does not
 * bring a delegation to the hall). The gains add up, so taking delegations in decreasing order of gain until the
 * sum exceeds −M gives the smallest such set exactly (a cover of a threshold by the largest items).
 *
 * <p>How likely: the set is then forced in a Monte Carlo comparison (a pledge of {@link #FORCE} logits for the
 * goal's side and against the other, so the moved delegations vote that way whenever present) on common random
 * numbers with the baseline; the paired difference in the goal's probability is the net share of trials in which
 * moving the set changes the outcome to the goal's.
 */
public final class FlippingCoalition {

    /** Utility (logits) by which a moved delegation prefers the goal's side: overrides even the home bonus. */
    public static final double FORCE = 25.0;

    public record Member(String delegation, String name, String region, double expectedGain, double markGoalSide,
                         double markOtherSide, double absent) {
    }

    /**
     * @param rival          the other side: the rival candidate's id, or "no" for a lone candidate
     * @param expectedMargin the goal-oriented expected round-1 margin, in votes (positive: the goal is the
     *                       expected outcome already)
     * @param reachable      false when even the whole pool cannot overturn the expected margin
     * @param flipProbability net share of trials in which moving the coalition changes the outcome to the goal's
     */
    public record Result(String post, String candidate, String aim, String rival, double expectedMargin,
                         boolean alreadyExpected, boolean reachable, List<Member> coalition, double expectedGain,
                         long seed, long trials, double baseline, double[] baselineCi95, Double withCoalition,
                         double[] withCoalitionCi95, Double flipProbability, double[] flipProbabilityCi95,
                         String note) {
    }

    private FlippingCoalition() {
    }

    public static long estimatedWork(long trials) {
        return 3 * trials;
    }

    public static Result find(Scenario full, Goal goal, List<String> pool, long seed, long trials, int threads,
                              Work work) {
        work.raiseTotal(estimatedWork(trials));
        Scenario s = Cuts.upTo(full, goal.postId());
        RunSettings settings = RunSettings.of(seed, trials).withThreads(threads);
        SimulationResult base = MonteCarlo.run(s, settings, work.run(1));
        work.finished(base, 1);
        PostResult post = base.post(goal.postId());
        Post p = s.posts().stream().filter(x -> x.id().equals(goal.postId())).findFirst().orElseThrow();
        List<CandidateResult> others = new ArrayList<>(post.candidates().stream()
                .filter(c -> !c.candidateId().equals(goal.candidateId())).toList());
        others.sort(Comparator.comparingDouble((CandidateResult c) -> -c.meanRound1Votes())
                .thenComparing(CandidateResult::candidateId));
        String rival = others.isEmpty() ? null : others.get(Math.min(p.seats() - 1, others.size() - 1)).candidateId();
        int ti = Cuts.indexInPost(s, goal.postId(), goal.candidateId());
        int ri = rival == null ? -1 : Cuts.indexInPost(s, goal.postId(), rival);

        double margin = goal.margin(post);
        boolean already = margin > 0;
        List<Member> gains = new ArrayList<>();
        for (String code : pool) {
            DelegationPostResult dp = CampaignOptimiser.postOf(base, code, goal.postId());
            double t = dp.round1Votes().get(ti);
            double r = ri < 0 ? dp.against() : dp.round1Votes().get(ri);
            double own = goal.aim() == Goal.Aim.ELECT ? t : r;
            double other = goal.aim() == Goal.Aim.ELECT ? r : t;
            double gain = (1 - dp.absent()) - own + other;
            Delegation d = s.delegations().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
            if (gain > 1e-9) {
                gains.add(new Member(code, d.name(), d.region().name(), gain, own, other, dp.absent()));
            }
        }
        gains.sort(Comparator.comparingDouble((Member m) -> -m.expectedGain()).thenComparing(Member::delegation));
        List<Member> coalition = new ArrayList<>();
        double sum = 0;
        boolean reachable = true;
        if (!already) {
            for (Member m : gains) {
                if (sum > -margin) {
                    break;
                }
                coalition.add(m);
                sum += m.expectedGain();
            }
            reachable = sum > -margin;
        }
        String note = already ? "the goal is already the expected outcome: no votes need to move"
                : reachable ? "moving these delegations' votes turns the expected margin in the goal's favour"
                : "even moving every delegation of the pool does not overturn the expected margin; the set shown "
                        + "is the whole pool's useful part";
        double pledge = s.model().pledgeWeight();
        if (pledge <= 0) {
            return new Result(goal.postId(), goal.candidateId(), goal.aim().name().toLowerCase(),
                    rival == null ? "no" : rival, margin, already, reachable, coalition, sum, seed, base.trials(),
                    goal.probability(post), goal.probabilityCi95(post), null, null, null, null,
                    note + "; the model's pledgeWeight is 0, so votes cannot be forced and the likelihood is not "
                            + "measured");
        }
        Scenario moved = force(s, goal, rival, coalition.stream().map(Member::delegation).toList(), FORCE / pledge);
        List<Arm> arms = List.of(new Arm("baseline", s, Cuts.enabled(s)), new Arm("moved", moved, Cuts.enabled(s)));
        Comparison c = MonteCarlo.compare(arms, settings, work.run(2));
        work.finished(c.arms().get(0), 2);
        PostResult b = c.arm("baseline").post(goal.postId());
        PostResult m = c.arm("moved").post(goal.postId());
        Difference d = c.difference("moved", goal.candidateId());
        return new Result(goal.postId(), goal.candidateId(), goal.aim().name().toLowerCase(),
                rival == null ? "no" : rival, margin, already, reachable, coalition, sum, seed, c.arms().get(0).trials(),
                goal.probability(b), goal.probabilityCi95(b), goal.probability(m), goal.probabilityCi95(m),
                goal.lift(d), goal.liftCi95(d), note);
    }

    /** The scenario with each moved delegation pledged for the goal's side and against the other side. */
    static Scenario force(Scenario s, Goal goal, String rival, List<String> moved, double strength) {
        if (moved.isEmpty()) {
            return s;
        }
        double towardsCandidate = goal.aim() == Goal.Aim.ELECT ? strength : -strength;
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : s.candidates()) {
            double w = c.id().equals(goal.candidateId()) ? towardsCandidate
                    : c.id().equals(rival) ? -towardsCandidate : 0;
            if (w == 0) {
                out.add(c);
                continue;
            }
            Map<String, Double> pledges = new HashMap<>(c.pledges());
            for (String code : moved) {
                pledges.merge(code, w, Double::sum);
            }
            out.add(new Candidate(c.id(), c.name(), c.country(), c.postId(), c.appeal(), c.camp(), pledges));
        }
        return Cuts.withCandidates(s, out);
    }
}
