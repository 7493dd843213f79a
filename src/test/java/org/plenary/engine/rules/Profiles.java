package org.plenary.engine.rules;

import java.util.List;

import org.plenary.engine.rules.ProfileElectorate.Ballot;

/** Small hand-built profiles; candidates are A=0, B=1, C=2, D=3, E=4. */
final class Profiles {

    static final int A = 0;
    static final int B = 1;
    static final int C = 2;
    static final int D = 3;
    static final int E = 4;

    private Profiles() {
    }

    static ProfileElectorate of(int candidates, Ballot... ballots) {
        return new ProfileElectorate(candidates, List.of(ballots));
    }

    static Ballot ballot(int count, int... ranking) {
        return Ballot.ranked(count, ranking);
    }

    static Ballot blank(int count) {
        return Ballot.ranked(count);
    }

    static Ballot no(int count) {
        return Ballot.against(count);
    }

    /** 40 A>C>B, 35 B>C>A, 25 C>B>A: plurality elects A, instant runoff B, and C is the Condorcet winner. */
    static ProfileElectorate classicDisagreement() {
        return of(3, ballot(40, A, C, B), ballot(35, B, C, A), ballot(25, C, B, A));
    }

    static RaceResult count(String rule, ProfileElectorate e, int seats) {
        return RaceCounter.count(RuleCatalog.named(rule), e, e.candidates(), seats, null);
    }
}
