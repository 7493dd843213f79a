package org.plenary.engine.rules;

/**
 * The reasons a round ends, as constants: the Monte Carlo engine counts millions of races and must not build
 * strings per round. A reader who wants names (the tally endpoint) combines the note with the round's
 * elected and eliminated indices.
 */
public final class Notes {

    private Notes() {
    }

    public static final String ELECTED = "reached the quota and best placed for the open seats: elected";
    public static final String NO_QUOTA = "no candidate reached the quota: another ballot";
    public static final String LAST_DROPPED = "no candidate reached the quota: the last-placed candidate is dropped";
    public static final String SEAT_TIE_REPEATED = "tie for the last open seat: the ballot is repeated";
    public static final String SEAT_TIE_DRAWN = "tie for the last open seat: drawn by lot";
    public static final String SEAT_TIE_REPORTED = "tie for the last open seat: no seed to draw lots, the tie is reported";
    public static final String LAST_TIE_REPEATED = "tie for last place: the ballot is repeated";
    public static final String LAST_TIE_DRAWN = "tie for last place: the candidate dropped was drawn by lot";
    public static final String LAST_TIE_REPORTED = "tie for last place: no seed to draw lots, the tie is reported";
    public static final String LONE_ELECTED = "lone candidate: the quota of yes votes among yes and no, elected";
    public static final String LONE_SHORT = "lone candidate: short of the quota of yes votes: another ballot";
    public static final String UNOPPOSED = "no more candidates than open seats: elected unopposed";
    public static final String DEADLOCK = "maximum number of rounds reached with seats open: deadlock";
    public static final String NO_QUORUM = "fewer members present than the quorum: the race is not held";
    public static final String MOST_VOTES = "most votes: elected";
    public static final String MOST_VOTES_TIE_DRAWN = "most votes, a tie for the last seat drawn by lot";
    public static final String TIE_REPORTED = "tie for the last seat: no seed to draw lots, the tie is reported";
    public static final String RUNOFF_FIELD = "no majority: the best placed go to a second round";
    public static final String CONTINUING_MAJORITY = "majority of continuing ballots: elected";
    public static final String LAST_ELIMINATED = "no majority of continuing ballots: the last-placed is eliminated";
    public static final String MOST_POINTS = "most Borda points: elected";
    public static final String MOST_APPROVALS = "most approvals: elected";
    public static final String SCHULZE_WINNERS = "unbeaten by strongest paths (counts: candidates beaten): elected";
    public static final String STV_QUOTA = "reached the Droop quota: elected, surplus transferred";
    public static final String STV_REMAINING = "no more continuing candidates than open seats: elected";
    public static final String STV_ELIMINATED = "no one reached the Droop quota: the last-placed is eliminated";
    public static final String NO_CANDIDATES = "no candidate left on the ballot";
}
