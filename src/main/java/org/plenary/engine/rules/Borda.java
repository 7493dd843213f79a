package org.plenary.engine.rules;

import java.util.random.RandomGenerator;

/**
 * Borda count: with m candidates on the ballot, a ballot's first choice scores m-1 points, its second m-2,
 * down to 0. Candidates a ballot leaves unranked score 0 from it (so truncating a ballot never helps the
 * names left off). The highest totals win.
 */
final class Borda extends ContestedMethod {

    static final Borda INSTANCE = new Borda();

    @Override
    RaceResult contested(RuleSpec rule, Electorate electorate, int n, int seats, RandomGenerator lots,
                         boolean[] all) {
        RankedBallots profile = electorate.rankedBallots(all);
        long[] points = new long[n];
        for (RankedBallots.Entry e : profile.entries()) {
            int[] r = e.ranking();
            for (int p = 0; p < r.length; p++) {
                points[r[p]] += (long) (n - 1 - p) * e.count();
            }
        }
        int[] scores = new int[n];
        for (int i = 0; i < n; i++) {
            scores[i] = Math.toIntExact(points[i]);
        }
        RaceLog log = new RaceLog(seats);
        TopPlaces.fill(log, rule, lots, 1, scores, all, seats, Notes.MOST_POINTS, Notes.MOST_VOTES_TIE_DRAWN,
                profile, electorate);
        return log.result();
    }
}
