package org.plenary.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.engine.rules.Profiles.A;
import static org.plenary.engine.rules.Profiles.B;
import static org.plenary.engine.rules.Profiles.C;
import static org.plenary.engine.rules.Profiles.D;
import static org.plenary.engine.rules.Profiles.E;
import static org.plenary.engine.rules.Profiles.ballot;
import static org.plenary.engine.rules.Profiles.blank;
import static org.plenary.engine.rules.Profiles.classicDisagreement;
import static org.plenary.engine.rules.Profiles.count;
import static org.plenary.engine.rules.Profiles.of;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.plenary.engine.model.PostKind;
import org.plenary.engine.rules.ProfileElectorate.Ballot;

class AlternativeMethodsTest {

    @Test
    void pluralityInstantRunoffAndSchulzeDisagreeOnTheClassicProfile() {
        var e = classicDisagreement();
        assertThat(count("plurality", e, 1).elected()).containsExactly(A);
        assertThat(count("irv", e, 1).elected()).containsExactly(B);
        assertThat(count("two-round-runoff", e, 1).elected()).containsExactly(B);
        assertThat(count("schulze", e, 1).elected()).containsExactly(C);
        assertThat(count("borda", e, 1).elected()).containsExactly(C);
    }

    @Test
    void pluralityCountsFirstPreferences() {
        RaceResult r = count("plurality", classicDisagreement(), 1);
        assertThat(r.rounds()).hasSize(1);
        assertThat(r.rounds().get(0).counts()).containsExactly(40, 35, 25);
    }

    @Test
    void pluralityForSeveralSeatsTakesTheTopN() {
        // Each ballot marks two names: A 65, B 60, C 75 -> C and A.
        var e = of(3, ballot(40, A, C, B), ballot(35, B, C, A), ballot(25, A, B, C));
        RaceResult r = count("plurality", e, 2);
        assertThat(r.rounds().get(0).counts()).containsExactly(65, 60, 75);
        assertThat(r.elected()).containsExactly(C, A);
    }

    @Test
    void pluralityTieIsReportedWithoutSeedAndDrawnWithOne() {
        var e = of(3, ballot(10, A), ballot(10, B), ballot(5, C));
        RaceResult reported = count("plurality", e, 1);
        assertThat(reported.elected()).isEmpty();
        assertThat(reported.tie().candidates()).containsExactly(A, B);
        assertThat(reported.tie().resolvedByLot()).isFalse();
        RaceResult drawn = RaceCounter.count(RuleCatalog.named("plurality"), e, 3, 1, new SplittableRandom(9));
        assertThat(drawn.elected()).hasSize(1).containsAnyOf(A, B);
        assertThat(drawn.tie().resolvedByLot()).isTrue();
        assertThat(RaceCounter.count(RuleCatalog.named("plurality"), e, 3, 1, new SplittableRandom(9)).elected())
                .containsExactly(drawn.elected());
    }

    @Test
    void instantRunoffEliminatesTheLastAndTransfers() {
        RaceResult r = count("irv", classicDisagreement(), 1);
        assertThat(r.rounds()).hasSize(2);
        assertThat(r.rounds().get(0).counts()).containsExactly(40, 35, 25);
        assertThat(r.rounds().get(0).eliminated()).containsExactly(C);
        assertThat(r.rounds().get(1).counts()).containsExactly(40, 60, 0);
        assertThat(r.rounds().get(1).elected()).containsExactly(B);
    }

    @Test
    void instantRunoffMajorityIsOfContinuingBallots() {
        // Round 1: A 40, B 35, C 25 (C's ballots rank no one else). Round 2: A 40 of 75 continuing ballots.
        var e = of(3, ballot(40, A), ballot(35, B), ballot(25, C));
        RaceResult r = count("irv", e, 1);
        assertThat(r.elected()).containsExactly(A);
        assertThat(r.rounds().get(1).base()).isEqualTo(75);
        assertThat(r.rounds().get(1).blank()).isEqualTo(25);
    }

    @Test
    void twoRoundRunoffSendsTheTopTwoToRoundTwo() {
        RaceResult r = count("two-round-runoff", classicDisagreement(), 1);
        assertThat(r.rounds()).hasSize(2);
        assertThat(r.rounds().get(0).eliminated()).containsExactly(C);
        assertThat(r.rounds().get(1).counts()).containsExactly(40, 60, 0);
    }

    @Test
    void twoRoundRunoffEndsInRoundOneWithAMajority() {
        var e = of(3, ballot(51, A), ballot(30, B), ballot(19, C));
        RaceResult r = count("two-round-runoff", e, 1);
        assertThat(r.elected()).containsExactly(A);
        assertThat(r.rounds()).hasSize(1);
    }

    @Test
    void bordaGivesNMinusOneToZeroPoints() {
        RaceResult r = count("borda", classicDisagreement(), 1);
        // A: 40*2 = 80; B: 35*2 + 25 = 95; C: 40 + 35 + 25*2 = 125.
        assertThat(r.rounds().get(0).counts()).containsExactly(80, 95, 125);
    }

    @Test
    void bordaScoresUnrankedCandidatesZero() {
        var e = of(3, ballot(10, A), ballot(6, B, C));
        RaceResult r = count("borda", e, 1);
        assertThat(r.rounds().get(0).counts()).containsExactly(20, 12, 6);
        assertThat(r.elected()).containsExactly(A);
    }

    @Test
    void approvalElectsTheMostApproved() {
        var e = of(3, Ballot.approving(10, A, B), Ballot.approving(6, C), Ballot.approving(5, B), Ballot.approving(2));
        RaceResult r = count("approval", e, 1);
        assertThat(r.rounds().get(0).counts()).containsExactly(10, 15, 6);
        assertThat(r.rounds().get(0).blank()).isEqualTo(2);
        assertThat(r.elected()).containsExactly(B);
        assertThat(count("approval", e, 2).elected()).containsExactly(B, A);
    }

    @Test
    void schulzeFollowsTheStrongestPathsOnTheWikipediaExample() {
        // The 45-voter example of the Schulze method's description: no Condorcet winner; E > A > C > B > D.
        var e = of(5, ballot(5, A, C, B, E, D), ballot(5, A, D, E, C, B), ballot(8, B, E, D, A, C),
                ballot(3, C, A, B, E, D), ballot(7, C, A, E, B, D), ballot(2, C, B, A, D, E),
                ballot(7, D, C, E, B, A), ballot(8, E, B, A, D, C));
        assertThat(count("schulze", e, 1).elected()).containsExactly(E);
        assertThat(count("schulze", e, 5).elected()).containsExactly(E, A, C, B, D);
        assertThat(count("schulze", e, 1).rounds().get(0).counts()).containsExactly(3, 1, 2, 0, 4);
    }

    @Test
    void stvWithDroopQuotaAndGregorySurplus() {
        // 100 ballots, 2 seats: Droop quota 34. A 40 is elected; the surplus 6 moves on at 6/40 per ballot to B
        // (26). No one reaches 34: D (15) is eliminated and moves to C (25 + 15 = 40), who is elected.
        var e = of(4, ballot(40, A, B, C), ballot(20, B, C), ballot(25, C, D), ballot(15, D, C));
        RaceResult r = count("stv", e, 2);
        assertThat(r.elected()).containsExactly(A, C);
        assertThat(r.rounds()).hasSize(3);
        assertThat(r.rounds().get(0).votesNeeded()).isEqualTo(34.0);
        assertThat(r.rounds().get(0).counts()).containsExactly(40, 20, 25, 15);
        assertThat(r.rounds().get(0).elected()).containsExactly(A);
        assertThat(r.rounds().get(1).counts()).containsExactly(0, 26, 25, 15);
        assertThat(r.rounds().get(1).eliminated()).containsExactly(D);
        assertThat(r.rounds().get(2).counts()).containsExactly(0, 26, 40, 0);
        assertThat(r.rounds().get(2).elected()).containsExactly(C);
    }

    @Test
    void stvFillsTheLastSeatsWhenNoMoreCandidatesContinueThanSeats() {
        var e = of(3, ballot(60, A), ballot(25, B), ballot(15, C));
        RaceResult r = count("stv", e, 2);
        // Quota 34: A elected, the surplus exhausts; C is eliminated; B is the only continuing candidate.
        assertThat(r.elected()).containsExactly(A, B);
    }

    @Test
    void everyMethodHoldsAYesNoVoteOnALoneCandidate() {
        var e = of(1, ballot(127, A), Profiles.no(10), blank(8));
        for (String name : RuleCatalog.names()) {
            assertThat(count(name, e, 1).elected()).as(name).containsExactly(A);
        }
        var rejected = of(1, ballot(40, A), Profiles.no(60));
        assertThat(count("plurality", rejected, 1).elected()).isEmpty();
    }

    @Test
    void catalogNamesEveryPreset() {
        assertThat(RuleCatalog.names()).containsExactly("interpol-president", "interpol-vice-president",
                "interpol-delegate", "plurality", "two-round-runoff", "irv", "borda", "approval", "schulze", "stv",
                "two-thirds-every-round");
        assertThatThrownBy(() -> RuleCatalog.named("dhondt")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dhondt");
        assertThat(RuleCatalog.defaultFor(PostKind.PRESIDENT).name()).isEqualTo("interpol-president");
        assertThat(RuleCatalog.defaultFor(PostKind.VICE_PRESIDENT).name()).isEqualTo("interpol-vice-president");
        assertThat(RuleCatalog.defaultFor(PostKind.DELEGATE).name()).isEqualTo("interpol-delegate");
        assertThat(RuleCatalog.named("two-thirds-every-round").thresholdFor(5).fraction()).isEqualTo(2.0 / 3.0);
        assertThat(RuleCatalog.named("interpol-president").thresholdFor(2).fraction()).isEqualTo(2.0 / 3.0);
        assertThat(RuleCatalog.named("interpol-president").thresholdFor(3).strict()).isTrue();
    }
}
