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
 */
final class RaceElectorate implements Electorate {
    private static final long MOVE_STREAM = 0x4D4F5645L;
    private static final long RANK_STREAM = 0x52414E4BL;
    private static final long APPROVE_STREAM = 0x41505052L;

    private final ArmSimulator sim;
    private final int post;
    private final int[] rc;
    private final long seed;
    private final long moveBase;
    private final long rankBase;
    private int lastRound;

    RaceElectorate(ArmSimulator sim, int post, int[] raceCandidates, long seed) {
        this.sim = sim;
        this.post = post;
        this.rc = raceCandidates;
        this.seed = seed;
        this.moveBase = SplitMix.derive(seed, MOVE_STREAM);
        this.rankBase = SplitMix.derive(seed, RANK_STREAM);
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
            for (int d = 0; d < sim.delegations; d++) {
                if (sim.present[d] && SplitMix.unit(moveBase, ((long) d << 16) | round) < sim.roundMovement) {
                    sim.epoch[d]++;
                }
            }
        }
        lastRound = round;
    }

    /** Fills sim.w with the delegation's weights for the race candidates this trial, returns their sum. */
    private double weights(int d, double[] factor) {
        double[] w = sim.w;
        double[] table = sim.weight;
        double[] mult = sim.multipliers;
        int row = d * sim.candidates;
        int cellRow = sim.shocks.cellOf(d) * sim.candidates;
        double total = 0;
        for (int i = 0; i < rc.length; i++) {
            int c = rc[i];
            double x = table[row + c] * mult[cellRow + c];
            if (factor != null) {
                x *= factor[i];
            }
            w[i] = x;
            total += x;
        }
        return total;
    }

    @Override
    public BallotCount castRound(int round, boolean[] onBallot, int marks, BallotCount previous) {
        move(round);
        int n = rc.length;
        double[] factor = null;
        if (previous != null && previous.ballots() > 0 && sim.bandwagonOverScale != 0.0) {
            factor = sim.bandwagon;
            for (int i = 0; i < n; i++) {
                factor[i] = Math.exp(sim.bandwagonOverScale * previous.votes()[i] / previous.ballots());
            }
        }
        int[] votes = new int[n];
        int cast = 0;
        int blank = 0;
        double[] w = sim.w;
        for (int d = 0; d < sim.delegations; d++) {
            if (!sim.present[d]) {
                sim.log(post, round, d, ArmSimulator.ABSENT);
                continue;
            }
            double total = weights(d, factor) + sim.abstainWeight;
            int ep = sim.epoch[d];
            long picked = 0;
            long mask = 0;
            int made = 0;
            for (int k = 0; k < n; k++) {
                double u = SplitMix.unit(rankBase, slot(d, ep, k)) * total;
                int pick = -1;
                double acc = 0;
                for (int i = 0; i < n; i++) {
                    if ((picked & (1L << i)) != 0) {
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
            } else {
                cast++;
            }
            sim.log(post, round, d, mask);
        }
        sim.roundDone(post, round);
        return new BallotCount(votes, cast, blank, 0, 0);
    }

    @Override
    public BallotCount castYesNo(int round, int candidate) {
        move(round);
        int[] votes = new int[rc.length];
        int yes = 0;
        int no = 0;
        int blank = 0;
        int c = rc[candidate];
        for (int d = 0; d < sim.delegations; d++) {
            if (!sim.present[d]) {
                sim.log(post, round, d, ArmSimulator.ABSENT);
                continue;
            }
            double wy = sim.weight[d * sim.candidates + c] * sim.multipliers[sim.shocks.cellOf(d) * sim.candidates + c];
            double u = SplitMix.unit(rankBase, slot(d, sim.epoch[d], 0)) * (wy + sim.loneNoWeight + sim.abstainWeight);
            if (u < wy) {
                yes++;
                sim.log(post, round, d, 1L << candidate);
            } else if (u < wy + sim.loneNoWeight) {
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
        return new BallotCount(votes, yes + no, blank, no, 0);
    }

    /**
     * Full rankings of the candidates on the ballot: the delegation's Plackett-Luce ranking (the same construction
     * as {@link #castRound}), truncated where it ranks "abstain"; abstain first gives an empty (blank) ballot.
     */
    @Override
    public RankedBallots rankedBallots(boolean[] onBallot) {
        move(1);
        int n = rc.length;
        Map<Object, int[]> counts = new LinkedHashMap<>();
        Map<Object, int[]> rankings = new LinkedHashMap<>();
        double[] w = sim.w;
        int[] order = new int[n];
        for (int d = 0; d < sim.delegations; d++) {
            if (!sim.present[d]) {
                sim.log(post, 1, d, ArmSimulator.ABSENT);
                continue;
            }
            weights(d, null);
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
        return profile(counts, rankings);
    }

    /**
     * Approval: the delegation first decides whether to vote at all (abstain with the logit probability of the
     * outside option), then approves each candidate on the ballot independently with probability
     * w / (w + w_threshold), the threshold being its mean utility over the ballot plus approvalThreshold.
     */
    @Override
    public RankedBallots approvalBallots(boolean[] onBallot) {
        move(1);
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
        for (int d = 0; d < sim.delegations; d++) {
            if (!sim.present[d]) {
                sim.log(post, 1, d, ArmSimulator.ABSENT);
                continue;
            }
            weights(d, null);
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
        return profile(counts, sets);
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
