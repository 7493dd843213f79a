package org.plenary.engine.optimise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.engine.model.CampaignKind;
import org.plenary.engine.model.Delegation;
import org.plenary.engine.model.Scenario;

class CampaignOptimiserTest {

    private static final Lever DEMARCHE = new Lever(CampaignKind.GOVERNMENT_DEMARCHE, 1.0, 0);

    private static CampaignOptimiser.Settings settings(long seed) {
        return CampaignOptimiser.Settings.defaults(seed).withTrials(500, 1500, 3000).withThreads(2);
    }

    private static List<String> everyone(Scenario s) {
        return s.delegations().stream().map(Delegation::code).toList();
    }

    @Test
    void itPicksTheUndecidedDelegationsNotTheFirmOnes() {
        // 8 firm for a, 7 firm for b, 8 undecided: the race is close and only the undecided can move.
        Scenario s = SmallScenarios.race(8, 7, 8, List.of());
        Goal goal = new Goal(SmallScenarios.POST, "b", Goal.Aim.ELECT);
        CampaignOptimiser.Result r = CampaignOptimiser.optimise(s, goal, DEMARCHE, everyone(s), 3, settings(5),
                new Work(null, 1));
        assertThat(r.plan()).hasSize(3);
        assertThat(r.plan()).extracting(CampaignOptimiser.Target::delegation).allMatch(c -> c.startsWith("UN"));
        assertThat(r.shortlist()).extracting(CampaignOptimiser.Prospect::delegation)
                .allMatch(c -> c.startsWith("UN"));
        assertThat(r.objective()).isEqualTo("win-probability");
        // The cumulative probability climbs step after step, from the baseline.
        double before = r.baseline();
        for (CampaignOptimiser.Target t : r.plan()) {
            assertThat(t.probabilityAfter()).isGreaterThan(before - 0.01);
            assertThat(t.liftCi95()[0]).isLessThanOrEqualTo(t.lift());
            assertThat(t.liftCi95()[1]).isGreaterThanOrEqualTo(t.lift());
            before = t.probabilityAfter();
        }
        assertThat(r.plan().get(2).probabilityAfter()).isGreaterThan(r.baseline());
    }

    @Test
    void theFinalPlanIsReCheckedOnAnotherSeedStreamAndReportedSeparately() {
        Scenario s = SmallScenarios.race(8, 7, 8, List.of());
        Goal goal = new Goal(SmallScenarios.POST, "b", Goal.Aim.ELECT);
        CampaignOptimiser.Result r = CampaignOptimiser.optimise(s, goal, DEMARCHE, everyone(s), 3, settings(11),
                new Work(null, 1));
        CampaignOptimiser.Recheck c = r.recheck();
        assertThat(r.searchSeed()).isEqualTo(11);
        assertThat(c.seed()).isNotEqualTo(r.searchSeed()).isEqualTo(Cuts.recheckSeed(11));
        assertThat(c.trials()).isEqualTo(3000);
        assertThat(r.searchTrials()).isEqualTo(1500);
        // Fresh draws: the baseline is estimated again, not copied from the search.
        assertThat(c.baseline()).isNotEqualTo(r.baseline());
        assertThat(c.lift()).isEqualTo(c.withPlan() - c.baseline(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.liftCi95()[0]).isGreaterThan(0);
    }

    @Test
    void aBudgetOfZeroGivesAnEmptyPlan() {
        Scenario s = SmallScenarios.race(8, 7, 8, List.of());
        Goal goal = new Goal(SmallScenarios.POST, "b", Goal.Aim.ELECT);
        CampaignOptimiser.Result r = CampaignOptimiser.optimise(s, goal, DEMARCHE, everyone(s), 0, settings(3),
                new Work(null, 1));
        assertThat(r.plan()).isEmpty();
        assertThat(r.stopReason()).isEqualTo("budget");
        assertThat(r.recheck().lift()).isZero();
    }

    @Test
    void toDefeatACandidateItLobbiesAgainstHimAndTheSameUndecidedMatter() {
        Scenario s = SmallScenarios.race(7, 8, 8, List.of());
        Goal goal = new Goal(SmallScenarios.POST, "a", Goal.Aim.DEFEAT);
        CampaignOptimiser.Result r = CampaignOptimiser.optimise(s, goal, DEMARCHE, everyone(s), 2, settings(8),
                new Work(null, 1));
        assertThat(r.plan()).extracting(CampaignOptimiser.Target::delegation).allMatch(c -> c.startsWith("UN"));
        assertThat(r.recheck().withPlan()).isGreaterThan(r.recheck().baseline());
    }

    @Test
    void aHopelessRaceIsRankedByTheExpectedMarginAndSaysSo() {
        // 20 firm for a against 2 for b: one demarche cannot move b's chances off zero.
        Scenario s = SmallScenarios.race(20, 2, 6, List.of());
        Goal goal = new Goal(SmallScenarios.POST, "b", Goal.Aim.ELECT);
        CampaignOptimiser.Result r = CampaignOptimiser.optimise(s, goal, DEMARCHE, everyone(s), 2, settings(4),
                new Work(null, 1));
        assertThat(r.objective()).isEqualTo("expected-margin");
        assertThat(r.objectiveNote()).contains("margin");
        assertThat(r.plan()).hasSize(2);
        assertThat(r.plan()).extracting(CampaignOptimiser.Target::delegation).allMatch(c -> c.startsWith("UN"));
        assertThat(r.plan()).allMatch(t -> t.marginLift() > 0);
    }

    @Test
    void thePoolLimitsWhoIsLobbied() {
        Scenario s = SmallScenarios.race(8, 7, 8, List.of());
        Goal goal = new Goal(SmallScenarios.POST, "b", Goal.Aim.ELECT);
        List<String> pool = List.of("UN03", "FA01", "FB02");
        CampaignOptimiser.Result r = CampaignOptimiser.optimise(s, goal, DEMARCHE, pool, 3, settings(6),
                new Work(null, 1));
        assertThat(r.plan()).extracting(CampaignOptimiser.Target::delegation).containsExactly("UN03");
        assertThat(r.poolSize()).isEqualTo(3);
    }

    @Test
    void cancellationStopsTheSearch() {
        Scenario s = SmallScenarios.race(8, 7, 8, List.of());
        Goal goal = new Goal(SmallScenarios.POST, "b", Goal.Aim.ELECT);
        Work work = new Work(new org.plenary.engine.montecarlo.RunControl(n -> { }, () -> true), 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CampaignOptimiser.optimise(s, goal, DEMARCHE,
                everyone(s), 3, settings(6), work)).isInstanceOf(java.util.concurrent.CancellationException.class);
    }
}
