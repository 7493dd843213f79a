package org.plenary.engine.montecarlo;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.plenary.engine.behaviour.Assembly;
import org.plenary.engine.behaviour.UtilityModel;
import org.plenary.engine.model.Candidate;
import org.plenary.engine.model.Post;
import org.plenary.engine.model.Scenario;
import org.plenary.engine.rules.Electorate;
import org.plenary.engine.rules.RaceResult;
import org.plenary.engine.rules.RuleSpec;
import org.plenary.engine.session.ElectorateFactory;
import org.plenary.engine.session.SessionPlan;

/**
 * One arm of a run on one worker thread: the compiled utilities and the per-trial state (who is present, the
 * shock multipliers) from which it hands the session runner one {@link RaceElectorate} per race. It records every
 * delegation's ballot in every round so that the tally can work out round-1 votes and pivotality afterwards.
 * Not thread-safe: each worker has its own.
 *
 * <p>Arms of a comparison share their draws, so a race whose inputs are the same in an arm as in the baseline arm
 * (same candidates on the ballot, same utilities for them, same scenario) is cast exactly as the baseline cast it:
 * such an arm replays the baseline's ballots instead of drawing them again (see {@link RaceElectorate}). A
 * campaign usually moves one or two candidates, so most races of a what-if arm are replays.
 */
final class ArmSimulator implements ElectorateFactory {
    static final long AGAINST = 1L << 62;
    static final int MAX_RACE_CANDIDATES = 62;

    final Scenario scenario;
    final SessionPlan session;
    final Assembly assembly;
    final UtilityModel model;
    final ShockLayout shocks;
    final Map<String, RuleSpec> overrides;
    final RuleSpec[] rules;
    final int delegations;
    final int candidates;
    final double[] weight;
    final double abstainWeight;
    final double loneNoWeight;
    final double roundMovement;
    final double bandwagonOverScale;
    final double approvalThreshold;
    final double choiceScale;
    /** Per post: the electorate its races are cast by, reused from trial to trial. */
    private final RaceElectorate[] electorates;
    /** Per post: the key of its draws, hashed from its id once rather than per race. */
    final long[] postKey;
    /** Per delegation: its row in the shock multipliers (cell * candidates). */
    final int[] cellRow;
    private final double[] attendance;

    /**
     * Per post: ballots by round, [round-1][d]; bit i = race candidate i marked, AGAINST = "no", 0 = blank. Only the
     * present delegations' entries are written (the absent ones keep older trials' values and are never read).
     */
    final long[][] ballots;
    final int[] roundsLogged;
    /** Per post: bit r set when round r+1 was a yes/no vote on a lone candidate. */
    final long[] yesNoRounds;
    /** Per post: scenario candidate index of each race candidate in the current trial, or null if not held. */
    final int[][] raceCandidates;
    final boolean[] present;
    /** The present delegations in ascending order, then the absent ones: loops skip the absent without a test. */
    final int[] presentList;
    final int[] absentList;
    int presentCount;
    int absentCount;
    double[] multipliers;
    long trialSeed;
    /** Counts trials, so that a replaying arm can tell this trial's recordings from older ones. */
    int trialStamp;

    /** The lots' state when the current race began. */
    private long lotsAtRaceStart;
    /** Per post: this trial's race was taken whole from the baseline arm (same result, same ballots). */
    final boolean[] sameAsBaseline;

    /** The baseline arm this arm replays identical races from, or null. */
    private ArmSimulator replayFrom;
    /** Per scenario candidate: its weight column is bit-for-bit the baseline's. */
    private boolean[] sameColumn;
    /** Per post: what this (baseline) arm cast in the current trial; null when no arm replays from it. */
    RaceRecord[] records;

    // scratch
    final int[] epoch;
    final double[] w;
    final double[] bandwagon;
    /** The utility weights by candidate: [c * delegations + d]. */
    final double[] weightByCandidate;
    /** Per race: weight (before the bandwagon) of race candidate i for present delegation j, at [i * delegations + j]. */
    final double[] raceWeight;
    /** Per race: the running sums of those weights, in candidate order, at [i * delegations + j]. */
    final double[] raceCumulative;
    /** Per race: each present delegation's sum of weights, abstain included (before the bandwagon). */
    final double[] raceTotal;
    /** Per round with a bandwagon: the running sums and totals of the weights after it, as above. */
    final double[] roundCumulative;
    final double[] roundTotal;
    /** Per round, by present delegation: the draw of its first pick, and the pick. */
    final double[] draw;
    final int[] pick;
    /** Per round: the ballots (present delegation j) that need more than their first pick, and their first pick. */
    final int[] morePicks;
    final int[] firstPick;
    /** Per ballot still being built in a round: the items picked, the names marked, how many, the weight left. */
    final long[] picked;
    final long[] marked;
    final int[] made;
    final double[] weightLeft;
    /** Scratch of a pick: the picked items of each ballot still to carry its draw over. */
    final long[] unvisited;
    /** All 1.0: the bandwagon factor of a round without one. */
    final double[] ones;

    ArmSimulator(Scenario scenario, Assembly assembly, UtilityModel model, ShockLayout shocks,
                 Map<String, RuleSpec> overrides) {
        this.scenario = scenario;
        this.session = SessionPlan.of(scenario);
        this.assembly = assembly;
        this.model = model;
        this.shocks = shocks;
        this.overrides = overrides;
        var m = model.params();
        delegations = assembly.delegations();
        candidates = assembly.candidates();
        weight = model.weightTable();
        abstainWeight = model.abstainWeight();
        loneNoWeight = model.loneNoWeight();
        roundMovement = m.roundMovement();
        bandwagonOverScale = m.bandwagon() / m.choiceScale();
        approvalThreshold = m.approvalThreshold();
        choiceScale = m.choiceScale();
        int posts = assembly.posts();
        rules = new RuleSpec[posts];
        ballots = new long[posts][];
        roundsLogged = new int[posts];
        yesNoRounds = new long[posts];
        raceCandidates = new int[posts][];
        postKey = new long[posts];
        electorates = new RaceElectorate[posts];
        sameAsBaseline = new boolean[posts];
        int maxCands = 1;
        for (int p = 0; p < posts; p++) {
            Post post = assembly.post(p);
            rules[p] = SessionPlan.ruleFor(post, overrides);
            ballots[p] = new long[Math.max(1, rules[p].maxRounds()) * delegations];
            maxCands = Math.max(maxCands, assembly.candidatesOfPost(p).length);
            postKey[p] = SplitMix.key(post.id());
            electorates[p] = new RaceElectorate(this);
        }
        cellRow = new int[delegations];
        attendance = new double[delegations];
        for (int d = 0; d < delegations; d++) {
            cellRow[d] = shocks.cellOf(d) * candidates;
            attendance[d] = model.attendance(d);
        }
        present = new boolean[delegations];
        presentList = new int[delegations];
        absentList = new int[delegations];
        epoch = new int[delegations];
        w = new double[maxCands + 1];
        bandwagon = new double[maxCands + 1];
        weightByCandidate = new double[candidates * delegations];
        for (int d = 0; d < delegations; d++) {
            for (int c = 0; c < candidates; c++) {
                weightByCandidate[c * delegations + d] = weight[d * candidates + c];
            }
        }
        raceWeight = new double[delegations * maxCands];
        raceCumulative = new double[delegations * maxCands];
        raceTotal = new double[delegations];
        roundCumulative = new double[delegations * maxCands];
        roundTotal = new double[delegations];
        draw = new double[delegations];
        pick = new int[delegations];
        morePicks = new int[delegations];
        firstPick = new int[delegations];
        picked = new long[delegations];
        marked = new long[delegations];
        made = new int[delegations];
        weightLeft = new double[delegations];
        unvisited = new long[delegations];
        ones = new double[maxCands + 1];
        Arrays.fill(ones, 1.0);
    }

    /**
     * Lets this arm replay the races it would cast exactly as {@code base} cast them. Only arms of the same scenario
     * instance qualify (then everything but the campaigns' utilities is the same); a candidate's races qualify when
     * its weight column is bit-for-bit the baseline's.
     */
    void replayFrom(ArmSimulator base) {
        if (base.scenario != scenario || base.shocks != shocks || !Arrays.equals(base.rules, rules)) {
            return;
        }
        sameColumn = new boolean[candidates];
        for (int c = 0; c < candidates; c++) {
            boolean same = true;
            for (int d = 0; d < delegations && same; d++) {
                int i = d * candidates + c;
                same = Double.doubleToRawLongBits(weight[i]) == Double.doubleToRawLongBits(base.weight[i]);
            }
            sameColumn[c] = same;
        }
        replayFrom = base;
        if (base.records == null) {
            base.records = new RaceRecord[rules.length];
            for (int p = 0; p < rules.length; p++) {
                base.records[p] = new RaceRecord();
            }
        }
    }

    /** Sets up a trial: who attends (from the shared attendance draws) and the shock multipliers. */
    void beginTrial(long trialSeed, double[] attendanceDraws, double[] multipliers) {
        this.trialSeed = trialSeed;
        this.multipliers = multipliers;
        trialStamp++;
        int n = 0;
        int out = 0;
        for (int d = 0; d < delegations; d++) {
            boolean in = attendanceDraws[d] < attendance[d];
            present[d] = in;
            if (in) {
                presentList[n++] = d;
            } else {
                absentList[out++] = d;
            }
        }
        presentCount = n;
        absentCount = out;
        Arrays.fill(raceCandidates, null);
        Arrays.fill(sameAsBaseline, false);
        Arrays.fill(roundsLogged, 0);
        Arrays.fill(yesNoRounds, 0L);
    }

    @Override
    public Electorate forRace(Post post, List<Candidate> onBallot) {
        int p = assembly.postIndex(post.id());
        if (p < 0) {
            throw new IllegalArgumentException("post " + post.id() + " is not in the scenario");
        }
        int[] rc = new int[onBallot.size()];
        for (int i = 0; i < rc.length; i++) {
            rc[i] = assembly.candidateIndex(onBallot.get(i).id());
        }
        return forRace(post, onBallot, p, rc);
    }

    @Override
    public Electorate forRace(Post post, List<Candidate> onBallot, int p, int[] rc) {
        if (rc.length > MAX_RACE_CANDIDATES) {
            throw new IllegalArgumentException("post " + post.id() + ": at most " + MAX_RACE_CANDIDATES
                    + " candidates per race, was " + rc.length);
        }
        raceCandidates[p] = rc;
        RaceRecord recording = null;
        if (records != null) {
            recording = records[p];
            recording.start(trialStamp, rc, lotsAtRaceStart);
        }
        return electorates[p].start(p, rc, SplitMix.derive(trialSeed, postKey[p]), recording, replayable(p, rc));
    }

    /**
     * A race this arm would count exactly as the baseline arm counted it in this trial: same candidates, same
     * weights for them, and the lots in the same state (so a tie drawn by lot falls the same way). Then the
     * baseline's result stands for this arm too: its ballot log is copied, the lots are moved on as the count moved
     * them, and the race is not counted again. Its tally is then the baseline's as well (see {@link Worker}).
     */
    @Override
    public RaceResult knownResult(Post post, int p, int[] rc, RandomGenerator lots) {
        if (!(lots instanceof SplitMix generator)) {
            return null;
        }
        lotsAtRaceStart = generator.state();
        if (replayFrom == null) {
            return null;
        }
        RaceRecord r = replayable(p, rc);
        if (r == null || r.raceResult == null || r.lotsBefore != lotsAtRaceStart) {
            return null;
        }
        for (int round = 1; round <= r.roundsLogged; round++) {
            copyLog(replayFrom, p, round);
        }
        roundsLogged[p] = r.roundsLogged;
        yesNoRounds[p] = r.yesNoRounds;
        raceCandidates[p] = rc;
        generator.reseed(r.lotsAfter);
        sameAsBaseline[p] = true;
        return r.raceResult;
    }

    @Override
    public void counted(int p, RaceResult result, RandomGenerator lots) {
        if (records != null && lots instanceof SplitMix generator) {
            RaceRecord r = records[p];
            r.raceResult = result;
            r.lotsAfter = generator.state();
            r.roundsLogged = roundsLogged[p];
            r.yesNoRounds = yesNoRounds[p];
        }
    }

    /** The baseline's recording of this race when this arm would cast it identically, else null. */
    private RaceRecord replayable(int p, int[] rc) {
        if (replayFrom == null) {
            return null;
        }
        RaceRecord r = replayFrom.records[p];
        if (r.stamp != replayFrom.trialStamp || !Arrays.equals(r.rc, rc)) {
            return null;
        }
        for (int c : rc) {
            if (!sameColumn[c]) {
                return null;
            }
        }
        return r;
    }

    /** Logs a delegation's ballot for a round (rounds beyond the rule's maximum are not logged). */
    void log(int p, int round, int d, long marks) {
        long[] log = ballots[p];
        int at = (round - 1) * delegations + d;
        if (at < log.length) {
            log[at] = marks;
        }
    }

    /** Copies another arm's logged ballots of a round of post p. */
    void copyLog(ArmSimulator from, int p, int round) {
        int at = (round - 1) * delegations;
        if (at < ballots[p].length) {
            System.arraycopy(from.ballots[p], at, ballots[p], at, delegations);
        }
    }

    void roundDone(int p, int round) {
        roundsLogged[p] = Math.max(roundsLogged[p], Math.min(round, ballots[p].length / delegations));
    }

    long ballot(int p, int round, int d) {
        return ballots[p][(round - 1) * delegations + d];
    }

    ArmSimulator replaySource() {
        return replayFrom;
    }
}
