package org.plenary.engine.montecarlo;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.plenary.engine.behaviour.Assembly;
import org.plenary.engine.behaviour.UtilityModel;
import org.plenary.engine.model.Candidate;
import org.plenary.engine.model.Post;
import org.plenary.engine.model.Scenario;
import org.plenary.engine.rules.Electorate;
import org.plenary.engine.rules.RuleSpec;
import org.plenary.engine.session.ElectorateFactory;
import org.plenary.engine.session.SessionPlan;

/**
 * One arm of a run on one worker thread: the compiled utilities and the per-trial state (who is present, the
 * shock multipliers) from which it hands the session runner one {@link RaceElectorate} per race. It records every
 * delegation's ballot in every round so that the tally can work out round-1 votes and pivotality afterwards.
 * Not thread-safe: each worker has its own.
 */
final class ArmSimulator implements ElectorateFactory {
    static final long ABSENT = Long.MIN_VALUE;
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

    /** Per post: ballots by round, [round-1][d]; bit i = race candidate i marked, AGAINST = "no", ABSENT. */
    final long[][] ballots;
    final int[] roundsLogged;
    /** Per post: bit r set when round r+1 was a yes/no vote on a lone candidate. */
    final long[] yesNoRounds;
    /** Per post: scenario candidate index of each race candidate in the current trial, or null if not held. */
    final int[][] raceCandidates;
    final boolean[] present;
    int presentCount;
    double[] multipliers;
    long trialSeed;

    // scratch
    final int[] epoch;
    final double[] w;
    final double[] bandwagon;

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
        int maxCands = 1;
        for (int p = 0; p < posts; p++) {
            Post post = assembly.post(p);
            rules[p] = SessionPlan.ruleFor(post, overrides);
            ballots[p] = new long[Math.max(1, rules[p].maxRounds()) * delegations];
            maxCands = Math.max(maxCands, assembly.candidatesOfPost(p).length);
        }
        present = new boolean[delegations];
        epoch = new int[delegations];
        w = new double[maxCands + 1];
        bandwagon = new double[maxCands + 1];
    }

    /** Sets up a trial: who attends (from the shared attendance draws) and the shock multipliers. */
    void beginTrial(long trialSeed, double[] attendanceDraws, double[] multipliers) {
        this.trialSeed = trialSeed;
        this.multipliers = multipliers;
        int n = 0;
        for (int d = 0; d < delegations; d++) {
            boolean in = attendanceDraws[d] < model.attendance(d);
            present[d] = in;
            if (in) {
                n++;
            }
        }
        presentCount = n;
        Arrays.fill(raceCandidates, null);
        Arrays.fill(roundsLogged, 0);
        Arrays.fill(yesNoRounds, 0L);
    }

    @Override
    public Electorate forRace(Post post, List<Candidate> onBallot) {
        int p = assembly.postIndex(post.id());
        if (p < 0) {
            throw new IllegalArgumentException("post " + post.id() + " is not in the scenario");
        }
        if (onBallot.size() > MAX_RACE_CANDIDATES) {
            throw new IllegalArgumentException("post " + post.id() + ": at most " + MAX_RACE_CANDIDATES
                    + " candidates per race, was " + onBallot.size());
        }
        int[] rc = new int[onBallot.size()];
        for (int i = 0; i < rc.length; i++) {
            rc[i] = assembly.candidateIndex(onBallot.get(i).id());
        }
        raceCandidates[p] = rc;
        return new RaceElectorate(this, p, rc, SplitMix.derive(trialSeed, SplitMix.key(post.id())));
    }

    /** Logs a delegation's ballot for a round (rounds beyond the rule's maximum are not logged). */
    void log(int p, int round, int d, long marks) {
        long[] log = ballots[p];
        int at = (round - 1) * delegations + d;
        if (at < log.length) {
            log[at] = marks;
        }
    }

    void roundDone(int p, int round) {
        roundsLogged[p] = Math.max(roundsLogged[p], Math.min(round, ballots[p].length / delegations));
    }

    long ballot(int p, int round, int d) {
        return ballots[p][(round - 1) * delegations + d];
    }
}
