package org.plenary.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.plenary.engine.rules.ProfileElectorate.Ballot;
import org.plenary.engine.rules.tally.BallotInput;
import org.plenary.engine.rules.tally.Tally;
import org.plenary.engine.rules.tally.TallyReport;

class CountingProperties {

    private static final RuleSpec PRESIDENT = RuleCatalog.named("interpol-president");

    record Profile(int candidates, List<Ballot> ballots) {
        ProfileElectorate electorate() {
            return new ProfileElectorate(candidates, ballots);
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(candidates + " candidates:");
            for (Ballot b : ballots) {
                s.append(' ').append(b.count()).append('x').append(java.util.Arrays.toString(b.ranking()))
                        .append(b.no() ? "no" : "");
            }
            return s.toString();
        }
    }

    @Provide
    Arbitrary<Profile> profiles() {
        return Arbitraries.integers().between(1, 5).flatMap(n ->
                group(n).list().ofMinSize(1).ofMaxSize(10).map(groups -> new Profile(n, groups)));
    }

    private static Arbitrary<Ballot> group(int n) {
        List<Integer> all = IntStream.range(0, n).boxed().toList();
        return Combinators.combine(Arbitraries.shuffle(all), Arbitraries.integers().between(0, n),
                Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 9)).as((order, length, count, kind) -> {
                    if (kind == 0) {
                        return Ballot.against(count);
                    }
                    int[] ranking = order.subList(0, length).stream().mapToInt(Integer::intValue).toArray();
                    int[] approve = order.subList(0, Math.min(n, kind % 3 + length / 2)).stream()
                            .mapToInt(Integer::intValue).toArray();
                    return new Ballot(ranking, approve, false, count);
                });
    }

    @Property(tries = 300)
    void twoThirdsOfVotesCastInRoundOneElectsInRoundOne(@ForAll("profiles") Profile profile,
                                                        @ForAll("extra") int extra) {
        // Add a block of ballots for candidate 0 worth twice everything else: at least two-thirds of votes cast.
        int others = profile.ballots().stream().mapToInt(Ballot::count).sum();
        List<Ballot> ballots = new ArrayList<>(profile.ballots());
        ballots.add(Ballot.ranked(2 * others + extra, 0));
        ProfileElectorate e = new ProfileElectorate(profile.candidates(), ballots);
        RaceResult r = RaceCounter.count(PRESIDENT, e, profile.candidates(), 1, null);
        assertThat(r.elected()).containsExactly(0);
        assertThat(r.rounds()).hasSize(1);
    }

    @Provide
    Arbitrary<Integer> extra() {
        return Arbitraries.integers().between(1, 50);
    }

    @Property(tries = 500)
    void aPresidentShortOfTwoThirdsIsNotElectedBeforeRoundThree(@ForAll("profiles") Profile profile) {
        RaceResult r = RaceCounter.count(PRESIDENT, profile.electorate(), profile.candidates(), 1, null);
        for (RoundRecord round : r.rounds()) {
            if (round.round() < 3) {
                for (int w : round.elected()) {
                    assertThat(3L * round.counts()[w]).isGreaterThanOrEqualTo(2L * round.base());
                }
            }
        }
    }

    @Property(tries = 300)
    void withSincereRankingsAndNoEliminationRoundsOneAndTwoAgree(@ForAll("profiles") Profile profile) {
        RuleSpec noElimination = PRESIDENT.withRounds(0, 10);
        RaceResult r = RaceCounter.count(noElimination, profile.electorate(), profile.candidates(), 1, null);
        if (r.rounds().size() >= 2) {
            assertThat(r.rounds().get(1).counts()).containsExactly(r.rounds().get(0).counts());
            assertThat(r.rounds().get(1).ballots()).isEqualTo(r.rounds().get(0).ballots());
            assertThat(r.rounds().get(1).blank()).isEqualTo(r.rounds().get(0).blank());
        }
    }

    @Property(tries = 300)
    void countsNeverExceedTheVotersPresent(@ForAll("profiles") Profile profile, @ForAll("seats") int seats) {
        ProfileElectorate e = profile.electorate();
        int s = Math.min(seats, profile.candidates());
        for (String name : RuleCatalog.names()) {
            RuleSpec rule = RuleCatalog.named(name);
            RaceResult r = RaceCounter.count(rule, e, profile.candidates(), s, new java.util.SplittableRandom(3));
            assertThat(r.elected().length).as(name).isLessThanOrEqualTo(s);
            assertThat(IntStream.of(r.elected()).distinct().count()).isEqualTo(r.elected().length);
            for (RoundRecord round : r.rounds()) {
                assertThat(round.ballots() + round.blank() + round.abstained()).as(name)
                        .isLessThanOrEqualTo(e.present());
                boolean votes = rule.method() != RuleSpec.Method.BORDA && rule.method() != RuleSpec.Method.SCHULZE;
                if (votes) {
                    for (int c : round.counts()) {
                        assertThat(c).as(name).isBetween(0, e.present());
                    }
                }
            }
        }
    }

    @Provide
    Arbitrary<Integer> seats() {
        return Arbitraries.integers().between(1, 3);
    }

    @Property(tries = 200)
    void resultsDoNotDependOnTheOrderOfTheBallots(@ForAll("profiles") Profile profile, @ForAll("seats") int seats,
                                                  @ForAll long shuffleSeed) {
        List<String> names = IntStream.range(0, profile.candidates()).mapToObj(i -> "N" + i).toList();
        List<BallotInput> listed = new ArrayList<>();
        for (Ballot b : profile.ballots()) {
            // Split each group in two to vary how the same profile is listed as well as its order.
            int first = b.count() / 3;
            listed.add(input(names, b, first));
            listed.add(input(names, b, b.count() - first));
        }
        List<BallotInput> shuffled = new ArrayList<>(listed);
        Collections.shuffle(shuffled, new Random(shuffleSeed));
        int s = Math.min(seats, profile.candidates());
        for (String rule : RuleCatalog.names()) {
            TallyReport a = Tally.tally(RuleCatalog.named(rule), names, s, listed, 11L);
            TallyReport b = Tally.tally(RuleCatalog.named(rule), names, s, shuffled, 11L);
            assertThat(b).as(rule).isEqualTo(a);
        }
    }

    private static BallotInput input(List<String> names, Ballot b, int count) {
        return new BallotInput(IntStream.of(b.ranking()).mapToObj(names::get).toList(),
                IntStream.of(b.approve()).mapToObj(names::get).toList(), count, b.no());
    }
}
