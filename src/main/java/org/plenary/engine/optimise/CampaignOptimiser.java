package org.plenary.engine.optimise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.plenary.engine.behaviour.UtilityModel;
import org.plenary.engine.model.Delegation;
import org.plenary.engine.model.Scenario;
import org.plenary.engine.montecarlo.Arm;
import org.plenary.engine.montecarlo.Comparison;
import org.plenary.engine.montecarlo.DelegationPostResult;
import org.plenary.engine.montecarlo.DelegationResult;
import org.plenary.engine.montecarlo.Difference;
import org.plenary.engine.montecarlo.MonteCarlo;
import org.plenary.engine.montecarlo.PostResult;
import org.plenary.engine.montecarlo.RunSettings;
import org.plenary.engine.montecarlo.SimulationResult;

/**
 * Which delegations to lobby, with a given lever and budget, to elect or defeat a candidate.
 *
 * <ol>
 *   <li><b>Screen.</b> One baseline run gives each delegation's round-1 probability p of marking the candidate and
 *       of being absent; the model gives the utility shift s the lever would cause on it (receptiveness, backlash,
 *       decay, saturation). The first-order change in its expected vote is present × p(1 − p) × s (the logit
 *       slope); delegations are ranked by it and the best {@code shortlist} go forward. Delegations the lever would
 *       push the wrong way (backlash) are never shortlisted.</li>
 *   <li><b>Search.</b> Greedy with lazy re-evaluation ({@link LazyGreedy}) over the shortlist. A marginal gain is
 *       measured by a comparison on common random numbers: the current plan against the plan plus each candidate,
 *       all on the same draws of the search seed, so the paired difference has a narrow interval.</li>
 *   <li><b>Objective.</b> The goal's probability. When no shortlisted delegation's lift is distinguishable from
 *       zero in the first pass (a hopeless or certain race), the search ranks by the expected round-1 margin
 *       instead, a smooth surrogate that still moves, and says so.</li>
 *   <li><b>Re-check.</b> The final plan is run again against the baseline on the whole session with a different
 *       seed, so a plan that looked good on lucky draws is shown at its real value.</li>
 * </ol>
 */
public final class CampaignOptimiser {

    /** Delegations per comparison in the search: bounds memory and keeps progress fine-grained. */
    static final int CHUNK = 12;

    /**
     * @param shortlist delegations kept after the screen; 0 = max(2 × budget, budget + 10)
     * @param batch     stale delegations re-evaluated together in one lazy step
     */
    public record Settings(long seed, long screenTrials, long searchTrials, long recheckTrials, int shortlist,
                           int batch, int threads) {
        public static Settings defaults(long seed) {
            // 10,000 search trials keep every step's cumulative 95 % interval under 2 points on the 2021 assembly
            // (docs/optimiser.md); a 10-target plan then takes about 16 s on 2 cores.
            return new Settings(seed, 2000, 10_000, 10_000, 0, 4, Runtime.getRuntime().availableProcessors());
        }

        public Settings withTrials(long screen, long search, long recheck) {
            return new Settings(seed, screen, search, recheck, shortlist, batch, threads);
        }

        public Settings withShortlist(int n) {
            return new Settings(seed, screenTrials, searchTrials, recheckTrials, n, batch, threads);
        }

        public Settings withThreads(int n) {
            return new Settings(seed, screenTrials, searchTrials, recheckTrials, shortlist, batch, n);
        }
    }

    /** A delegation as the screen saw it. {@code score}: first-order expected vote shift towards the goal. */
    public record Prospect(String delegation, String name, String region, double voteProbability, double absent,
                           double pivotality, double utilityShift, double score) {
    }

    /** A marginal gain: the plan so far plus this delegation, against the plan so far, on the search draws. */
    public record Estimate(String delegation, double lift, double[] liftCi95, double marginLift,
                           double probabilityAfter, double[] probabilityAfterCi95, double marginAfter) {
    }

    /**
     * One step of the plan. {@code probabilityAfter}: the goal's probability with this and every earlier target
     * lobbied (search draws).
     */
    public record Target(int rank, String delegation, String name, String region, double lift, double[] liftCi95,
                         double marginLift, double probabilityAfter, double[] probabilityAfterCi95,
                         double marginAfter) {
    }

    /** The plan against no plan on fresh draws (a seed stream the search never saw) of the whole session. */
    public record Recheck(long seed, long trials, double baseline, double[] baselineCi95, double withPlan,
                          double[] withPlanCi95, double lift, double[] liftCi95, double baselineMargin,
                          double withPlanMargin) {
    }

    /**
     * @param objective  "win-probability" or "expected-margin": what the search ranked by
     * @param baseline   the goal's probability without the plan (search draws)
     * @param stopReason "budget", "no-gain" (nothing left improves the objective) or "exhausted" (shortlist used up)
     */
    public record Result(String post, String candidate, String aim, String lever, int budget, int poolSize,
                         String objective, String objectiveNote, double baseline, double[] baselineCi95,
                         double baselineMargin, List<Target> plan, String stopReason, List<Prospect> shortlist,
                         long searchSeed, long searchTrials, int evaluations, Recheck recheck) {
    }

    private CampaignOptimiser() {
    }

    /** Arm-trials the search will roughly take (for progress). */
    public static long estimatedWork(int poolSize, int budget, Settings s) {
        int k = Math.min(budget, poolSize);
        int shortlist = Math.min(poolSize, shortlistSize(s, k));
        long firstPass = k == 0 ? 0 : (long) (shortlist + (shortlist + CHUNK - 1) / CHUNK) * s.searchTrials();
        long lazy = (long) Math.max(0, k - 1) * (s.batch() + 1) * s.searchTrials();
        return s.screenTrials() + firstPass + lazy + 2 * s.recheckTrials();
    }

    private static int shortlistSize(Settings s, int budget) {
        return s.shortlist() > 0 ? Math.max(s.shortlist(), budget) : Math.max(2 * budget, budget + 10);
    }

    public static Result optimise(Scenario full, Goal goal, Lever lever, List<String> pool, int budget, Settings s,
                                  Work work) {
        if (budget < 0) {
            throw new IllegalArgumentException("budget: must be >= 0");
        }
        work.raiseTotal(estimatedWork(pool.size(), budget, s));
        Scenario search = Cuts.upTo(full, goal.postId());
        String leverId = Cuts.freshCampaignId(full, Lever.ID);
        Evaluator ev = new Evaluator(search, goal, lever, leverId, s, work);

        List<Prospect> prospects = budget == 0 ? List.of() : screen(ev, pool);
        int size = Math.min(prospects.size(), shortlistSize(s, budget));
        List<Prospect> shortlist = prospects.subList(0, size);
        List<String> codes = shortlist.stream().map(Prospect::delegation).toList();

        String objective = "win-probability";
        String note = "ranked by the lift in the goal's probability (the expected margin breaks ties)";
        List<Target> plan = new ArrayList<>();
        String stop = budget == 0 ? "budget" : "exhausted";
        int evaluations = 0;
        PostResult base;
        if (codes.isEmpty()) {
            base = ev.baseline();
        } else {
            List<Estimate> first = ev.marginals(List.of(), codes);
            base = ev.lastBase;
            evaluations += codes.size();
            boolean flat = first.stream().noneMatch(e -> e.liftCi95()[0] > 0);
            if (flat) {
                objective = "expected-margin";
                note = "no single delegation's lift in the goal's probability was distinguishable from zero (the "
                        + "race is hopeless or certain at this budget), so the search ranked by the expected "
                        + "round-1 margin in votes, a smooth surrogate";
            }
            boolean byMargin = flat;
            LazyGreedy<Estimate> greedy = new LazyGreedy<>(ev::marginals,
                    e -> byMargin ? e.marginLift() : e.lift() + 1e-6 * e.marginLift(), Math.max(1, s.batch()));
            LazyGreedy.Outcome<Estimate> out = greedy.select(codes, budget, first);
            evaluations += out.evaluations();
            stop = out.stopReason();
            for (LazyGreedy.Step<Estimate> step : out.steps()) {
                Estimate e = step.estimate();
                Delegation d = ev.delegation(e.delegation());
                plan.add(new Target(plan.size() + 1, d.code(), d.name(), d.region().name(), e.lift(), e.liftCi95(),
                        e.marginLift(), e.probabilityAfter(), e.probabilityAfterCi95(), e.marginAfter()));
            }
        }
        List<String> chosen = plan.stream().map(Target::delegation).toList();
        Recheck recheck = recheck(full, goal, lever, leverId, chosen, s, work);
        return new Result(goal.postId(), goal.candidateId(), goal.aim().name().toLowerCase(), lever.kind().name(),
                budget, pool.size(), objective, note, goal.probability(base), goal.probabilityCi95(base),
                goal.margin(base), plan, stop, shortlist, s.seed(), s.searchTrials(), evaluations, recheck);
    }

    private static List<Prospect> screen(Evaluator ev, List<String> pool) {
        SimulationResult r = ev.run(List.of(Arm.of("baseline", ev.search)), ev.settings.screenTrials())
                .arms().get(0);
        Scenario everyone = Cuts.withCampaign(ev.search, ev.lever.campaign(ev.leverId, ev.goal,
                ev.search.delegations().stream().map(Delegation::code).toList()));
        Set<String> withLever = new LinkedHashSet<>(ev.active);
        withLever.add(ev.leverId);
        UtilityModel without = UtilityModel.compile(ev.search, ev.active);
        UtilityModel with = UtilityModel.compile(everyone, withLever);
        int t = without.assembly().candidateIndex(ev.goal.candidateId());
        int ci = Cuts.indexInPost(ev.search, ev.goal.postId(), ev.goal.candidateId());
        double sign = ev.goal.aim() == Goal.Aim.ELECT ? 1 : -1;
        List<Prospect> out = new ArrayList<>();
        for (String code : pool) {
            int d = without.assembly().delegationIndex(code);
            DelegationPostResult dp = postOf(r, code, ev.goal.postId());
            double shift = sign * (with.lobbying(d, t) - without.lobbying(d, t));
            double present = 1 - dp.absent();
            double p = present > 0 ? Math.min(1, dp.round1Votes().get(ci) / present) : 0;
            double score = present * p * (1 - p) * shift;
            Delegation del = ev.delegation(code);
            if (score > 0) {
                out.add(new Prospect(code, del.name(), del.region().name(), p, dp.absent(), dp.pivotality(), shift,
                        score));
            }
        }
        out.sort(Comparator.comparingDouble((Prospect p) -> -p.score()).thenComparingDouble(p -> -p.pivotality())
                .thenComparing(Prospect::delegation));
        return out;
    }

    static DelegationPostResult postOf(SimulationResult r, String code, String postId) {
        for (DelegationResult d : r.delegations()) {
            if (d.code().equals(code)) {
                return d.posts().stream().filter(p -> p.postId().equals(postId)).findFirst().orElseThrow();
            }
        }
        throw new IllegalArgumentException("no delegation " + code);
    }

    private static Recheck recheck(Scenario full, Goal goal, Lever lever, String leverId, List<String> chosen,
                                   Settings s, Work work) {
        Set<String> active = Cuts.enabled(full);
        Arm base = new Arm("baseline", full, active);
        Arm plan;
        if (chosen.isEmpty()) {
            plan = new Arm("plan", full, active);
        } else {
            Set<String> with = new LinkedHashSet<>(active);
            with.add(leverId);
            plan = new Arm("plan", Cuts.withCampaign(full, lever.campaign(leverId, goal, chosen)), with);
        }
        long seed = Cuts.recheckSeed(s.seed());
        List<Arm> arms = List.of(base, plan);
        Comparison c = MonteCarlo.compare(arms, RunSettings.of(seed, s.recheckTrials()).withThreads(s.threads()),
                work.run(2));
        work.finished(c.arms().get(0), 2);
        PostResult b = c.arm("baseline").post(goal.postId());
        PostResult p = c.arm("plan").post(goal.postId());
        Difference d = c.difference("plan", goal.candidateId());
        return new Recheck(seed, c.arms().get(0).trials(), goal.probability(b), goal.probabilityCi95(b),
                goal.probability(p), goal.probabilityCi95(p), goal.lift(d), goal.liftCi95(d), goal.margin(b),
                goal.margin(p));
    }

    /** Runs the comparisons of the search on the search seed. */
    private static final class Evaluator {
        final Scenario search;
        final Goal goal;
        final Lever lever;
        final String leverId;
        final Settings settings;
        final Work work;
        final Set<String> active;
        PostResult lastBase;

        Evaluator(Scenario search, Goal goal, Lever lever, String leverId, Settings settings, Work work) {
            this.search = search;
            this.goal = goal;
            this.lever = lever;
            this.leverId = leverId;
            this.settings = settings;
            this.work = work;
            this.active = Cuts.enabled(search);
        }

        Delegation delegation(String code) {
            return search.delegations().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
        }

        Comparison run(List<Arm> arms, long trials) {
            Comparison c = MonteCarlo.compare(arms,
                    RunSettings.of(settings.seed(), trials).withThreads(settings.threads()), work.run(arms.size()));
            work.finished(c.arms().get(0), arms.size());
            return c;
        }

        Arm arm(String name, List<String> set) {
            if (set.isEmpty()) {
                return new Arm(name, search, active);
            }
            Set<String> with = new LinkedHashSet<>(active);
            with.add(leverId);
            return new Arm(name, Cuts.withCampaign(search, lever.campaign(leverId, goal, set)), with);
        }

        PostResult baseline() {
            return run(List.of(arm("plan", List.of())), settings.searchTrials()).arms().get(0).post(goal.postId());
        }

        List<Estimate> marginals(List<String> chosen, List<String> candidates) {
            List<Estimate> out = new ArrayList<>();
            for (int from = 0; from < candidates.size(); from += CHUNK) {
                List<String> chunk = candidates.subList(from, Math.min(candidates.size(), from + CHUNK));
                List<Arm> arms = new ArrayList<>();
                arms.add(arm("plan", chosen));
                for (String c : chunk) {
                    List<String> set = new ArrayList<>(chosen);
                    set.add(c);
                    arms.add(arm("+" + c, set));
                }
                Comparison cmp = run(arms, settings.searchTrials());
                PostResult base = cmp.arms().get(0).post(goal.postId());
                lastBase = base;
                for (String c : chunk) {
                    PostResult after = cmp.arm("+" + c).post(goal.postId());
                    Difference d = cmp.difference("+" + c, goal.candidateId());
                    out.add(new Estimate(c, goal.lift(d), goal.liftCi95(d), goal.margin(after) - goal.margin(base),
                            goal.probability(after), goal.probabilityCi95(after), goal.margin(after)));
                }
            }
            return out;
        }
    }
}
