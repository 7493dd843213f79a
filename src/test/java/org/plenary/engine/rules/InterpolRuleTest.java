package org.plenary.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.engine.rules.Profiles.A;
import static org.plenary.engine.rules.Profiles.B;
import static org.plenary.engine.rules.Profiles.C;
import static org.plenary.engine.rules.Profiles.ballot;
import static org.plenary.engine.rules.Profiles.blank;
import static org.plenary.engine.rules.Profiles.count;
import static org.plenary.engine.rules.Profiles.no;
import static org.plenary.engine.rules.Profiles.of;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class InterpolRuleTest {

    @Test
    void presidentWithExactlyTwoThirdsOfVotesCastIsElectedInRoundOne() {
        // 150 votes cast, 100 is two-thirds exactly; the 20 blank ballots are outside the base.
        var e = of(3, ballot(100, A), ballot(40, B), ballot(10, C), blank(20));
        RaceResult r = count("interpol-president", e, 1);
        assertThat(r.elected()).containsExactly(A);
        assertThat(r.rounds()).hasSize(1);
        RoundRecord first = r.rounds().get(0);
        assertThat(first.base()).isEqualTo(150);
        assertThat(first.votesNeeded()).isEqualTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(first.counts()).containsExactly(100, 40, 10);
        assertThat(first.blank()).isEqualTo(20);
        assertThat(first.note()).isEqualTo(Notes.ELECTED);
    }

    @Test
    void presidentShortOfTwoThirdsWaitsForRoundThreeAndItsSimpleMajority() {
        var e = of(3, ballot(99, A), ballot(41, B), ballot(10, C));
        RaceResult r = count("interpol-president", e, 1);
        assertThat(r.elected()).containsExactly(A);
        assertThat(r.rounds()).extracting(RoundRecord::round).containsExactly(1, 2, 3);
        assertThat(r.rounds().get(0).elected()).isEmpty();
        assertThat(r.rounds().get(1).elected()).isEmpty();
        assertThat(r.rounds().get(2).quotaFraction()).isEqualTo(0.5);
        assertThat(r.rounds().get(2).elected()).containsExactly(A);
        assertThat(r.deadlock()).isFalse();
    }

    @Test
    void roundThreeNeedsStrictlyMoreThanHalf() {
        var e = of(3, ballot(75, A), ballot(50, B), ballot(25, C));
        RaceResult r = count("interpol-president", e, 1);
        // 75 of 150 is not more than half: C is dropped after round 3, and in round 4 A has 75 of 125.
        assertThat(r.rounds().get(2).elected()).isEmpty();
        assertThat(r.rounds().get(2).eliminated()).containsExactly(C);
        assertThat(r.rounds().get(3).counts()).containsExactly(75, 50, 0);
        assertThat(r.rounds().get(3).blank()).isEqualTo(25);
        assertThat(r.elected()).containsExactly(A);
        assertThat(r.rounds()).hasSize(4);
    }

    @Test
    void vicePresidentNeedsASimpleMajorityFromRoundOne() {
        var e = of(2, ballot(76, A), ballot(74, B));
        RaceResult r = count("interpol-vice-president", e, 1);
        assertThat(r.elected()).containsExactly(A);
        assertThat(r.rounds()).hasSize(1);
    }

    @Test
    void balancedVotesWithoutEliminationDeadlockAtTheRoundLimit() {
        RuleSpec noElimination = RuleCatalog.named("interpol-vice-president").withRounds(0, 5);
        var e = of(2, ballot(50, A), ballot(50, B));
        RaceResult r = RaceCounter.count(noElimination, e, 2, 1, null);
        assertThat(r.elected()).isEmpty();
        assertThat(r.rounds()).hasSize(5);
        assertThat(r.deadlock()).isTrue();
        assertThat(r.tie()).isNull();
        assertThat(r.rounds().get(4).note()).isEqualTo(Notes.DEADLOCK);
    }

    @Test
    void interpolDefaultCapsTheRoundsAtTen() {
        // A 50-50 split never yields a majority: after the tie for last place is drawn, the survivor's yes/no
        // vote is 50 yes (their ballots) against 50 no (ballots ranking only the dropped rival).
        var e = of(2, ballot(50, A), ballot(50, B));
        RaceResult r = RaceCounter.count(RuleCatalog.named("interpol-president"), e, 2, 1, new SplittableRandom(7));
        assertThat(r.rounds()).hasSize(RuleCatalog.INTERPOL_MAX_ROUNDS);
        assertThat(r.deadlock()).isTrue();
        assertThat(r.elected()).isEmpty();
        assertThat(r.tie().resolvedByLot()).isTrue();
    }

    @Test
    void loneCandidateWithYesNoAndAbstentionsIsElected() {
        var e = of(1, ballot(127, A), no(10), blank(8));
        RaceResult r = count("interpol-president", e, 1);
        assertThat(r.elected()).containsExactly(A);
        RoundRecord first = r.rounds().get(0);
        assertThat(first.counts()).containsExactly(127);
        assertThat(first.against()).isEqualTo(10);
        assertThat(first.blank()).isEqualTo(8);
        assertThat(first.base()).isEqualTo(137);
        assertThat(first.note()).isEqualTo(Notes.LONE_ELECTED);
    }

    @Test
    void loneCandidateShortOfTwoThirdsOfYesAndNoWaitsForRoundThree() {
        var e = of(1, ballot(60, A), no(40), blank(30));
        RaceResult r = count("interpol-president", e, 1);
        assertThat(r.elected()).containsExactly(A);
        assertThat(r.rounds()).hasSize(3);
        assertThat(r.rounds().get(0).note()).isEqualTo(Notes.LONE_SHORT);
    }

    @Test
    void loneCandidateUnopposedWhenTheRuleSaysSo() {
        RuleSpec rule = RuleCatalog.named("interpol-delegate").withLone(RuleSpec.LoneCandidate.UNOPPOSED);
        var e = of(1, no(10));
        RaceResult r = RaceCounter.count(rule, e, 1, 1, null);
        assertThat(r.elected()).containsExactly(A);
        assertThat(r.rounds().get(0).note()).isEqualTo(Notes.UNOPPOSED);
    }

    @Test
    void twoThirdsEveryRoundDeadlocksWhereThePresidentialRuleElects() {
        var e = of(2, ballot(60, A), ballot(40, B));
        assertThat(count("interpol-president", e, 1).elected()).containsExactly(A);
        RaceResult strict = count("two-thirds-every-round", e, 1);
        assertThat(strict.elected()).isEmpty();
        assertThat(strict.deadlock()).isTrue();
        assertThat(strict.rounds().get(2).eliminated()).containsExactly(B);
    }

    @Test
    void delegatesForTwoSeatsGoToTheBestPlacedAboveAMajorityOfBallots() {
        // Each ballot marks two names: A 75, B 70, C 55 of 100 ballots; all three are above 50, two seats.
        var e = of(3, ballot(45, A, B), ballot(30, A, C), ballot(25, C, B));
        RaceResult r = count("interpol-delegate", e, 2);
        assertThat(r.elected()).containsExactly(A, B);
        assertThat(r.rounds()).hasSize(1);
        assertThat(r.rounds().get(0).counts()).containsExactly(75, 70, 55);
        assertThat(r.rounds().get(0).ballots()).isEqualTo(100);
    }

    @Test
    void anOpenDelegateSeatGoesToAnotherRoundWithoutTheElected() {
        // Round 1 (two marks): A 70, B 30, C 50 of 100: only A is above half. Round 2 (one mark, A off the
        // ballot): the 50 A-only ballots are blank, B 30 of 50 ballots cast wins.
        var e = of(3, ballot(50, A), ballot(30, B, C), ballot(20, C, A));
        RaceResult r = count("interpol-delegate", e, 2);
        assertThat(r.elected()).containsExactly(A, B);
        assertThat(r.rounds()).hasSize(2);
        assertThat(r.rounds().get(0).counts()).containsExactly(70, 30, 50);
        RoundRecord second = r.rounds().get(1);
        assertThat(second.counts()).containsExactly(0, 30, 20);
        assertThat(second.base()).isEqualTo(50);
        assertThat(second.blank()).isEqualTo(50);
    }

    @Test
    void aTieForTheLastSeatIsFirstRepeatedByTheBallot() {
        // Round 1: A 80, B 60, C 60 of 100; A is elected, B and C tie for the second seat: another ballot,
        // where each ballot marks one name: B 60, C 40.
        var e = of(3, ballot(40, A, B, C), ballot(40, A, C, B), ballot(20, B, C));
        RaceResult r = count("interpol-delegate", e, 2);
        assertThat(r.rounds().get(0).elected()).containsExactly(A);
        assertThat(r.rounds().get(0).note()).isEqualTo(Notes.SEAT_TIE_REPEATED);
        assertThat(r.elected()).containsExactly(A, B);
        assertThat(r.tie()).isNull();
    }

    @Test
    void aTieIsReportedWithoutASeedAndDrawnWithOne() {
        RuleSpec lotAtOnce = RuleCatalog.named("interpol-delegate").withTieBreak(RuleSpec.TieBreak.LOT, 0);
        var e = of(3, ballot(40, A, B, C), ballot(40, A, C, B), ballot(20, B, C));

        RaceResult reported = RaceCounter.count(lotAtOnce, e, 3, 2, null);
        assertThat(reported.elected()).containsExactly(A);
        assertThat(reported.tie().candidates()).containsExactly(B, C);
        assertThat(reported.tie().resolvedByLot()).isFalse();
        assertThat(reported.tie().round()).isEqualTo(1);
        assertThat(reported.deadlock()).isFalse();

        RaceResult drawn = RaceCounter.count(lotAtOnce, e, 3, 2, new SplittableRandom(2026));
        assertThat(drawn.elected()).hasSize(2).startsWith(A);
        assertThat(drawn.tie().resolvedByLot()).isTrue();
        for (int i = 0; i < 5; i++) {
            assertThat(RaceCounter.count(lotAtOnce, e, 3, 2, new SplittableRandom(2026)).elected())
                    .containsExactly(drawn.elected());
        }
        // Over many seeds both tied candidates get drawn.
        java.util.Set<Integer> winners = new java.util.HashSet<>();
        for (long seed = 0; seed < 50; seed++) {
            winners.add(RaceCounter.count(lotAtOnce, e, 3, 2, new SplittableRandom(seed)).elected()[1]);
        }
        assertThat(winners).containsExactlyInAnyOrder(B, C);
    }

    @Test
    void aPersistentTieForLastPlaceIsRepeatedOnceThenDrawnOrReported() {
        // A never passes half (50 of 100); B and C tie for last place in round 3 and again in round 4.
        var e = of(3, ballot(50, A), ballot(25, B), ballot(25, C));
        RaceResult reported = count("interpol-president", e, 1);
        assertThat(reported.rounds()).hasSize(4);
        assertThat(reported.rounds().get(2).note()).isEqualTo(Notes.LAST_TIE_REPEATED);
        assertThat(reported.rounds().get(3).note()).isEqualTo(Notes.LAST_TIE_REPORTED);
        assertThat(reported.tie().candidates()).containsExactly(B, C);
        assertThat(reported.tie().resolvedByLot()).isFalse();
        assertThat(reported.elected()).isEmpty();
        assertThat(reported.deadlock()).isFalse();

        RaceResult drawn = RaceCounter.count(RuleCatalog.named("interpol-president"), e, 3, 1, new SplittableRandom(1));
        assertThat(drawn.rounds().get(3).eliminated()).hasSize(1);
        assertThat(drawn.tie().resolvedByLot()).isTrue();
        // Round 5: A 50 of 75 ballots cast (the dropped candidate's voters cast blank ballots).
        assertThat(drawn.elected()).containsExactly(A);
        assertThat(drawn.rounds()).hasSize(5);
    }

    @Test
    void membersPresentBaseCountsBlankBallotsAndAbstentionsAgainst() {
        RuleSpec presentBase = RuleCatalog.named("interpol-vice-president").withThresholds(
                java.util.List.of(new RuleSpec.Threshold(1, 0.5, RuleSpec.Base.MEMBERS_PRESENT, true)));
        var e = of(2, ballot(55, A), ballot(30, B), blank(20));
        RaceResult r = RaceCounter.count(presentBase, e, 2, 1, null);
        assertThat(r.rounds().get(0).base()).isEqualTo(105);
        assertThat(r.rounds().get(0).elected()).containsExactly(A);
        RuleSpec allMembers = presentBase.withThresholds(
                java.util.List.of(new RuleSpec.Threshold(1, 0.5, RuleSpec.Base.ALL_MEMBERS, true)));
        var withAbsentees = new ProfileElectorate(2, java.util.List.of(ballot(55, A), ballot(30, B)), 196);
        RaceResult absent = RaceCounter.count(allMembers.withRounds(0, 3), withAbsentees, 2, 1, null);
        assertThat(absent.rounds().get(0).base()).isEqualTo(196);
        assertThat(absent.deadlock()).isTrue();
    }

    @Test
    void blanksInBaseRaiseTheQuota() {
        var e = of(2, ballot(55, A), ballot(30, B), blank(20));
        RuleSpec rule = RuleCatalog.named("interpol-vice-president").withBlanksInBase(true);
        RaceResult r = RaceCounter.count(rule, e, 2, 1, null);
        assertThat(r.rounds().get(0).base()).isEqualTo(105);
        assertThat(r.elected()).containsExactly(A);
    }

    @Test
    void withoutQuorumTheRaceIsNotHeld() {
        var e = new ProfileElectorate(2, java.util.List.of(ballot(55, A), ballot(30, B)), 196);
        RaceResult r = RaceCounter.count(RuleCatalog.named("interpol-delegate").withQuorum(0.5), e, 2, 1, null);
        assertThat(r.elected()).isEmpty();
        assertThat(r.rounds().get(0).note()).isEqualTo(Notes.NO_QUORUM);
    }
}
