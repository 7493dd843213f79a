package org.plenary.engine.rules;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The Schulze method: from the pairwise preferences (a ranked name beats an unranked one; two unranked names
 * are not compared), the strength of the strongest path from each candidate to each other one (winning votes),
 * and candidates unbeaten by strongest paths win. For several seats the Schulze ranking is followed: the
 * winners among those not yet elected, again and again. The round's counts are how many candidates each one
 * beats by strongest path, so the Condorcet winner, if any, has n-1.
 */
final class Schulze extends ContestedMethod {

    static final Schulze INSTANCE = new Schulze();

    @Override
    RaceResult contested(RuleSpec rule, Electorate electorate, int n, int seats, RandomGenerator lots,
                         boolean[] all) {
        RankedBallots profile = electorate.rankedBallots(all);
        long[][] d = new long[n][n];
        int[] pos = new int[n];
        for (RankedBallots.Entry e : profile.entries()) {
            int[] r = e.ranking();
            Arrays.fill(pos, Integer.MAX_VALUE);
            for (int p = 0; p < r.length; p++) {
                pos[r[p]] = p;
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (pos[i] < pos[j]) {
                        d[i][j] += e.count();
                    }
                }
            }
        }
        boolean[][] beats = strongestPathBeats(d);
        int[] beaten = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                beaten[i] += beats[i][j] ? 1 : 0;
            }
        }
        RaceLog log = new RaceLog(seats);
        int ballots = profile.marked();
        int blank = profile.blank();
        int abstained = Math.max(0, electorate.present() - ballots - blank);
        boolean[] remaining = all.clone();
        int[] electedAll = Placement.NONE;
        String note = Notes.SCHULZE_WINNERS;
        while (log.open() > 0) {
            int[] winners = unbeaten(beats, remaining, beaten);
            if (winners.length == 0) {
                break;
            }
            int[] take = winners;
            if (winners.length > log.open()) {
                int[] sorted = winners.clone();
                Arrays.sort(sorted);
                if (!Lots.mayDrawAtOnce(rule, lots)) {
                    log.tie(new Tie(1, sorted, false));
                    note = Notes.TIE_REPORTED;
                    break;
                }
                log.tie(new Tie(1, sorted, true));
                take = Lots.draw(sorted, log.open(), lots);
                note = Notes.MOST_VOTES_TIE_DRAWN;
            }
            for (int c : take) {
                remaining[c] = false;
            }
            log.elect(take);
            electedAll = Lots.concat(electedAll, take);
        }
        log.add(new RoundRecord(1, beaten, ballots, blank, 0, abstained, 0.0, ballots, 0.0, electedAll,
                Placement.NONE, note));
        return log.result();
    }

    /** beats[i][j]: the strongest path from i to j is stronger than the one from j to i. */
    static boolean[][] strongestPathBeats(long[][] d) {
        int n = d.length;
        long[][] p = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                p[i][j] = i != j && d[i][j] > d[j][i] ? d[i][j] : 0;
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                if (i == k) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    if (j != k && j != i) {
                        p[i][j] = Math.max(p[i][j], Math.min(p[i][k], p[k][j]));
                    }
                }
            }
        }
        boolean[][] beats = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                beats[i][j] = p[i][j] > p[j][i];
            }
        }
        return beats;
    }

    /** The remaining candidates no remaining candidate beats, most candidates beaten first. */
    private static int[] unbeaten(boolean[][] beats, boolean[] remaining, int[] beaten) {
        int n = remaining.length;
        boolean[] ok = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (!remaining[i]) {
                continue;
            }
            ok[i] = true;
            for (int j = 0; j < n; j++) {
                if (remaining[j] && beats[j][i]) {
                    ok[i] = false;
                    break;
                }
            }
        }
        return Placement.sortedDescending(beaten, ok);
    }
}
