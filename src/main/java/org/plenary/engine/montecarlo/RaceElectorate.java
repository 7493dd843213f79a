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
 * <p>Speed: this is the inner loop of a run. The weights of the race's candidates, their running sums and totals
 * are worked out once per race (and once per round with a bandwagon), laid out candidate by candidate over the
 * present delegations, and every step of a round is a long, simple loop over all present delegations: draw, count
 * the running sums at or below u (the inverse-CDF pick, without a branch per candidate), record. A ballot with more
 * names takes its later picks the same way, all ballots at once per pick: u is drawn on the weight not yet picked
 * and carried over the picked items' intervals, then counted against the same running sums. In exact arithmetic
 * that is the pick of a scan over the remaining weights; in floating point the two could differ only for a u
 * within rounding of a boundary (the results of the checked runs are byte-identical to the scan's).
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
    private int post;
    private int[] rc;
    private int n;
    private long seed;
    private long moveBase;
    private long rankBase;
    private int lastRound;
    private boolean weighed;
    /** The baseline's record of this race being written (baseline arm), or null. */
    private RaceRecord recording;
    /** The baseline's record being replayed (other arms, while every call has matched), or null. */
    private RaceRecord replaying;
    private int replayed;

    /** One per post and arm simulator, made ready for each race by {@link #start} (a run holds millions of races). */
    RaceElectorate(ArmSimulator sim) {
        this.sim = sim;
    }

    RaceElectorate start(int post, int[] raceCandidates, long seed, RaceRecord recording, RaceRecord replay) {
        this.post = post;
        this.rc = raceCandidates;
        this.n = raceCandidates.length;
        this.seed = seed;
        this.moveBase = SplitMix.derive(seed, MOVE_STREAM);
        this.rankBase = SplitMix.derive(seed, RANK_STREAM);
        this.recording = recording;
        this.replaying = replay;
        this.replayed = 0;
        this.lastRound = 0;
        this.weighed = false;
        this.pendingCount = 0;
        Arrays.fill(sim.epoch, 0);
        return this;
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
     * shocks; the bandwagon comes per round), and their running sums and totals, once per race. The arrays are laid
     * out candidate by candidate, present delegation j at [i * stride + j], so that every loop of a round runs over
     * all the present delegations at once: long, simple loops rather than one short loop per delegation.
     */
    private void weigh() {
        if (weighed) {
            return;
        }
        weighed = true;
        sumWeights(null, sim.raceCumulative, sim.raceTotal);
    }

    /**
     * The running sums (in candidate order) and totals, abstain included, of the present delegations' weights,
     * times the bandwagon factor when there is one (else the race's weights are worked out first).
     */
    private void sumWeights(double[] factor, double[] cum, double[] totals) {
        double[] rw = sim.raceWeight;
        int[] ps = sim.presentList;
        int np = sim.presentCount;
        int stride = sim.delegations;
        for (int i = 0; i < n; i++) {
            int at = i * stride;
            if (factor == null) {
                int c = rc[i];
                double[] column = sim.weightByCandidate;
                double[] mult = sim.multipliers;
                int[] cellRow = sim.cellRow;
                int col = c * stride;
                for (int j = 0; j < np; j++) {
                    int d = ps[j];
                    rw[at + j] = column[col + d] * mult[cellRow[d] + c];
                }
            }
            double f = factor == null ? 1.0 : factor[i];
            if (i == 0) {
                // 0.0 + x is x: the same sums as adding from zero, as the later picks' arithmetic assumes.
                for (int j = 0; j < np; j++) {
                    cum[j] = rw[j] * f;
                }
            } else {
                for (int j = 0; j < np; j++) {
                    cum[at + j] = cum[at - stride + j] + rw[at + j] * f;
                }
            }
        }
        double abstainWeight = sim.abstainWeight;
        int last = (n - 1) * stride;
        for (int j = 0; j < np; j++) {
            totals[j] = cum[last + j] + abstainWeight;
        }
    }

    /** Fills sim.w with present delegation j's weights for the race candidates (no bandwagon). */
    private void weights(int j) {
        double[] w = sim.w;
        double[] rw = sim.raceWeight;
        int stride = sim.delegations;
        for (int i = 0; i < n; i++) {
            w[i] = rw[i * stride + j];
        }
    }

    /**
     * 1.0 when u >= c, else 0.0, for u and c finite and not -0.0, from the sign of u - c rather than a branch: the
     * comparison is a coin flip the CPU cannot predict.
     */
    private static double atOrAbove(double u, double c) {
        return 1 - (Double.doubleToRawLongBits(u - c) >>> 63);
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
        double[] cum = sim.raceCumulative;
        double[] totals = sim.raceTotal;
        if (previous != null && previous.ballots() > 0 && sim.bandwagonOverScale != 0.0) {
            factor = sim.bandwagon;
            for (int i = 0; i < n; i++) {
                factor[i] = Math.exp(sim.bandwagonOverScale * previous.votes()[i] / previous.ballots());
            }
            cum = sim.roundCumulative;
            totals = sim.roundTotal;
            sumWeights(factor, cum, totals);
        }
        int[] ps = sim.presentList;
        int np = sim.presentCount;
        int[] epoch = sim.epoch;
        int stride = sim.delegations;
        double[] u = sim.draw;
        int[] picks = sim.pick;
        // Pick 1 of every ballot, by inverse CDF: the pick is the number of running sums at or below u (n means
        // "abstain", the outside option after the candidates), counted candidate by candidate over all delegations.
        for (int j = 0; j < np; j++) {
            int d = ps[j];
            u[j] = SplitMix.unit(rankBase, slot(d, epoch[d], 0)) * totals[j];
            picks[j] = 0;
        }
        for (int i = 0; i < n; i++) {
            int at = i * stride;
            for (int j = 0; j < np; j++) {
                picks[j] += u[j] >= cum[at + j] ? 1 : 0;
            }
        }
        int[] votes = new int[n];
        long[] log = sim.ballots[post];
        int logAt = (round - 1) * sim.delegations;
        if (logAt >= log.length) {
            log = null;
        }
        int[] more = sim.morePicks;
        int[] first = sim.firstPick;
        int deferred = 0;
        int blank = 0;
        for (int j = 0; j < np; j++) {
            int pick = picks[j];
            long mask;
            if (pick == n) {
                blank++;
                mask = 0L;
            } else if (marks == 1 && onBallot[pick]) {
                votes[pick]++;
                mask = 1L << pick;
            } else {
                more[deferred] = j;
                first[deferred++] = pick;
                continue;
            }
            if (log != null) {
                log[logAt + ps[j]] = mask;
            }
        }
        if (deferred > 0) {
            blank += laterPicks(deferred, factor, cum, totals, onBallot, marks, votes, log, logAt);
        }
        sim.roundDone(post, round);
        BallotCount count = new BallotCount(votes, np - blank, blank, 0, 0);
        if (recording != null) {
            recording.add(RaceRecord.ROUND, round, onBits, marks, previous, count);
        }
        return count;
    }

    /**
     * The rest of the ballots that need more than their first pick (more names to mark, or a first pick who has left
     * the ballot), pick by pick across those ballots. Each later pick is the inverse CDF over the items the ballot
     * has not picked yet: u is drawn on [0, weight left) and carried over the picked items' intervals (in ascending
     * order, each one it reaches shifts it by that item's weight), then counted against the same running sums as
     * the first pick; this is the pick that summing the remaining weights afresh gives, without a chain of dependent
     * additions. A ballot is done when it has its names, ranks "abstain", or runs out of candidates. Returns how
     * many of these ballots are blank.
     */
    private int laterPicks(int count, double[] factor, double[] cum, double[] totals, boolean[] onBallot, int marks,
                           int[] votes, long[] log, int logAt) {
        int n = this.n;
        int stride = sim.delegations;
        double[] f = factor == null ? sim.ones : factor;
        double[] rw = sim.raceWeight;
        int[] ps = sim.presentList;
        int[] epoch = sim.epoch;
        int[] more = sim.morePicks;
        int[] first = sim.firstPick;
        long[] picked = sim.picked;
        long[] marked = sim.marked;
        int[] made = sim.made;
        double[] left = sim.weightLeft;
        for (int q = 0; q < count; q++) {
            int j = more[q];
            int pick = first[q];
            int on = onBallot[pick] ? 1 : 0;
            picked[q] = 1L << pick;
            marked[q] = (long) on << pick;
            made[q] = on;
            votes[pick] += on;
            left[q] = totals[j] - rw[pick * stride + j] * f[pick];
        }
        // Pick k + 1 of every ballot still open, all at once in simple loops as pick 1 was: the draw, then the carry
        // over its k picked items (the t-th lowest of each at step t), then the count against the sums.
        double[] draws = sim.draw;
        int[] picks = sim.pick;
        long[] unvisited = sim.unvisited;
        int blank = 0;
        for (int k = 1; count > 0; k++) {
            for (int q = 0; q < count; q++) {
                int d = ps[more[q]];
                draws[q] = SplitMix.unit(rankBase, slot(d, epoch[d], k)) * left[q];
                unvisited[q] = picked[q];
                picks[q] = 0;
            }
            for (int t = 0; t < k; t++) {
                for (int q = 0; q < count; q++) {
                    int j = more[q];
                    long rest = unvisited[q];
                    if (rest == 0) {
                        continue; // cannot happen (each pick adds an item not picked yet); guards the indexing
                    }
                    int r = Long.numberOfTrailingZeros(rest);
                    unvisited[q] = rest & (rest - 1);
                    // The sum before item r, 0 for the first item, read without a branch on r (a random pick).
                    double before = cum[Math.max(r - 1, 0) * stride + j] * Math.min(r, 1);
                    double u = draws[q];
                    draws[q] = u + rw[r * stride + j] * f[r] * atOrAbove(u, before);
                }
            }
            for (int i = 0; i < n; i++) {
                int at = i * stride;
                for (int q = 0; q < count; q++) {
                    picks[q] += draws[q] >= cum[at + more[q]] ? 1 : 0;
                }
            }
            int kept = 0;
            for (int q = 0; q < count; q++) {
                int j = more[q];
                int d = ps[j];
                long pk = picked[q];
                long mask = marked[q];
                int m = made[q];
                int pick = picks[q];
                boolean done = pick == n;
                if (!done) {
                    pk |= 1L << pick;
                    if (onBallot[pick]) {
                        mask |= 1L << pick;
                        votes[pick]++;
                        m++;
                    }
                    done = m == marks || k + 1 == n;
                }
                if (done) {
                    blank += mask == 0 ? 1 : 0;
                    if (log != null) {
                        log[logAt + d] = mask;
                    }
                } else {
                    more[kept] = j;
                    picked[kept] = pk;
                    marked[kept] = mask;
                    made[kept] = m;
                    left[kept] = left[q] - rw[pick * stride + j] * f[pick];
                    kept++;
                }
            }
            count = kept;
        }
        return blank;
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
        int column = candidate * sim.delegations;
        for (int j = 0, np = sim.presentCount; j < np; j++) {
            int d = ps[j];
            double wy = rw[column + j];
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
            weights(q);
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
            weights(q);
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
