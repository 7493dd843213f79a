package org.plenary.engine.optimise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plenary.engine.model.Delegation;
import org.plenary.engine.model.Scenario;

/** The flipping coalition, the sensitivity analysis and the swing list on assemblies built to know the answer. */
class AnalysesTest {

    private static List<String> everyone(Scenario s) {
        return s.delegations().stream().map(Delegation::code).toList();
    }

    @Test
    void theFlippingCoalitionIsTheFewestVotesThatTurnTheExpectedMargin() {
        // a: 12 firm + its home = 13; b: 10 firm + its home = 11. Moving one a-voter to b gives a tie, two win it.
        Scenario s = SmallScenarios.race(12, 10, 0, List.of());
        Goal goal = new Goal(SmallScenarios.POST, "b", Goal.Aim.ELECT);
        FlippingCoalition.Result r = FlippingCoalition.find(s, goal, everyone(s), 3, 2000, 2, new Work(null, 1));
        assertThat(r.rival()).isEqualTo("a");
        assertThat(r.expectedMargin()).isBetween(-2.2, -1.8);
        assertThat(r.alreadyExpected()).isFalse();
        assertThat(r.reachable()).isTrue();
        assertThat(r.coalition()).hasSize(2);
        assertThat(r.coalition()).extracting(FlippingCoalition.Member::delegation)
                .allMatch(c -> c.startsWith("FA") || c.equals("CA"));
        assertThat(r.coalition()).allMatch(m -> m.expectedGain() > 1.9);
        assertThat(r.baseline()).isLessThan(0.2);
        assertThat(r.withCoalition()).isGreaterThan(0.8);
        assertThat(r.flipProbability()).isGreaterThan(0.6);
        assertThat(r.flipProbabilityCi95()[0]).isGreaterThan(0.5);
    }

    @Test
    void noVotesNeedToMoveWhenTheGoalIsAlreadyExpected() {
        Scenario s = SmallScenarios.race(12, 10, 0, List.of());
        Goal goal = new Goal(SmallScenarios.POST, "b", Goal.Aim.DEFEAT);
        FlippingCoalition.Result r = FlippingCoalition.find(s, goal, everyone(s), 3, 1000, 2, new Work(null, 1));
        assertThat(r.alreadyExpected()).isTrue();
        assertThat(r.coalition()).isEmpty();
        assertThat(r.flipProbability()).isZero();
    }

    @Test
    void aPoolTooSmallIsReportedAsUnreachable() {
        Scenario s = SmallScenarios.race(14, 6, 0, List.of());
        Goal goal = new Goal(SmallScenarios.POST, "b", Goal.Aim.ELECT);
        FlippingCoalition.Result r = FlippingCoalition.find(s, goal, List.of("FA01", "FA02"), 3, 1000, 2,
                new Work(null, 1));
        assertThat(r.reachable()).isFalse();
        assertThat(r.coalition()).hasSize(2);
    }

    @Test
    void sensitivityRowsAreOrderedBySwingAndTheCampaignAgainstACandidateLowersHisChances() {
        Scenario s = SmallScenarios.race(7, 7, 8, List.of(SmallScenarios.letterAgainst("letter", "a",
                SmallScenarios.codes("UN", 8))));
        Sensitivity.Result r = Sensitivity.run(s, SmallScenarios.POST, null, 9, 1500, 2, new Work(null, 1));
        assertThat(r.rows()).isSortedAccordingTo(Comparator.comparingDouble((Sensitivity.Row x) -> -x.size()));
        Sensitivity.Row letter = r.rows().stream().filter(x -> x.name().equals("campaign:letter")).findFirst()
                .orElseThrow();
        assertThat(letter.low()).isZero();
        assertThat(letter.high()).isEqualTo(2.0);
        Sensitivity.CandidateSwing onA = letter.candidates().stream().filter(c -> c.candidate().equals("a"))
                .findFirst().orElseThrow();
        assertThat(onA.swing()).isNegative();
        assertThat(onA.swingCi95()[1]).isNegative();
        assertThat(onA.atHigh()).isLessThan(onA.atLow());
        Set<String> varied = r.rows().stream().map(Sensitivity.Row::name).collect(java.util.stream.Collectors.toSet());
        assertThat(varied).contains("alignmentWeight", "choiceScale", "turnoutOverride",
                "receptiveness.LEGISLATORS_LETTER", "campaign:letter");
    }

    @Test
    void sensitivityRangesFollowTheDocumentedRules() {
        Scenario s = SmallScenarios.race(2, 2, 2, List.of());
        List<Sensitivity.Variation> vs = Sensitivity.variations(s);
        Sensitivity.Variation align = vs.stream().filter(v -> v.name().equals("alignmentWeight")).findFirst()
                .orElseThrow();
        assertThat(align.low()).isEqualTo(0.75);
        assertThat(align.high()).isEqualTo(2.25);
        Sensitivity.Variation turnout = vs.stream().filter(v -> v.name().equals("turnoutOverride")).findFirst()
                .orElseThrow();
        assertThat(turnout.low()).isEqualTo(0.65);
        assertThat(turnout.high()).isEqualTo(0.95);
        // A signed utility at zero varies by +-0.5; a non-zero one by x0.5 and x1.5 of its default.
        Sensitivity.Variation approval = vs.stream().filter(v -> v.name().equals("approvalThreshold")).findFirst()
                .orElseThrow();
        assertThat(approval.low()).isEqualTo(-0.5);
        assertThat(approval.high()).isEqualTo(0.5);
        Sensitivity.Variation lone = vs.stream().filter(v -> v.name().equals("loneNoUtility")).findFirst()
                .orElseThrow();
        double loneDefault = s.model().loneNoUtility();
        assertThat(loneDefault).isNotZero();
        assertThat(lone.low()).isEqualTo(loneDefault * 0.5);
        assertThat(lone.high()).isEqualTo(loneDefault * 1.5);
        assertThat(Sensitivity.apply(s, align, 0.75).model().alignmentWeight()).isEqualTo(0.75);
    }

    @Test
    void theSwingListPutsTheUndecidedFirstAndIsOrdered() {
        Scenario s = SmallScenarios.race(8, 8, 6, List.of());
        SwingList.Result r = SwingList.of(s, SmallScenarios.POST, 1, 2000, null, 2, new Work(null, 1));
        assertThat(r.sort()).isEqualTo(r.pivotalityMeasured() ? "pivotality" : "closeness");
        assertThat(r.delegations()).extracting(SwingList.Entry::rank)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, s.delegations().size())
                        .boxed().toList());
        if (r.pivotalityMeasured()) {
            assertThat(r.delegations()).isSortedAccordingTo(
                    Comparator.comparingDouble((SwingList.Entry e) -> -e.pivotality()));
        }
        SwingList.Result close = SwingList.of(s, SmallScenarios.POST, 1, 2000, "closeness", 2, new Work(null, 1));
        assertThat(close.delegations()).isSortedAccordingTo(Comparator.comparingDouble(SwingList.Entry::gap));
        assertThat(close.delegations().subList(0, 6)).extracting(SwingList.Entry::delegation)
                .allMatch(c -> c.startsWith("UN"));
        assertThat(close.delegations().get(0).gap()).isLessThan(0.3);
        assertThat(close.delegations().get(close.delegations().size() - 1).gap()).isGreaterThan(0.9);
    }
}
