package org.plenary.engine.montecarlo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plenary.engine.behaviour.ChoiceProbabilities;
import org.plenary.engine.rules.BallotCount;
import org.plenary.engine.rules.Electorate;
import org.plenary.engine.rules.RankedBallots;

/**
 * The delegations voting in one race of one trial, under the behavioural model.
 *
 * <p>Each present delegation holds, for the race, a Plackett-Luce ranking of the race's candidates and the
 * outside option "abstain", built pick by pick from its uniform draws u_0, u_1, ...: pick k takes item i with
 * probability w_i / (weights not yet picked), by inverse CDF on u_k. A ballot marks the candidates still on the
 * ballot in ranking order, up to the number of names allowed, and stops at "abstain" (abstain first = blank).
 * With one name this is exactly the logit choice softmax(U / choiceScale) over the candidates and abstain.
 * Candidates who left the ballot keep their place in the ranking, so when one is elected or dropped its voters
 * move to their next choice and nobody else moves (Luce's choice axiom). Between rounds a delegation keeps its
 * draws, except with probability roundMovement it draws afresh (a new "epoch"); the bandwagon term re-weights
 * every round, so delegations near a boundary drift toward the previous round's leaders.
 *
 * <p>Speed: this is the inner loop of a run. The weights of the race's candidates are gathered once per race (not
 * per round), loops run over the present delegations only, and the inverse-CDF pick counts the cumulative weights
 * at or below u instead of branching on each: it adds the same numbers in the same order as a scan that skips the
 * picked items (a picked item's weight is zeroed, and adding +0.0 changes nothing), so the same draws give the
 * same picks, while the CPU no longer mispredicts one branch per pick.
 *
 * <p>Replay: when the arm's {@link RaceRecord} from the baseline arm is given, each call whose arguments match the
 * baseline's returns the baseline's answer and copies its logged ballots; the draws are the same (they are
 * addressed by trial, post, delegation and round) and so are the weights, so the answer would be the same. At the
 * first call that differs, the electorate catches up on the movement between rounds it skipped and draws from
 * there on.
 */
final class RaceElectorate implements Electorate {
    private static final long MOVE_STREAM = 0x4D4F5645L;
    private static final long RANK_STREAM = 0x52414E4BL;
    private static final long APPROVE_STREAM = 0x41505052L;

    private final ArmSimulator sim;
    private final int post;
    private final int[] rc;
    private final int n;
    private final long seed;
    private final long moveBase;
    private final long rankBase;
    private int lastRound;
    private boolean weighed;
    /** The baseline's record of this race being written (baseline arm), or null. */
    private final RaceRecord recording;
    /** The baseline's record being replayed (other arms, while every call has matched), or null. */
    private RaceRecord replaying;
    private int replayed;

    RaceElectorate(ArmSimulator sim, int post, int[] raceCandidates, long seed, RaceRecord recording,
                   RaceRecord replay) {
        this.sim = sim;
        this.post = post;
        this.rc = raceCandidates;
        this.n = raceCandidates.length;
        this.seed = seed;
        this.moveBase = SplitMix.derive(seed, MOVE_STREAM);
        this.rankBase = SplitMix.derive(seed, RANK_STREAM);
        this.recording = recording;
        this.replaying = replay;
        Arrays.fill(sim.epoch, 0);
    }

    @Override
    public int members() {
        return sim.delegations;
    }

    @Override
    public int present() {
        return sim.presentCount;
    }

    /** Address of draw k of delegation d in its current epoch. */
    private static long slot(int d, int epoch, int k) {
        return ((long) d << 32) | ((long) epoch << 16) | k;
    }

    /** Between rounds, some delegations draw afresh. One uniform v per delegation and round: v < m moves it. */
    private void move(int round) {
        if (round <= lastRound) {
            return;
        }
        if (lastRound > 0 && sim.roundMovement > 0) {
            int[] epoch = sim.epoch;
            int[] ps = sim.presentList;
            double m = sim.roundMovement;
            for (int j = 0, np = sim.presentCount; j < np; j++) {
                int d = ps[j];
                epoch[d] += SplitMix.unit(moveBase, ((long) d << 16) | round) < m ? 1 : 0;
            }
        }
        lastRound = round;
    }

    /**
     * Fills sim.raceWeight with each present delegation's weight for each race candidate this trial (utility and
     * shocks; the bandwagon comes per round), once per race.
     */
    private void weigh() {
        if (weighed) {
            return;
        }
        weighed = true;
        double[] rw = sim.raceWeight;
        double[] cum = sim.raceCumulative;
        double[] totals = sim.raceTotal;
        double[] table = sim.weight;
        double[] mult = sim.multipliers;
        int[] cellRow = sim.cellRow;
        int[] ps = sim.presentList;
        int nc = sim.candidates;
        double abstainWeight = sim.abstainWeight;
        for (int j = 0, np = sim.presentCount; j < np; j++) {
            int d = ps[j];
            int row = d * nc;
            int cr = cellRow[d];
            int at = d * n;
            double acc = 0;
            for (int i = 0; i < n; i++) {
                int c = rc[i];
                double x = table[row + c] * mult[cr + c];
                rw[at + i] = x;
                acc += x;
                cum[at + i] = acc;
            }
            totals[d] = acc + abstainWeight;
        }
    }

    /** Fills sim.w with the delegation's weights for the race candidates (no bandwagon), returns their sum. */
    private double weights(int d) {
        double[] w = sim.w;
        double[] rw = sim.raceWeight;
        int at = d * n;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double x = rw[at + i];
            w[i] = x;
            total += x;
        }
        return total;
    }

    private static boolean allOn(boolean[] onBallot) {
        for (boolean b : onBallot) {
            if (!b) {
                return false;
            }
        }
        return true;
    }

    private static long bits(boolean[] onBallot) {
        long b = 0;
        for (int i = 0; i < onBallot.length; i++) {
            if (onBallot[i]) {
                b |= 1L << i;
            }
        }
        return b;
    }

    /** The baseline's answer to this call when it was asked the same, else null (and replay stops here). */
    private Object replay(int kind, int round, long onBits, int arg, BallotCount previous) {
        RaceRecord r = replaying;
        if (r.matches(replayed, kind, round, onBits, arg, previous)) {
            int k = replayed++;
            sim.copyLog(sim.replaySource(), post, round);
            sim.roundDone(post, round);
            if (kind == RaceRecord.YES_NO && round <= 63) {
                sim.yesNoRounds[post] |= 1L << (round - 1);
            }
            notePendingMove(round);
            return r.result[k];
        }
        // Catch up on the movement of the replayed rounds, which this electorate's epochs have not seen yet.
        replaying = null;
        int[] rounds = pendingMoves;
        int count = pendingCount;
        lastRound = 0;
        for (int i = 0; i < count; i++) {
            move(rounds[i]);
        }
        return null;
    }

    private int[] pendingMoves = new int[4];
    private int pendingCount;

    /** Notes that a replayed call would have moved delegations for this round. */
    private void notePendingMove(int round) {
        if (pendingCount == pendingMoves.length) {
            pendingMoves = Arrays.copyOf(pendingMoves, 2 * pendingCount);
        }
        pendingMoves[pendingCount++] = round;
    }

    private static BallotCount copy(BallotCount b) {
        return new BallotCount(b.votes().clone(), b.ballots(), b.blank(), b.against(), b.abstained());
    }

    @Override
    public BallotCount castRound(int round, boolean[] onBallot, int marks, BallotCount previous) {
        long onBits = bits(onBallot);
        if (replaying != null) {
            Object r = replay(RaceRecord.ROUND, round, onBits, marks, previous);
            if (r != null) {
                return copy((BallotCount) r);
            }
        }
        move(round);
        weigh();
        int n = this.n;
        double[] factor = null;
        if (previous != null && previous.ballots() > 0 && sim.bandwagonOverScale != 0.0) {
            factor = sim.bandwagon;
            for (int i = 0; i < n; i++) {
                factor[i] = Math.exp(sim.bandwagonOverScale * previous.votes()[i] / previous.ballots());
            }
        }
        int[] votes = new int[n];
        int blank = 0;
        double[] w = sim.w;
        double[] left = sim.left;
        double[] rw = sim.raceWeight;
        int[] ps = sim.presentList;
        int[] epoch = sim.epoch;
        double abstainWeight = sim.abstainWeight;
        long[] log = sim.ballots[post];
        int logAt = (round - 1) * sim.delegations;
        boolean logged = logAt < log.length;
        // Without a bandwagon factor and with every candidate on the ballot (a race's first round), the first pick
        // reads the running sums and the total worked out once per race: the same sums, added in the same order, as
        // the loop below would add, so the same pick. Only a ballot with more names to mark goes on to that loop.
        boolean firstPickPrepared = factor == null && allOn(onBallot);
        double[] cum = sim.raceCumulative;
        double[] totals = sim.raceTotal;
        for (int j = 0, np = sim.presentCount; j < np; j++) {
            int d = ps[j];
            int at = d * n;
            int k0 = 0;
            long mask = 0;
            int made = 0;
            if (firstPickPrepared) {
                double u = SplitMix.unit(rankBase, slot(d, epoch[d], 0)) * totals[d];
                int pick = 0;
                for (int i = 0; i < n; i++) {
                    pick += u >= cum[at + i] ? 1 : 0;
                }
                if (pick == n) {
                    blank++;
                    if (logged) {
                        log[logAt + d] = 0L;
                    }
                    continue;
                }
                votes[pick]++;
                mask = 1L << pick;
                if (marks == 1) {
                    if (logged) {
                        log[logAt + d] = mask;
                    }
                    continue;
                }
                k0 = 1;
                made = 1;
            }
            double total = 0;
            if (factor == null) {
                for (int i = 0; i < n; i++) {
                    double x = rw[at + i];
                    w[i] = x;
                    left[i] = x;
                    total += x;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    double x = rw[at + i] * factor[i];
                    w[i] = x;
                    left[i] = x;
                    total += x;
                }
            }
            total += abstainWeight;
            if (k0 == 1) {
                int first = Long.numberOfTrailingZeros(mask);
                left[first] = 0.0;
                total -= w[first];
            }
            long slot = slot(d, epoch[d], 0);
            for (int k = k0; k < n; k++) {
                double u = SplitMix.unit(rankBase, slot | k) * total;
                // Inverse CDF over the items not yet picked (picked ones weigh 0): the pick is the number of
                // cumulative weights at or below u; n means "abstain", the outside option after the candidates.
                double acc = 0;
                int pick = 0;
                for (int i = 0; i < n; i++) {
                    acc += left[i];
                    pick += u >= acc ? 1 : 0;
                }
                if (pick == n) {
                    break;
                }
                left[pick] = 0.0;
                total -= w[pick];
                if (onBallot[pick]) {
                    mask |= 1L << pick;
                    votes[pick]++;
                    if (++made == marks) {
                        break;
                    }
                }
            }
            if (mask == 0) {
                blank++;
            }
            if (logged) {
                log[logAt + d] = mask;
            }
        }
        sim.roundDone(post, round);
        BallotCount count = new BallotCount(votes, sim.presentCount - blank, blank, 0, 0);
        if (recording != null) {
            recording.add(RaceRecord.ROUND, round, onBits, marks, previous, count);
        }
        return count;
    }

    @Override
    public BallotCount castYesNo(int round, int candidate) {
        if (replaying != null) {
            Object r = replay(RaceRecord.YES_NO, round, 0L, candidate, null);
            if (r != null) {
                return copy((BallotCount) r);
            }
        }
        move(round);
        weigh();
        int[] votes = new int[n];
        int yes = 0;
        int no = 0;
        int blank = 0;
        double[] rw = sim.raceWeight;
        int[] ps = sim.presentList;
        int[] epoch = sim.epoch;
        double loneNo = sim.loneNoWeight;
        double abstain = sim.abstainWeight;
        long yesMark = 1L << candidate;
        for (int j = 0, np = sim.presentCount; j < np; j++) {
            int d = ps[j];
            double wy = rw[d * n + candidate];
            double u = SplitMix.unit(rankBase, slot(d, epoch[d], 0)) * (wy + loneNo + abstain);
            if (u < wy) {
                yes++;
                sim.log(post, round, d, yesMark);
            } else if (u < wy + loneNo) {
                no++;
                sim.log(post, round, d, ArmSimulator.AGAINST);
            } else {
                blank++;
                sim.log(post, round, d, 0L);
            }
        }
        sim.roundDone(post, round);
        if (round <= 63) {
            sim.yesNoRounds[post] |= 1L << (round - 1);
        }
        votes[candidate] = yes;
        BallotCount count = new BallotCount(votes, yes + no, blank, no, 0);
        if (recording != null) {
            recording.add(RaceRecord.YES_NO, round, 0L, candidate, null, count);
        }
        return count;
    }

    /**
     * Full rankings of the candidates on the ballot: the delegation's Plackett-Luce ranking (the same construction
     * as {@link #castRound}), truncated where it ranks "abstain"; abstain first gives an empty (blank) ballot.
     */
    @Override
    public RankedBallots rankedBallots(boolean[] onBallot) {
        long onBits = bits(onBallot);
        if (replaying != null) {
            Object r = replay(RaceRecord.RANKED, 1, onBits, 0, null);
            if (r != null) {
                return (RankedBallots) r;
            }
        }
        move(1);
        weigh();
        int n = rc.length;
        Map<Object, int[]> counts = new LinkedHashMap<>();
        Map<Object, int[]> rankings = new LinkedHashMap<>();
        double[] w = sim.w;
        int[] order = new int[n];
        for (int q = 0, np = sim.presentCount; q < np; q++) {
            int d = sim.presentList[q];
            weights(d);
            double total = sim.abstainWeight;
            for (int i = 0; i < n; i++) {
                if (!onBallot[i]) {
                    w[i] = 0;
                }
                total += w[i];
            }
            int len = 0;
            long picked = 0;
            for (int k = 0; k < n; k++) {
                double u = SplitMix.unit(rankBase, slot(d, sim.epoch[d], k)) * total;
                int pick = -1;
                double acc = 0;
                for (int i = 0; i < n; i++) {
                    if ((picked & (1L << i)) != 0 || w[i] == 0) {
                        continue;
                    }
                    acc += w[i];
                    if (u < acc) {
                        pick = i;
                        break;
                    }
                }
                if (pick < 0) {
                    break;
                }
                picked |= 1L << pick;
                total -= w[pick];
                order[len++] = pick;
            }
            sim.log(post, 1, d, len == 0 ? 0L : 1L << order[0]);
            Object key = key(order, len);
            counts.computeIfAbsent(key, x -> new int[1])[0]++;
            if (!rankings.containsKey(key)) {
                rankings.put(key, Arrays.copyOf(order, len));
            }
        }
        sim.roundDone(post, 1);
        RankedBallots profile = profile(counts, rankings);
        if (recording != null) {
            recording.add(RaceRecord.RANKED, 1, onBits, 0, null, profile);
        }
        return profile;
    }

    /**
     * Approval: the delegation first decides whether to vote at all (abstain with the logit probability of the
     * outside option), then approves each candidate on the ballot independently with probability
     * w / (w + w_threshold), the threshold being its mean utility over the ballot plus approvalThreshold.
     */
    @Override
    public RankedBallots approvalBallots(boolean[] onBallot) {
        long onBits = bits(onBallot);
        if (replaying != null) {
            Object r = replay(RaceRecord.APPROVAL, 1, onBits, 0, null);
            if (r != null) {
                return (RankedBallots) r;
            }
        }
        move(1);
        weigh();
        int n = rc.length;
        long approveBase = SplitMix.derive(seed, APPROVE_STREAM);
        Map<Object, int[]> counts = new LinkedHashMap<>();
        Map<Object, int[]> sets = new LinkedHashMap<>();
        double[] w = sim.w;
        int[] chosen = new int[n];
        int on = 0;
        for (boolean b : onBallot) {
            if (b) {
                on++;
            }
        }
        double[] onW = new double[on];
        for (int q = 0, np = sim.presentCount; q < np; q++) {
            int d = sim.presentList[q];
            weights(d);
            double total = sim.abstainWeight;
            for (int i = 0, j = 0; i < n; i++) {
                if (onBallot[i]) {
                    total += w[i];
                    onW[j++] = w[i];
                }
            }
            int len = 0;
            long mask = 0;
            if (SplitMix.unit(rankBase, slot(d, 0, 0)) * total >= sim.abstainWeight && on > 0) {
                double thr = ChoiceProbabilities.approvalThresholdWeight(onW, sim.approvalThreshold, sim.choiceScale);
                for (int i = 0; i < n; i++) {
                    if (onBallot[i] && SplitMix.unit(approveBase, slot(d, 0, i)) < w[i] / (w[i] + thr)) {
                        chosen[len++] = i;
                        mask |= 1L << i;
                    }
                }
            }
            sim.log(post, 1, d, mask);
            Object key = key(chosen, len);
            counts.computeIfAbsent(key, x -> new int[1])[0]++;
            if (!sets.containsKey(key)) {
                sets.put(key, Arrays.copyOf(chosen, len));
            }
        }
        sim.roundDone(post, 1);
        RankedBallots profile = profile(counts, sets);
        if (recording != null) {
            recording.add(RaceRecord.APPROVAL, 1, onBits, 0, null, profile);
        }
        return profile;
    }

    /** A map key for a ballot: packed into a long (4 bits per name) when it fits, else its text. */
    private static Object key(int[] order, int len) {
        if (len < 16) {
            long k = len;
            boolean fits = true;
            for (int i = 0; i < len && fits; i++) {
                fits = order[i] < 15;
                k |= (long) (order[i] + 1) << (4 * (i + 1));
            }
            if (fits) {
                return k;
            }
        }
        return Arrays.toString(Arrays.copyOf(order, len));
    }

    private static RankedBallots profile(Map<Object, int[]> counts, Map<Object, int[]> ballots) {
        List<RankedBallots.Entry> entries = new ArrayList<>(counts.size());
        counts.forEach((k, v) -> entries.add(new RankedBallots.Entry(ballots.get(k), v[0])));
        return new RankedBallots(entries);
    }
}
