package org.plenary.engine.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * An electorate with fixed, sincere ballots: groups of identical ballots, each a ranking and/or an approval set
 * and a count. Everyone in the profile is present and casts a ballot in every round (possibly blank); members
 * absent from the assembly can be accounted for with {@link #ProfileElectorate(int, List, int)}.
 *
 * <ul>
 *   <li>A round of a repeated ballot: a voter marks their highest-ranked candidates still on the ballot, as many
 *       as the round allows; a voter with no ranked candidate left casts a blank ballot (an empty ranking is a
 *       blank ballot from the start).</li>
 *   <li>A yes/no vote on a lone candidate: a ballot that ranks or approves the candidate is <b>yes</b>; a ballot
 *       flagged {@link Ballot#no()}, or one that ranks or approves only other names, is <b>no</b>; an empty
 *       ballot is an abstention.</li>
 *   <li>Ranked and approval methods see the rankings / approval sets restricted to the candidates on the
 *       ballot.</li>
 * </ul>
 */
public final class ProfileElectorate implements Electorate {

    /**
     * A group of identical ballots.
     *
     * @param ranking candidate indices, most preferred first (empty: a blank ballot for ranked and balloted rules)
     * @param approve candidate indices approved (for approval voting; empty: a blank approval ballot)
     * @param no      an explicit "no" in a yes/no vote on a lone candidate; such a ballot ranks and approves no one
     * @param count   how many voters cast this ballot
     */
    public record Ballot(int[] ranking, int[] approve, boolean no, int count) {
        public Ballot {
            ranking = ranking == null ? new int[0] : ranking.clone();
            approve = approve == null ? new int[0] : approve.clone();
            if (count < 0) {
                throw new IllegalArgumentException("a ballot count must not be negative, was " + count);
            }
        }

        public static Ballot ranked(int count, int... ranking) {
            return new Ballot(ranking, null, false, count);
        }

        public static Ballot approving(int count, int... approve) {
            return new Ballot(null, approve, false, count);
        }

        public static Ballot against(int count) {
            return new Ballot(null, null, true, count);
        }
    }

    private final int candidates;
    private final int[][] rankings;
    private final int[][] approvals;
    private final boolean[] no;
    private final int[] counts;
    private final int present;
    private final int members;

    /** Every member is present: members() == present() == the number of ballots. */
    public ProfileElectorate(int candidates, List<Ballot> ballots) {
        this(candidates, ballots, -1);
    }

    /** @param members all members of the assembly, present or not (at least the number of ballots); -1: as many as ballots */
    public ProfileElectorate(int candidates, List<Ballot> ballots, int members) {
        this.candidates = candidates;
        int g = ballots.size();
        rankings = new int[g][];
        approvals = new int[g][];
        no = new boolean[g];
        counts = new int[g];
        long total = 0;
        for (int k = 0; k < g; k++) {
            Ballot b = ballots.get(k);
            rankings[k] = checked(b.ranking(), "ranking");
            approvals[k] = checked(b.approve(), "approve");
            no[k] = b.no();
            counts[k] = b.count();
            total += b.count();
        }
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many ballots: " + total);
        }
        present = (int) total;
        if (members >= 0 && members < present) {
            throw new IllegalArgumentException("members (" + members + ") fewer than ballots (" + present + ")");
        }
        this.members = members < 0 ? present : members;
    }

    private int[] checked(int[] marks, String what) {
        boolean[] seen = new boolean[candidates];
        for (int c : marks) {
            if (c < 0 || c >= candidates) {
                throw new IllegalArgumentException(what + " names candidate " + c + " of " + candidates);
            }
            if (seen[c]) {
                throw new IllegalArgumentException(what + " names candidate " + c + " twice");
            }
            seen[c] = true;
        }
        return marks;
    }

    public int candidates() {
        return candidates;
    }

    @Override
    public int members() {
        return members;
    }

    @Override
    public int present() {
        return present;
    }

    @Override
    public BallotCount castRound(int round, boolean[] onBallot, int marks, BallotCount previous) {
        int[] votes = new int[candidates];
        int ballots = 0;
        int blank = 0;
        for (int k = 0; k < rankings.length; k++) {
            int marked = 0;
            for (int c : rankings[k]) {
                if (marked == marks) {
                    break;
                }
                if (onBallot[c]) {
                    votes[c] += counts[k];
                    marked++;
                }
            }
            if (marked == 0) {
                blank += counts[k];
            } else {
                ballots += counts[k];
            }
        }
        return new BallotCount(votes, ballots, blank, 0, 0);
    }

    @Override
    public BallotCount castYesNo(int round, int candidate) {
        int yes = 0;
        int against = 0;
        int abstain = 0;
        for (int k = 0; k < rankings.length; k++) {
            if (contains(rankings[k], candidate) || contains(approvals[k], candidate)) {
                yes += counts[k];
            } else if (no[k] || rankings[k].length > 0 || approvals[k].length > 0) {
                against += counts[k];
            } else {
                abstain += counts[k];
            }
        }
        int[] votes = new int[candidates];
        votes[candidate] = yes;
        return new BallotCount(votes, yes + against, abstain, against, 0);
    }

    @Override
    public RankedBallots rankedBallots(boolean[] onBallot) {
        return restricted(rankings, onBallot);
    }

    @Override
    public RankedBallots approvalBallots(boolean[] onBallot) {
        return restricted(approvals, onBallot);
    }

    private RankedBallots restricted(int[][] marks, boolean[] onBallot) {
        List<RankedBallots.Entry> entries = new ArrayList<>(marks.length);
        for (int k = 0; k < marks.length; k++) {
            int[] kept = new int[marks[k].length];
            int n = 0;
            for (int c : marks[k]) {
                if (onBallot[c]) {
                    kept[n++] = c;
                }
            }
            entries.add(new RankedBallots.Entry(java.util.Arrays.copyOf(kept, n), counts[k]));
        }
        return new RankedBallots(entries);
    }

    private static boolean contains(int[] marks, int c) {
        for (int m : marks) {
            if (m == c) {
                return true;
            }
        }
        return false;
    }
}
