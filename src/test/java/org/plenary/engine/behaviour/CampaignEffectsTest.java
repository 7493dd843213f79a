package org.plenary.engine.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.plenary.engine.behaviour.Scenarios.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plenary.engine.model.Campaign;
import org.plenary.engine.model.ModelParameters;
import org.plenary.engine.model.PostKind;
import org.plenary.engine.model.Region;
import org.plenary.engine.model.Scenario;
import org.plenary.engine.rules.RuleCatalog;

class CampaignEffectsTest {

    /** Five delegations: A and B in bloc X, C in bloc X too, D alone, E aligned with the target's camp. */
    private static Scenario scenario(ModelParameters m, Campaign... campaigns) {
        return Scenarios.scenario(List.of(
                        delegation("AAA", Region.EUROPE, List.of("X"), 1.0, -0.5),
                        delegation("BBB", Region.EUROPE, List.of("X"), 1.0, -0.5),
                        delegation("CCC", Region.EUROPE, List.of("X"), 1.0, -0.5),
                        delegation("DDD", Region.AFRICA, List.of(), 1.0, 0.0),
                        delegation("EEE", Region.ASIA, List.of(), 1.0, 1.0),
                        delegation("TGT", Region.ASIA, List.of(), 1.0, 1.0)),
                List.of(post("p", PostKind.PRESIDENT, null, 1, RuleCatalog.named("interpol-president"))),
                List.of(candidate("t", "TGT", "p", 0.0), candidate("o", "DDD", "p", 0.0)),
                List.of(campaigns), m);
    }

    private static UtilityModel model(Scenario s) {
        return UtilityModel.compile(s, null);
    }

    @Test
    void anOpposingLetterLowersTheTargetOnlyWhereItReaches() {
        Campaign k = letter("k", "t", Stance.OPPOSE, named("AAA", "DDD"), 0, 1.0);
        UtilityModel on = model(scenario(params(0.0, 0.5, 1.5, 1, 0.15, 0.5), k));
        UtilityModel off = model(scenario(params(0.0, 0.5, 1.5, 1, 0.15, 0.5), k.withEnabled(false)));
        int t = 0;
        assertThat(on.utility(0, t)).isLessThan(off.utility(0, t));
        assertThat(on.utility(3, t)).isLessThan(off.utility(3, t));
        for (int d : new int[] {1, 2, 4, 5}) {
            assertThat(on.utility(d, t)).isEqualTo(off.utility(d, t));
        }
        for (int d = 0; d < 6; d++) {
            assertThat(on.utility(d, 1)).as("the other candidate").isEqualTo(off.utility(d, 1));
        }
    }

    @Test
    void spilloverReachesBlocPartnersInProportion() {
        Campaign k = letter("k", "t", Stance.OPPOSE, named("AAA"), 0, 1.0);
        UtilityModel m = model(scenario(params(0.3, 0.5, 0.0, 1, 0.15, 0.5), k));
        double direct = m.lobbying(0, 0);
        // BBB's bloc partners are AAA and CCC: half of them reached directly.
        assertThat(m.lobbying(1, 0)).isCloseTo(direct * 0.3 * 0.5, within(1e-12));
        assertThat(m.lobbying(3, 0)).isZero();
    }

    @Test
    void backlashReversesTheEffectForAlignedDelegations() {
        Campaign k = letter("k", "t", Stance.OPPOSE, named("EEE", "DDD"), 0, 1.0);
        UtilityModel m = model(scenario(params(0.0, 0.5, 0.0, 1, 0.15, 0.5), k));
        assertThat(m.lobbying(3, 0)).isNegative();
        // EEE is fully aligned with the target's camp: the letter pushes it toward the target, by backlash x.
        assertThat(m.lobbying(4, 0)).isPositive().isCloseTo(-0.5 * m.lobbying(3, 0), within(1e-12));
    }

    @Test
    void saturationCapsTheTotalShift() {
        Campaign k = letter("k", "t", Stance.OPPOSE, named("DDD"), 0, 50.0);
        UtilityModel m = model(scenario(params(0.0, 0.5, 1.5, 1, 0.15, 0.5), k));
        assertThat(m.lobbying(3, 0)).isGreaterThanOrEqualTo(-1.5).isLessThan(-1.49);
        List<CampaignTerm> terms = m.campaignTerms(3, 0);
        assertThat(terms.get(0).raw()).isLessThan(-10);
        assertThat(terms.get(0).attributed()).isCloseTo(m.lobbying(3, 0), within(1e-12));
    }

    @Test
    void decayHalvesTheEffectAtTheHalfLife() {
        ModelParameters p = params(0.0, 0.5, 0.0, 1, 0.15, 0.5);
        double now = model(scenario(p, letter("k", "t", Stance.OPPOSE, named("DDD"), 0, 1.0))).lobbying(3, 0);
        double old = model(scenario(p, letter("k", "t", Stance.OPPOSE, named("DDD"),
                (int) p.decayHalfLifeDays(), 1.0))).lobbying(3, 0);
        assertThat(old).isCloseTo(now / 2, within(1e-12));
    }

    @Test
    void turningACampaignOffRemovesItsTerm() {
        Campaign k = letter("k", "t", Stance.SUPPORT, named("DDD"), 0, 1.0);
        Scenario s = scenario(params(0.0, 0.5, 1.5, 1, 0.15, 0.5), k);
        UtilityModel on = UtilityModel.compile(s, Set.of("k"));
        UtilityModel off = UtilityModel.compile(s, Set.of());
        assertThat(on.lobbying(3, 0)).isPositive();
        assertThat(on.campaignTerms(3, 0)).hasSize(1);
        assertThat(off.lobbying(3, 0)).isZero();
        assertThat(off.campaignTerms(3, 0)).isEmpty();
        assertThat(off.utility(3, 0)).isEqualTo(on.baseline(3, 0));
    }

    @Test
    void explanationTermsAddUpToTheUtility() {
        Campaign k = letter("k", "t", Stance.OPPOSE, named("DDD"), 5, 1.0);
        Scenario s = scenario(ModelParameters.defaults(), k);
        DelegationExplanation e = Explainer.explain(s, "DDD", "p", null, null);
        assertThat(e.candidates()).hasSize(2);
        for (CandidateExplanation c : e.candidates()) {
            double sum = c.baseline().total() + c.campaigns().stream().mapToDouble(CampaignTerm::attributed).sum();
            assertThat(sum).isCloseTo(c.utility(), within(1e-12));
        }
        double total = e.blankProbability() + e.candidates().stream().mapToDouble(CandidateExplanation::probability).sum();
        assertThat(total).isCloseTo(1.0, within(1e-9));
        assertThat(e.candidates().get(1).probability()).as("home candidate").isGreaterThan(0.99);
    }
}
