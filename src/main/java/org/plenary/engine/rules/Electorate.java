package org.plenary.engine.rules;

/**
 * The voters of one race, as seen by a counting rule. A rule never sees who voted for whom, only what
 * the ballots say; the electorate decides how each voter marks a ballot (a fixed profile for the tally
 * endpoint, the behavioural model in a Monte Carlo trial).
 *
 * <p>Candidates are identified by their index in the race's candidate list. {@code onBallot[i]} says
 * whether candidate i is still standing in this round.
 */
public interface Electorate {

    /** Members of the assembly (all of them, present or not): the base of an ALL_MEMBERS threshold. */
    int members();

    /** Members present and entitled to vote: the base of a MEMBERS_PRESENT threshold; no count may exceed it. */
    int present();

    /**
     * One round of a repeated ballot: every present voter marks up to {@code marks} distinct names among
     * the candidates on the ballot (or casts a blank ballot, or abstains).
     *
     * @param round    1-based round number (round 1 is the first ballot of this race)
     * @param previous the previous round's count, or null in round 1 (lets voters move toward a leader)
     */
    BallotCount castRound(int round, boolean[] onBallot, int marks, BallotCount previous);

    /**
     * A single candidate's yes/no vote: {@code votes[index]} holds the yes votes, {@link BallotCount#against()}
     * the no votes, {@link BallotCount#blank()} the abstentions cast as blank ballots.
     */
    BallotCount castYesNo(int round, int candidate);

    /** Full preference rankings over the candidates on the ballot, for ranked rules (IRV, STV, Borda, Schulze). */
    RankedBallots rankedBallots(boolean[] onBallot);

    /** Approval ballots over the candidates on the ballot, for approval voting. */
    RankedBallots approvalBallots(boolean[] onBallot);
}
