package org.plenary.engine.rules;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Borda count: with m candidates on the ballot, a ballot's first choice scores m-1 points, its second m-2,
 * down to 0. Candidates a ballot leaves unranked score 0 from it (so truncating a ballot never helps the
 * names left off). The highest totals win.
 */
final class Borda implements CountingMethod {

    static final Borda INSTANCE = new Borda();

    @Override
    public RaceResult count(RuleSpec rule, Electorate electorate, int n, int seats, RandomGenerator lots) {
        if (n == 1) {
            return LoneVote.race(rule, electorate, seats);
        }
        boolean[] all = new boolean[n];
        Arrays.fill(all, true);
        List<RankedBallots.Entry> entries = electorate.rankedBallots(all).entries();
        long[] points = new long[n];
        int ballots = 0;
        int blank = 0;
        for (RankedBallots.Entry e : entries) {
            int[] r = e.ranking();
            if (r.length == 0) {
                blank += e.count();
                continue;
            }
            ballots += e.count();
            for (int p = 0; p < r.length; p++) {
                points[r[p]] += (long) (n - 1 - p) * e.count();
            }
        }
        int[] scores = new int[n];
        for (int i = 0; i < n; i++) {
            scores[i] = Math.toIntExact(points[i]);
        }
        RaceLog log = new RaceLog(seats);
        int abstained = Math.max(0, electorate.present() - ballots - blank);
        TopPlaces.fill(log, rule, lots, 1, scores, all, seats, Notes.MOST_POINTS, Notes.MOST_VOTES_TIE_DRAWN,
                ballots, blank, abstained, Placement.NONE);
        return log.result();
    }
}
