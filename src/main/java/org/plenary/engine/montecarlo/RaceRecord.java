package org.plenary.engine.montecarlo;

import java.util.Arrays;

import org.plenary.engine.rules.BallotCount;
import org.plenary.engine.rules.RaceResult;

/**
 * What the baseline arm's electorate handed the counting rule in one race of the current trial, call by call, so
 * that another arm with the same inputs can hand over the same answers without drawing them. A call is replayed only
 * when its arguments match too (round, candidates on the ballot, names to mark, the previous round's count), since
 * a tie drawn by lot differently in the two arms can change what the rule asks next.
 */
final class RaceRecord {
    static final int ROUND = 0;
    static final int YES_NO = 1;
    static final int RANKED = 2;
    static final int APPROVAL = 3;

    int stamp = -1;
    int[] rc;
    /** The lots' state when the race began and when it ended, and its result (null until it ends). */
    long lotsBefore;
    long lotsAfter;
    RaceResult raceResult;
    /** What the race left in the arm's ballot log: rounds logged and the yes/no rounds. */
    int roundsLogged;
    long yesNoRounds;
    int calls;
    int[] kind = new int[8];
    int[] round = new int[8];
    long[] onBallot = new long[8];
    int[] arg = new int[8];
    BallotCount[] previous = new BallotCount[8];
    Object[] result = new Object[8];

    void start(int trialStamp, int[] raceCandidates, long lotsState) {
        stamp = trialStamp;
        rc = raceCandidates;
        lotsBefore = lotsState;
        raceResult = null;
        Arrays.fill(previous, 0, calls, null);
        Arrays.fill(result, 0, calls, null);
        calls = 0;
    }

    void add(int callKind, int callRound, long onBits, int callArg, BallotCount prev, Object out) {
        if (calls == kind.length) {
            int n = 2 * calls;
            kind = Arrays.copyOf(kind, n);
            round = Arrays.copyOf(round, n);
            onBallot = Arrays.copyOf(onBallot, n);
            arg = Arrays.copyOf(arg, n);
            previous = Arrays.copyOf(previous, n);
            result = Arrays.copyOf(result, n);
        }
        kind[calls] = callKind;
        round[calls] = callRound;
        onBallot[calls] = onBits;
        arg[calls] = callArg;
        previous[calls] = prev;
        result[calls] = out;
        calls++;
    }

    /** Whether call {@code k} was made with these arguments. */
    boolean matches(int k, int callKind, int callRound, long onBits, int callArg, BallotCount prev) {
        return k < calls && kind[k] == callKind && round[k] == callRound && onBallot[k] == onBits && arg[k] == callArg
                && sameCount(previous[k], prev);
    }

    private static boolean sameCount(BallotCount a, BallotCount b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.ballots() == b.ballots() && a.blank() == b.blank() && a.against() == b.against()
                && a.abstained() == b.abstained() && Arrays.equals(a.votes(), b.votes());
    }
}
