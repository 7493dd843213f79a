package org.plenary.engine.rules.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.plenary.engine.rules.RuleCatalog;
import org.plenary.engine.rules.RuleSpec;

class TallyTest {

    private static final RuleSpec PRESIDENT = RuleCatalog.named("interpol-president");
    private static final List<String> ABC = List.of("Ann", "Bob", "Cho");

    private static BallotInput ranked(long count, String... names) {
        return new BallotInput(List.of(names), null, count);
    }

    @Test
    void reportsRoundsByName() {
        TallyReport r = Tally.tally(PRESIDENT, ABC, 1,
                List.of(ranked(99, "Ann"), ranked(41, "Bob", "Ann"), ranked(10, "Cho"), ranked(5)), null);
        assertThat(r.elected()).containsExactly("Ann");
        assertThat(r.rounds()).hasSize(3);
        TallyReport.Round first = r.rounds().get(0);
        assertThat(first.counts()).containsExactly(
                org.assertj.core.api.Assertions.entry("Ann", 99), org.assertj.core.api.Assertions.entry("Bob", 41),
                org.assertj.core.api.Assertions.entry("Cho", 10));
        assertThat(first.blank()).isEqualTo(5);
        assertThat(first.base()).isEqualTo(150);
        assertThat(first.threshold()).isEqualTo(2.0 / 3.0);
        assertThat(first.votesNeeded()).isEqualTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.rounds().get(2).elected()).containsExactly("Ann");
        assertThat(r.rounds().get(2).reason()).contains("elected: Ann");
        assertThat(r.tie()).isNull();
        assertThat(r.deadlock()).isFalse();
        assertThat(r.seed()).isNull();
        assertThat(r.rule()).isEqualTo("interpol-president");
    }

    @Test
    void aLoneCandidatesNoIsAFlaggedBallot() {
        TallyReport r = Tally.tally(PRESIDENT, List.of("Ann"), 1,
                List.of(ranked(127, "Ann"), new BallotInput(List.of(), List.of(), 10, true), ranked(8)), null);
        assertThat(r.elected()).containsExactly("Ann");
        assertThat(r.rounds().get(0).against()).isEqualTo(10);
        assertThat(r.rounds().get(0).blank()).isEqualTo(8);
    }

    @Test
    void aTieIsReportedWithoutSeedAndDrawnReproduciblyWithOne() {
        List<BallotInput> ballots = List.of(ranked(10, "Ann"), ranked(10, "Bob"), ranked(5, "Cho"));
        RuleSpec plurality = RuleCatalog.named("plurality");
        TallyReport reported = Tally.tally(plurality, ABC, 1, ballots, null);
        assertThat(reported.elected()).isEmpty();
        assertThat(reported.tie().candidates()).containsExactly("Ann", "Bob");
        assertThat(reported.tie().resolvedByLot()).isFalse();
        TallyReport drawn = Tally.tally(plurality, ABC, 1, ballots, 42L);
        assertThat(drawn.seed()).isEqualTo(42L);
        assertThat(drawn.tie().resolvedByLot()).isTrue();
        assertThat(Tally.tally(plurality, ABC, 1, ballots, 42L).elected()).isEqualTo(drawn.elected());
    }

    @Test
    void identicalBallotsListedSeparatelyCountTogether() {
        List<BallotInput> ballots = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ballots.add(ranked(1, "Bob", "Ann"));
        }
        ballots.add(ranked(20, "Ann"));
        TallyReport r = Tally.tally(RuleCatalog.named("irv"), ABC, 1, ballots, null);
        assertThat(r.rounds().get(0).counts().get("Bob")).isEqualTo(30);
        assertThat(r.elected()).containsExactly("Bob");
    }

    @Test
    void rejectsAnUnknownCandidateNamingTheField() {
        List<BallotInput> ballots = List.of(ranked(1, "Ann"), ranked(1, "Bob"), ranked(1, "Cho"),
                ranked(2, "Ann", "Zed"));
        assertThatThrownBy(() -> Tally.tally(PRESIDENT, ABC, 1, ballots, null))
                .isInstanceOfSatisfying(TallyInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("ballots[3].ranking[1]");
                    assertThat(e.reason()).isEqualTo("unknown candidate \"Zed\"");
                });
    }

    @Test
    void rejectsEveryMalformedRequest() {
        assertInvalid(ABC, 1, List.of(ranked(1, "Ann", "Bob", "Ann")), "ballots[0].ranking[2]", "twice");
        assertInvalid(ABC, 1, List.of(new BallotInput(null, List.of("Bob", "Bob"), 1)), "ballots[0].approve[1]",
                "twice");
        assertInvalid(ABC, 1, List.of(ranked(1, "Ann"), ranked(-1, "Bob")), "ballots[1].count", "negative");
        assertInvalid(ABC, 1, List.of(ranked(Tally.MAX_BALLOTS + 1, "Bob")), "ballots[0].count", "at most");
        assertInvalid(ABC, 1, List.of(ranked(Tally.MAX_BALLOTS, "Bob"), ranked(1, "Ann")), "ballots[1].count",
                "at most");
        assertInvalid(ABC, 0, List.of(), "seats", "between 1 and");
        assertInvalid(ABC, 4, List.of(), "seats", "between 1 and");
        assertInvalid(List.of("Ann", "Bob", "Ann"), 1, List.of(), "candidates[2]", "duplicate candidate \"Ann\"");
        assertInvalid(List.of(), 1, List.of(), "candidates", "at least one");
        assertInvalid(ABC, 1, List.of(new BallotInput(List.of("Ann"), null, 1, true)), "ballots[0].no",
                "must not rank");
        assertThatThrownBy(() -> Tally.tally(null, ABC, 1, List.of(), null)).isInstanceOf(TallyInputException.class);
    }

    private static void assertInvalid(List<String> names, int seats, List<BallotInput> ballots, String field,
                                      String reason) {
        assertThatThrownBy(() -> Tally.tally(PRESIDENT, names, seats, ballots, null))
                .isInstanceOfSatisfying(TallyInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.reason()).contains(reason);
                });
    }

    /** Prints how long a million ballots in 20 distinct rankings take; asserts only the result. */
    @Test
    void aMillionBallotsInTwentyRankings() {
        List<String> names = List.of("C0", "C1", "C2", "C3", "C4", "C5");
        Random random = new Random(1);
        List<List<String>> rankings = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            List<String> r = new ArrayList<>(names);
            Collections.shuffle(r, random);
            rankings.add(List.copyOf(r.subList(0, 1 + random.nextInt(names.size()))));
        }
        List<BallotInput> ballots = new ArrayList<>(1_000_000);
        for (int i = 0; i < 1_000_000; i++) {
            ballots.add(new BallotInput(rankings.get(random.nextInt(20)), null, 1));
        }
        for (String rule : List.of("interpol-president", "irv", "stv", "schulze")) {
            Tally.tally(RuleCatalog.named(rule), names, 2, ballots, 1L);
            long start = System.nanoTime();
            TallyReport r = Tally.tally(RuleCatalog.named(rule), names, 2, ballots, 1L);
            long micros = (System.nanoTime() - start) / 1000;
            System.out.printf("tally of 1,000,000 ballots in 20 rankings, %s: %d ms%n", rule, micros / 1000);
            assertThat(r.rounds().get(0).ballots() + r.rounds().get(0).blank()).isLessThanOrEqualTo(1_000_000);
        }
    }
}
