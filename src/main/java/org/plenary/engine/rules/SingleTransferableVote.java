package org.plenary.engine.rules;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Single transferable vote with the Droop quota (floor(valid ballots / (seats + 1)) + 1) and Gregory surplus
 * transfer in its weighted inclusive form: when a candidate is elected with a surplus, every ballot then
 * counting for them moves on to its next continuing preference at its current value times
 * surplus / candidate's total. Fractional values are kept exactly in doubles; the round records show them
 * rounded down to whole votes. Each stage elects everyone at or over the quota (highest first, transferring
 * each surplus in turn), or, failing that, eliminates the last-placed candidate and transfers their ballots at
 * full current value. When no more candidates continue than seats remain, they are all elected.
 */
final class SingleTransferableVote extends ContestedMethod {

    static final SingleTransferableVote INSTANCE = new SingleTransferableVote();
    private static final double EPS = 1e-9;

    @Override
    RaceResult contested(RuleSpec rule, Electorate electorate, int n, int seats, RandomGenerator lots,
                         boolean[] continuing) {
        List<RankedBallots.Entry> entries = electorate.rankedBallots(continuing).entries();
        int m = entries.size();
        int[][] rankings = new int[m][];
        double[] value = new double[m];
        int[] at = new int[m];
        int valid = 0;
        int blank = 0;
        for (int k = 0; k < m; k++) {
            rankings[k] = entries.get(k).ranking();
            value[k] = entries.get(k).count();
            if (rankings[k].length == 0) {
                blank += entries.get(k).count();
            } else {
                valid += entries.get(k).count();
            }
        }
        int abstained = Math.max(0, electorate.present() - valid - blank);
        double quota = Math.floor(valid / (double) (seats + 1)) + 1;
        RaceLog log = new RaceLog(seats);
        int remaining = n;
        int round = 0;
        for (int k = 0; k < m; k++) {
            at[k] = advance(rankings[k], 0, continuing);
        }
        while (log.open() > 0 && remaining > 0) {
            round++;
            double[] totals = new double[n];
            double exhausted = 0;
            for (int k = 0; k < m; k++) {
                if (at[k] < rankings[k].length) {
                    totals[rankings[k][at[k]]] += value[k];
                } else {
                    exhausted += value[k];
                }
            }
            int[] shown = new int[n];
            for (int i = 0; i < n; i++) {
                shown[i] = (int) Math.floor(totals[i] + EPS);
            }
            int[] order = byTotalDescending(totals, continuing);
            int activeShown = (int) Math.floor(valid - exhausted + EPS);
            if (remaining <= log.open()) {
                log.elect(order);
                log.add(record(round, shown, activeShown, blank, exhausted, abstained, seats, valid, quota, order,
                        Placement.NONE, Notes.STV_REMAINING));
                break;
            }
            int reached = 0;
            while (reached < order.length && totals[order[reached]] >= quota - EPS && reached < log.open()) {
                reached++;
            }
            if (reached > 0) {
                int[] electedNow = Arrays.copyOf(order, reached);
                for (int c : electedNow) {
                    continuing[c] = false;
                    remaining--;
                }
                for (int c : electedNow) {
                    double factor = (totals[c] - quota) / totals[c];
                    for (int k = 0; k < m; k++) {
                        if (at[k] < rankings[k].length && rankings[k][at[k]] == c) {
                            value[k] *= factor;
                            at[k] = advance(rankings[k], at[k] + 1, continuing);
                        }
                    }
                }
                log.elect(electedNow);
                log.add(record(round, shown, activeShown, blank, exhausted, abstained, seats, valid, quota,
                        electedNow, Placement.NONE, Notes.STV_QUOTA));
                continue;
            }
            int[] last = lowest(totals, continuing);
            String note = Notes.STV_ELIMINATED;
            if (last.length > 1) {
                if (!Lots.mayDrawAtOnce(rule, lots)) {
                    log.tie(new Tie(round, last, false));
                    log.add(record(round, shown, activeShown, blank, exhausted, abstained, seats, valid, quota,
                            Placement.NONE, Placement.NONE, Notes.LAST_TIE_REPORTED));
                    break;
                }
                log.tie(new Tie(round, last, true));
                last = Lots.draw(last, 1, lots);
                note = Notes.LAST_TIE_DRAWN;
            }
            int out = last[0];
            continuing[out] = false;
            remaining--;
            for (int k = 0; k < m; k++) {
                if (at[k] < rankings[k].length && rankings[k][at[k]] == out) {
                    at[k] = advance(rankings[k], at[k] + 1, continuing);
                }
            }
            log.add(record(round, shown, activeShown, blank, exhausted, abstained, seats, valid, quota,
                    Placement.NONE, last, note));
        }
        return log.result();
    }

    private static RoundRecord record(int round, int[] shown, int active, int blank, double exhausted, int abstained,
                                      int seats, int valid, double quota, int[] elected, int[] eliminated,
                                      String note) {
        int exhaustedShown = (int) Math.floor(exhausted + EPS);
        return new RoundRecord(round, shown, active, blank + Math.max(0, exhaustedShown), 0, abstained,
                1.0 / (seats + 1), valid, quota, elected, eliminated, note);
    }

    private static int advance(int[] ranking, int from, boolean[] continuing) {
        int i = from;
        while (i < ranking.length && !continuing[ranking[i]]) {
            i++;
        }
        return i;
    }

    private static int[] byTotalDescending(double[] totals, boolean[] continuing) {
        Integer[] idx = new Integer[continuing.length];
        int k = 0;
        for (int i = 0; i < continuing.length; i++) {
            if (continuing[i]) {
                idx[k++] = i;
            }
        }
        Integer[] live = Arrays.copyOf(idx, k);
        Arrays.sort(live, (a, b) -> {
            int c = Double.compare(totals[b], totals[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] r = new int[k];
        for (int i = 0; i < k; i++) {
            r[i] = live[i];
        }
        return r;
    }

    /** The continuing candidates with the lowest total, equal within rounding of the transferred fractions. */
    private static int[] lowest(double[] totals, boolean[] continuing) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < totals.length; i++) {
            if (continuing[i]) {
                min = Math.min(min, totals[i]);
            }
        }
        int[] r = new int[totals.length];
        int k = 0;
        for (int i = 0; i < totals.length; i++) {
            if (continuing[i] && totals[i] <= min + EPS) {
                r[k++] = i;
            }
        }
        return Arrays.copyOf(r, k);
    }
}
