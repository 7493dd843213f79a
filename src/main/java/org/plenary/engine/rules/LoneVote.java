package org.plenary.engine.rules;

/**
 * How a lone candidate is voted on: a yes/no vote needing the round's quota of yes among yes and no
 * (abstentions outside the base unless blanks count), or election unopposed.
 */
final class LoneVote {

    private LoneVote() {
    }

    /** One yes/no round on candidate {@code c}; the record's {@code elected} holds c when the quota was met. */
    static RoundRecord yesNo(RuleSpec rule, Electorate electorate, int round, int c, int candidates) {
        BallotCount bc = electorate.castYesNo(round, c);
        int yes = bc.votes()[c];
        int no = bc.against();
        RuleSpec.Threshold t = rule.thresholdFor(round);
        int base = Quota.base(t, rule, electorate, yes + no, bc.blank());
        double needed = t.fraction() * base;
        boolean won = yes > 0 && t.met(yes, needed);
        int[] counts = new int[candidates];
        counts[c] = yes;
        return new RoundRecord(round, counts, yes + no, bc.blank(), no, bc.abstained(), t.fraction(), base, needed,
                won ? new int[] {c} : Placement.NONE, Placement.NONE, won ? Notes.LONE_ELECTED : Notes.LONE_SHORT);
    }

    static RoundRecord unopposed(int round, int[] who, int candidates) {
        return new RoundRecord(round, new int[candidates], 0, 0, 0, 0, 0.0, 0, 0.0, who, Placement.NONE,
                Notes.UNOPPOSED);
    }

    /** A whole race with a single candidate, for the methods that otherwise collect one ballot. */
    static RaceResult race(RuleSpec rule, Electorate electorate, int seats) {
        RaceLog log = new RaceLog(seats);
        if (rule.lone() == RuleSpec.LoneCandidate.UNOPPOSED) {
            int[] who = {0};
            log.add(unopposed(1, who, 1));
            log.elect(who);
            return log.result();
        }
        for (int round = 1; round <= rule.maxRounds(); round++) {
            RoundRecord r = yesNo(rule, electorate, round, 0, 1);
            log.add(r);
            if (r.elected().length > 0) {
                log.elect(r.elected());
                return log.result();
            }
        }
        log.deadlock();
        return log.result();
    }
}
