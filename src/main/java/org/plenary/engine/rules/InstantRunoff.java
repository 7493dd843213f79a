package org.plenary.engine.rules;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Instant runoff on ranked ballots: each ballot counts for its highest-ranked continuing candidate; a candidate
 * with strictly more than half of the continuing (non-exhausted) ballots wins, otherwise the last-placed is
 * eliminated and the count repeated. For several seats the count is run again for each seat without the
 * candidates already elected (sequential IRV); proportional multi-seat counting is {@link SingleTransferableVote}.
 */
final class InstantRunoff extends ContestedMethod {

    static final InstantRunoff INSTANCE = new InstantRunoff();

    @Override
    RaceResult contested(RuleSpec rule, Electorate electorate, int n, int seats, RandomGenerator lots,
                         boolean[] all) {
        List<RankedBallots.Entry> entries = electorate.rankedBallots(all).entries();
        int abstained = Math.max(0, electorate.present() - total(entries));
        RaceLog log = new RaceLog(seats);
        boolean[] won = new boolean[n];
        int round = 0;
        while (log.open() > 0) {
            boolean[] continuing = new boolean[n];
            int remaining = 0;
            for (int i = 0; i < n; i++) {
                continuing[i] = !won[i];
                remaining += continuing[i] ? 1 : 0;
            }
            if (remaining == 0) {
                break;
            }
            while (true) {
                round++;
                int[] tally = new int[n];
                int exhausted = 0;
                for (RankedBallots.Entry e : entries) {
                    int c = firstContinuing(e.ranking(), continuing);
                    if (c < 0) {
                        exhausted += e.count();
                    } else {
                        tally[c] += e.count();
                    }
                }
                int active = 0;
                int top = -1;
                for (int i = 0; i < n; i++) {
                    active += tally[i];
                    if (continuing[i] && (top < 0 || tally[i] > tally[top])) {
                        top = i;
                    }
                }
                if (remaining == 1 || 2L * tally[top] > active) {
                    int[] winner = {top};
                    won[top] = true;
                    log.elect(winner);
                    log.add(new RoundRecord(round, tally, active, exhausted, 0, abstained, 0.5, active,
                            active / 2.0, winner, Placement.NONE, Notes.CONTINUING_MAJORITY));
                    break;
                }
                int[] last = Placement.worst(tally, continuing);
                String note = Notes.LAST_ELIMINATED;
                if (last.length > 1) {
                    if (!Lots.mayDrawAtOnce(rule, lots)) {
                        log.tie(new Tie(round, last, false));
                        log.add(new RoundRecord(round, tally, active, exhausted, 0, abstained, 0.5, active,
                                active / 2.0, Placement.NONE, Placement.NONE, Notes.LAST_TIE_REPORTED));
                        return log.result();
                    }
                    log.tie(new Tie(round, last, true));
                    last = Lots.draw(last, 1, lots);
                    note = Notes.LAST_TIE_DRAWN;
                }
                continuing[last[0]] = false;
                remaining--;
                log.add(new RoundRecord(round, tally, active, exhausted, 0, abstained, 0.5, active, active / 2.0,
                        Placement.NONE, last, note));
            }
        }
        return log.result();
    }

    static int firstContinuing(int[] ranking, boolean[] continuing) {
        for (int c : ranking) {
            if (c >= 0 && c < continuing.length && continuing[c]) {
                return c;
            }
        }
        return -1;
    }

    static int total(List<RankedBallots.Entry> entries) {
        int t = 0;
        for (RankedBallots.Entry e : entries) {
            t += e.count();
        }
        return t;
    }
}
