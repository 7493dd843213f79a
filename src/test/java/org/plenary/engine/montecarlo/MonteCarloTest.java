package org.plenary.engine.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.engine.behaviour.Scenarios.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;
import org.plenary.engine.behaviour.BallotKind;
import org.plenary.engine.behaviour.Explainer;
import org.plenary.engine.behaviour.Scenarios;
import org.plenary.engine.behaviour.UtilityModel;
import org.plenary.engine.exact.ExactRace;
import org.plenary.engine.model.Candidate;
import org.plenary.engine.model.Delegation;
import org.plenary.engine.model.ModelParameters;
import org.plenary.engine.model.PostKind;
import org.plenary.engine.model.Scenario;
import org.plenary.engine.rules.RuleCatalog;
import org.plenary.engine.rules.RuleSpec;

class MonteCarloTest {
    private static final double Z999 = 3.2905;

    private static Scenario race(List<Candidate> cs, RuleSpec rule, ModelParameters m) {
        List<Delegation> ds = randomDelegations(60, 7);
        return Scenarios.scenario(ds, List.of(post("p", PostKind.PRESIDENT, null, 1, rule)), cs, List.of(), m);
    }

    private static void agreesWithExact(Scenario s, long trials) {
        PostResult mc = MonteCarlo.run(s, RunSettings.of(11, trials).withThreads(2)).post("p");
        PostResult ex = ExactRace.solve(s, "p", null, null);
        for (int i = 0; i < ex.candidates().size(); i++) {
            double p = ex.candidates().get(i).winProbability();
            double got = mc.candidates().get(i).winProbability();
            double tol = Z999 * Math.sqrt(Math.max(p * (1 - p), 1e-4) / trials) + 1e-9;
            assertThat(got).as("candidate %d: exact %s", i, p).isBetween(p - tol, p + tol);
            double v = ex.candidates().get(i).meanRound1Votes();
            assertThat(mc.candidates().get(i).meanRound1Votes()).isBetween(v - 0.5, v + 0.5);
        }
    }

    @Test
    void twoCandidateMajorityRaceAgreesWithTheExactPath() {
        ModelParameters m = params(0.3, 0.5, 1.5, 0.0, 1.0, 0.0);
        agreesWithExact(race(List.of(candidate("a", "D001", "p", 0.15), candidate("b", "D002", "p", 0.0)),
                RuleCatalog.named("interpol-vice-president"), m), 20_000);
    }

    @Test
    void twoThirdsRaceWithIndependentRoundsAgreesWithTheExactPath() {
        ModelParameters m = params(0.3, 0.5, 1.5, 0.0, 1.0, 0.0);
        agreesWithExact(race(List.of(candidate("a", "D001", "p", 0.6), candidate("b", "D002", "p", 0.0)),
                RuleCatalog.named("two-thirds-every-round").withRounds(0, 3), m), 20_000);
    }

    @Test
    void loneCandidateYesNoAgreesWithTheExactPath() {
        ModelParameters d = params(0.3, 0.5, 1.5, 0.0, 1.0, 0.0);
        ModelParameters m = new ModelParameters(d.appealWeight(), d.alignmentWeight(), d.regionWeight(),
                d.blocWeight(), d.pledgeWeight(), d.homeBonus(), d.choiceScale(), 0, 0, 0, -1, -1.0, 0.2, 1.0, 0.0,
                0.3, 0.5, 21, 1.5, 0.3, 10, d.receptiveness(), 0.0);
        agreesWithExact(race(List.of(candidate("a", "D001", "p", 0.0)),
                RuleCatalog.named("two-thirds-every-round").withRounds(0, 1), m), 20_000);
    }

    @Test
    void pluralityAgreesWithTheExactPath() {
        ModelParameters m = params(0.3, 0.5, 1.5, 0.0, 0.15, 0.5);
        agreesWithExact(race(List.of(candidate("a", "D001", "p", 0.05), candidate("b", "D002", "p", 0.0)),
                RuleCatalog.named("plurality"), m), 20_000);
    }

    @Test
    void delegationVoteFrequenciesMatchTheModel() {
        ModelParameters m = params(0.3, 0.5, 1.5, 0.0, 0.15, 0.5);
        Scenario s = race(List.of(candidate("a", "D001", "p", 0.3), candidate("b", "D002", "p", 0.0),
                candidate("c", "D003", "p", -0.2)), RuleCatalog.named("interpol-president"), m);
        long trials = 20_000;
        SimulationResult r = MonteCarlo.run(s, RunSettings.of(5, trials));
        UtilityModel model = UtilityModel.compile(s, null);
        ChiSquareTest chi = new ChiSquareTest();
        for (int d : new int[] {0, 1, 2, 10, 33}) {
            double[] w = new double[3];
            for (int c = 0; c < 3; c++) {
                w[c] = model.weight(d, c);
            }
            double[] q = Explainer.probabilities(model, BallotKind.MARKS, 1, w);
            double att = model.attendance(d);
            DelegationPostResult got = r.delegations().get(d).posts().get(0);
            double[] expected = {att * q[0], att * q[1], att * q[2], att * q[3], 1 - att};
            double[] observedShare = {got.round1Votes().get(0), got.round1Votes().get(1), got.round1Votes().get(2),
                    got.blank(), got.absent()};
            List<Double> e = new ArrayList<>();
            List<Long> o = new ArrayList<>();
            long rest = 0;
            double restE = 0;
            for (int i = 0; i < expected.length; i++) {
                long obs = Math.round(observedShare[i] * trials);
                if (expected[i] * trials < 5) {
                    rest += obs;
                    restE += expected[i] * trials;
                } else {
                    e.add(expected[i] * trials);
                    o.add(obs);
                }
            }
            if (restE > 0) {
                e.add(restE);
                o.add(rest);
            }
            boolean reject = chi.chiSquareTest(e.stream().mapToDouble(Double::doubleValue).toArray(),
                    o.stream().mapToLong(Long::longValue).toArray(), 0.001);
            assertThat(reject).as("delegation %d: expected %s, observed %s", d, e, o).isFalse();
        }
    }

    @Test
    void resultsAreIdenticalWhateverTheNumberOfThreads() {
        Scenario s = Scenarios.assembly195(3);
        RunSettings base = RunSettings.of(99, 3000);
        SimulationResult one = MonteCarlo.run(s, base.withThreads(1));
        SimulationResult two = MonteCarlo.run(s, base.withThreads(2));
        SimulationResult four = MonteCarlo.run(s, base.withThreads(4));
        assertThat(two).isEqualTo(one);
        assertThat(four).isEqualTo(one);
        assertThat(four.toString()).isEqualTo(one.toString());
        Comparison c1 = MonteCarlo.compare(Arm.campaignsOffVsOn(s), base.withThreads(1));
        Comparison c3 = MonteCarlo.compare(Arm.campaignsOffVsOn(s), base.withThreads(3));
        assertThat(c3).isEqualTo(c1);
    }

    @Test
    void earlyStopHappensAtTheSameTrialWhateverTheThreads() {
        Scenario s = race(List.of(candidate("a", "D001", "p", 1.5), candidate("b", "D002", "p", 0.0)),
                RuleCatalog.named("interpol-vice-president"), ModelParameters.defaults());
        RunSettings settings = RunSettings.of(1, 200_000).withTargetWidth(0.02);
        SimulationResult one = MonteCarlo.run(s, settings.withThreads(1));
        SimulationResult two = MonteCarlo.run(s, settings.withThreads(2));
        assertThat(one.stoppedEarly()).isTrue();
        assertThat(one.trials()).isLessThan(200_000).isEqualTo(two.trials());
        assertThat(two).isEqualTo(one);
        assertThat(one.post("p").candidates()).allSatisfy(c -> assertThat(c.win95().width()).isLessThan(0.02));
    }

    @Test
    void commonRandomNumbersTightenTheIntervalOnADifference() {
        Scenario s = Scenarios.assembly195(4);
        long n = 4000;
        Comparison crn = MonteCarlo.compare(Arm.campaignsOffVsOn(s), RunSettings.of(21, n));
        Difference d = crn.difference("all-campaigns", "president-0");
        assertThat(d.difference()).isNegative();
        // The same two arms run independently (different seeds): the usual unpaired interval.
        double p1 = MonteCarlo.compare(List.of(new Arm("off", s, java.util.Set.of())), RunSettings.of(22, n))
                .arms().get(0).post("president").candidates().get(0).winProbability();
        double p2 = MonteCarlo.compare(List.of(new Arm("on", s, null)), RunSettings.of(23, n))
                .arms().get(0).post("president").candidates().get(0).winProbability();
        double unpaired = 2 * Interval.Z95 * Math.sqrt(p1 * (1 - p1) / n + p2 * (1 - p2) / n);
        assertThat(d.ci95().width()).isLessThan(unpaired / 2);
        assertThat(d.ci95().contains(p2 - p1) || Math.abs(p2 - p1 - d.difference()) < unpaired).isTrue();
    }

    @Test
    void progressAndCancellation() {
        Scenario s = Scenarios.assembly195(5);
        java.util.concurrent.atomic.AtomicLong seen = new java.util.concurrent.atomic.AtomicLong();
        SimulationResult r = MonteCarlo.run(s, RunSettings.of(1, 100_000).withThreads(2),
                new RunControl(seen::set, () -> seen.get() >= 1024));
        assertThat(r.cancelled()).isTrue();
        assertThat(r.trials()).isLessThan(100_000).isGreaterThanOrEqualTo(1024);
        assertThat(r.posts()).hasSize(12);
    }

    @Test
    void sessionResultsAreCoherent() {
        Scenario s = Scenarios.assembly195(6);
        SimulationResult r = MonteCarlo.run(s, RunSettings.of(8, 2000));
        for (PostResult p : r.posts()) {
            double wins = p.candidates().stream().mapToDouble(CandidateResult::winProbability).sum();
            int seats = s.posts().stream().filter(x -> x.id().equals(p.postId())).findFirst().orElseThrow().seats();
            assertThat(wins + p.skippedProbability() * seats + p.deadlockProbability() * seats)
                    .as(p.postId()).isLessThanOrEqualTo(seats + 1e-9);
            double rounds = p.roundsDistribution().stream().mapToDouble(Double::doubleValue).sum();
            assertThat(rounds).isCloseTo(p.skippedProbability() < 1 ? 1.0 : 0.0,
                    org.assertj.core.api.Assertions.within(1e-9));
        }
        double pivotal = r.delegations().stream().mapToDouble(x -> x.posts().get(0).pivotality()).sum();
        assertThat(pivotal).isGreaterThan(0);
        assertThat(Map.of()).isEmpty();
    }
}
