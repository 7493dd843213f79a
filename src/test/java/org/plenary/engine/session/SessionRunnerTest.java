package org.plenary.engine.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.engine.session.Scenarios.candidate;
import static org.plenary.engine.session.Scenarios.delegates;
import static org.plenary.engine.session.Scenarios.delegation;
import static org.plenary.engine.session.Scenarios.president;
import static org.plenary.engine.session.Scenarios.scenario;
import static org.plenary.engine.session.Scenarios.sitting;
import static org.plenary.engine.session.Scenarios.support;
import static org.plenary.engine.session.Scenarios.vicePresident;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plenary.engine.model.Candidate;
import org.plenary.engine.model.Delegation;
import org.plenary.engine.model.PostKind;
import org.plenary.engine.model.Region;
import org.plenary.engine.model.Scenario;
import org.plenary.engine.rules.RuleCatalog;

class SessionRunnerTest {

    private static final List<Delegation> DELEGATIONS = List.of(
            delegation("FRA", Region.EUROPE), delegation("DEU", Region.EUROPE), delegation("ITA", Region.EUROPE),
            delegation("ESP", Region.EUROPE), delegation("EGY", Region.AFRICA), delegation("KEN", Region.AFRICA),
            delegation("BRA", Region.AMERICAS), delegation("CHL", Region.AMERICAS), delegation("JPN", Region.ASIA),
            delegation("ARE", Region.ASIA));

    private static List<String> names(List<Candidate> cs) {
        return cs.stream().map(Candidate::name).toList();
    }

    @Test
    void aCountryThatWonThePresidencyLosesItsCandidateInALaterRace() {
        Scenario s = scenario(DELEGATIONS, List.of(president(), delegates(Region.EUROPE, 1)), List.of(),
                List.of(candidate("Pierre", "FRA", "president"), candidate("Yuki", "JPN", "president"),
                        candidate("Francine", "FRA", "delegate-europe"), candidate("Dieter", "DEU", "delegate-europe")));
        SessionOutcome out = SessionRunner.run(s, Map.of(), support(Map.of("Pierre", 120, "Yuki", 30)), null);
        assertThat(names(out.races().get(0).elected())).containsExactly("Pierre");
        RaceOutcome delegate = out.races().get(1);
        assertThat(names(delegate.onBallot())).containsExactly("Dieter");
        assertThat(names(delegate.elected())).containsExactly("Dieter");
    }

    @Test
    void sittingMembersBlockTheirCountryButNotTheirOwnCandidacy() {
        Scenario s = scenario(DELEGATIONS, List.of(president(), delegates(Region.EUROPE, 1)),
                List.of(sitting("Mario", "ITA", PostKind.DELEGATE, Region.EUROPE)),
                List.of(candidate("Mario", "ITA", "president"), candidate("Yuki", "JPN", "president"),
                        candidate("Lucia", "ITA", "delegate-europe"), candidate("Ana", "ESP", "delegate-europe")));
        SessionOutcome out = SessionRunner.run(s, Map.of(), support(Map.of("Mario", 20, "Yuki", 100)), null);
        assertThat(names(out.races().get(0).onBallot())).containsExactly("Mario", "Yuki");
        assertThat(names(out.races().get(1).onBallot())).containsExactly("Ana");
    }

    @Test
    void theVicePresidencyForThePresidentsRegionIsSkipped() {
        Scenario s = scenario(DELEGATIONS,
                List.of(president(), vicePresident(Region.EUROPE), vicePresident(Region.AFRICA)), List.of(),
                List.of(candidate("Pierre", "FRA", "president"), candidate("Dieter", "DEU", "vp-europe"),
                        candidate("Amina", "KEN", "vp-africa")));
        SessionOutcome out = SessionRunner.run(s, Map.of(), support(Map.of("Pierre", 100)), null);
        RaceOutcome europe = out.races().get(1);
        assertThat(europe.result()).isNull();
        assertThat(europe.skippedReason()).contains("President").contains("EUROPE");
        assertThat(europe.elected()).isEmpty();
        assertThat(names(out.races().get(2).elected())).containsExactly("Amina");
    }

    @Test
    void aPresidentialCandidateFromARegionWithASittingVicePresidentIsIneligible() {
        Scenario s = scenario(DELEGATIONS, List.of(president()),
                List.of(sitting("Olga", "DEU", PostKind.VICE_PRESIDENT, Region.EUROPE)),
                List.of(candidate("Pierre", "FRA", "president"), candidate("Olga", "DEU", "president"),
                        candidate("Yuki", "JPN", "president")));
        SessionOutcome out = SessionRunner.run(s, Map.of(), support(Map.of()), null);
        // Pierre's region has a sitting VP; Olga is that VP herself.
        assertThat(names(out.races().get(0).onBallot())).containsExactly("Olga", "Yuki");
    }

    @Test
    void aDelegateSeatTakesOnlyCandidatesFromItsRegion() {
        Scenario s = scenario(DELEGATIONS, List.of(delegates(Region.AFRICA, 2)), List.of(),
                List.of(candidate("Amina", "KEN", "delegate-africa"), candidate("Paulo", "BRA", "delegate-africa"),
                        candidate("Omar", "EGY", "delegate-africa"), candidate("Kofi", "KEN", "delegate-africa")));
        SessionOutcome out = SessionRunner.run(s, Map.of(), support(Map.of()), null);
        // Paulo is from the Americas; Kofi is a second Kenyan in a two-seat race.
        assertThat(names(out.races().get(0).onBallot())).containsExactly("Amina", "Omar");
    }

    @Test
    void aRaceWithNoEligibleCandidateIsSkipped() {
        Scenario s = scenario(DELEGATIONS, List.of(president(), delegates(Region.EUROPE, 1)), List.of(),
                List.of(candidate("Pierre", "FRA", "president"), candidate("Francine", "FRA", "delegate-europe")));
        SessionOutcome out = SessionRunner.run(s, Map.of(), support(Map.of()), null);
        assertThat(out.races().get(1).result()).isNull();
        assertThat(out.races().get(1).skippedReason()).isEqualTo(SessionPlan.NO_ELIGIBLE);
    }

    @Test
    void anOverriddenRuleIsUsedForItsPost() {
        Scenario s = scenario(DELEGATIONS, List.of(president()), List.of(),
                List.of(candidate("Pierre", "FRA", "president"), candidate("Yuki", "JPN", "president"),
                        candidate("Amina", "KEN", "president")));
        var voters = support(Map.of("Pierre", 60, "Yuki", 50, "Amina", 40));
        RaceOutcome interpol = SessionRunner.run(s, Map.of(), voters, null).races().get(0);
        assertThat(interpol.result().rounds()).hasSizeGreaterThan(1);
        RaceOutcome plurality = SessionRunner.run(s, Map.of("president", RuleCatalog.named("plurality")), voters, null)
                .races().get(0);
        assertThat(plurality.result().rounds()).hasSize(1);
        assertThat(names(plurality.elected())).containsExactly("Pierre");
    }

    @Test
    void postsAreHeldInTheScenariosOrder() {
        // Vice-President first: the President's race then loses the VP's region.
        Scenario s = scenario(DELEGATIONS, List.of(vicePresident(Region.EUROPE), president()), List.of(),
                List.of(candidate("Dieter", "DEU", "vp-europe"), candidate("Pierre", "FRA", "president"),
                        candidate("Yuki", "JPN", "president")));
        SessionOutcome out = SessionRunner.run(s, Map.of(), support(Map.of("Pierre", 100)), null);
        assertThat(names(out.races().get(0).elected())).containsExactly("Dieter");
        assertThat(names(out.races().get(1).onBallot())).containsExactly("Yuki");
    }

    @Test
    void aPresidencyHeldByASittingPresidentIsNotContested() {
        Scenario s = scenario(DELEGATIONS, List.of(president()),
                List.of(sitting("Kim", "JPN", PostKind.PRESIDENT, Region.ASIA)),
                List.of(candidate("Pierre", "FRA", "president")));
        RaceOutcome race = SessionRunner.run(s, Map.of(), support(Map.of()), null).races().get(0);
        assertThat(race.result()).isNull();
        assertThat(race.skippedReason()).isEqualTo(SessionPlan.PRESIDENCY_HELD);
    }
}
