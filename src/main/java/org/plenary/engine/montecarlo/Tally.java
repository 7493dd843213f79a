package org.plenary.engine.montecarlo;

import java.util.ArrayList;
import java.util.List;

import org.plenary.engine.behaviour.Assembly;
import org.plenary.engine.model.Candidate;
import org.plenary.engine.model.Post;
import org.plenary.engine.rules.RaceResult;
import org.plenary.engine.rules.RoundRecord;
import org.plenary.engine.rules.RuleSpec;
import org.plenary.engine.session.RaceOutcome;
import org.plenary.engine.session.SessionOutcome;

/**
 * Running aggregates of one arm: counts and fixed-bin histograms only, so memory does not grow with trials. Every
 * aggregate is an integer (vote shares are summed in 32.32 fixed point), so merging the tallies of several
 * workers gives the same numbers in any order: results do not depend on the number of threads.
 */
final class Tally {
    static final int SHARE_BINS = 200;
    private static final double FIXED = 0x1.0p32;

    private final Assembly a;
    private final int nd;
    private final int np;
    private final int[] local;
    private final int[] maxRounds;
    long trials;
    final long[] held;
    final long[] skipped;
    final long[] deadlock;
    final long[][] wins;
    final long[][] roundsHist;
    final long[][] roundReached;
    final long[][] shareSum;
    final long[][] shareHist;
    final long[][] r1Votes;
    final long[][] r1Margin;
    final long[][] dVotes;
    final long[][] pivotal;
    private final int[] stamp;
    private int stampNow;
    private final double[] share;
    private final int[] counts;
    private final int[] raceLocal;
    private int[] top = new int[1];

    Tally(Assembly a, RuleSpec[] rules) {
        this.a = a;
        nd = a.delegations();
        np = a.posts();
        local = new int[a.candidates()];
        maxRounds = new int[np];
        held = new long[np];
        skipped = new long[np];
        deadlock = new long[np];
        wins = new long[np][];
        roundsHist = new long[np][];
        roundReached = new long[np][];
        shareSum = new long[np][];
        shareHist = new long[np][];
        r1Votes = new long[np][];
        r1Margin = new long[np][];
        dVotes = new long[np][];
        pivotal = new long[np][];
        int maxC = 1;
        for (int p = 0; p < np; p++) {
            int[] cs = a.candidatesOfPost(p);
            for (int i = 0; i < cs.length; i++) {
                local[cs[i]] = i;
            }
            int n = cs.length;
            maxC = Math.max(maxC, n);
            int r = Math.max(1, rules[p].maxRounds());
            maxRounds[p] = r;
            wins[p] = new long[n];
            roundsHist[p] = new long[r];
            roundReached[p] = new long[r];
            shareSum[p] = new long[r * n];
            shareHist[p] = new long[r * n * SHARE_BINS];
            r1Votes[p] = new long[n];
            r1Margin[p] = new long[n];
            dVotes[p] = new long[nd * (n + 3)];
            pivotal[p] = new long[nd];
        }
        stamp = new int[nd];
        share = new double[maxC];
        counts = new int[maxC];
        raceLocal = new int[maxC];
    }

    /** Adds one trial. {@code won[c]} is set for every scenario candidate who won a seat. */
    void add(SessionOutcome outcome, ArmSimulator sim, boolean[] won) {
        add(outcome, sim, won, null, null);
    }

    /**
     * Adds one trial, except that the races of the posts flagged in {@code elsewhere} are added to {@code into}
     * instead (or, when {@code into} is null, only mark their winners in {@code won}): a comparison of two arms
     * adds a race the second arm took whole from the first once, to a tally both arms' totals include.
     */
    void add(SessionOutcome outcome, ArmSimulator sim, boolean[] won, boolean[] elsewhere, Tally into) {
        trials++;
        List<RaceOutcome> races = outcome.races();
        for (int k = 0; k < races.size(); k++) {
            RaceOutcome ro = races.get(k);
            // A session holds the posts in the scenario's order, so the position is the index; look it up otherwise.
            int p = k < np && ro.post() == a.post(k) ? k : a.postIndex(ro.post().id());
            if (p < 0) {
                continue;
            }
            if (elsewhere != null && elsewhere[p]) {
                if (into != null) {
                    into.addRace(p, ro, sim, won);
                } else {
                    markWinners(p, ro, sim, won);
                }
            } else {
                addRace(p, ro, sim, won);
            }
        }
    }

    private void markWinners(int p, RaceOutcome ro, ArmSimulator sim, boolean[] won) {
        RaceResult r = ro.result();
        if (ro.skippedReason() != null || r == null) {
            return;
        }
        int[] rc = raceCandidates(p, ro, sim);
        for (int i : r.elected()) {
            won[rc[i]] = true;
        }
    }

    private int[] raceCandidates(int p, RaceOutcome ro, ArmSimulator sim) {
        int[] rc = sim.raceCandidates[p];
        return rc != null ? rc : ro.onBallot().stream().mapToInt(c -> a.candidateIndex(c.id())).toArray();
    }

    private void addRace(int p, RaceOutcome ro, ArmSimulator sim, boolean[] won) {
        RaceResult r = ro.result();
        if (ro.skippedReason() != null || r == null) {
            skipped[p]++;
            return;
        }
        held[p]++;
        int[] rc = raceCandidates(p, ro, sim);
        if (r.deadlock()) {
            deadlock[p]++;
        }
        for (int i : r.elected()) {
            wins[p][local[rc[i]]]++;
            won[rc[i]] = true;
        }
        List<RoundRecord> rounds = r.rounds();
        if (!rounds.isEmpty()) {
            roundsHist[p][Math.min(rounds.size(), maxRounds[p]) - 1]++;
            roundOne(p, rounds.get(0), rc, ro.post());
        }
        shares(p, rounds, rc);
        delegations(p, sim, rc);
        if (pivotalityMeasured(sim.rules[p])) {
            pivotality(p, sim, rounds, rc);
        }
    }

    static boolean pivotalityMeasured(RuleSpec rule) {
        return switch (rule.method()) {
            case REPEATED_BALLOT, PLURALITY, TWO_ROUND_RUNOFF -> true;
            default -> false;
        };
    }

    private void roundOne(int p, RoundRecord rec, int[] rc, Post post) {
        int[] cs = a.candidatesOfPost(p);
        int n = cs.length;
        java.util.Arrays.fill(counts, 0, n, 0);
        for (int i = 0; i < rc.length; i++) {
            counts[local[rc[i]]] = rec.counts()[i];
        }
        int seats = Math.max(1, post.seats());
        for (int l = 0; l < n; l++) {
            r1Votes[p][l] += counts[l];
            long rival;
            if (rc.length == 1) {
                rival = local[rc[0]] == l ? rec.against() : counts[local[rc[0]]];
            } else {
                rival = rivalForLastSeat(counts, n, l, seats);
            }
            r1Margin[p][l] += counts[l] - rival;
        }
    }

    /** The seats-th best count among the candidates other than l (0 when there are fewer). */
    private long rivalForLastSeat(int[] counts, int n, int l, int seats) {
        if (top.length < seats) {
            top = new int[seats];
        }
        java.util.Arrays.fill(top, 0, seats, 0);
        for (int i = 0; i < n; i++) {
            if (i == l) {
                continue;
            }
            int v = counts[i];
            for (int k = 0; k < seats; k++) {
                if (v > top[k]) {
                    System.arraycopy(top, k, top, k + 1, seats - k - 1);
                    top[k] = v;
                    break;
                }
            }
        }
        return top[seats - 1];
    }

    private void shares(int p, List<RoundRecord> rounds, int[] rc) {
        int n = a.candidatesOfPost(p).length;
        int upto = Math.min(rounds.size(), maxRounds[p]);
        for (int j = 0; j < upto; j++) {
            RoundRecord rec = rounds.get(j);
            roundReached[p][j]++;
            java.util.Arrays.fill(share, 0, n, 0.0);
            if (rec.ballots() > 0) {
                for (int i = 0; i < rc.length; i++) {
                    share[local[rc[i]]] = Math.min(1.0, (double) rec.counts()[i] / rec.ballots());
                }
            }
            for (int l = 0; l < n; l++) {
                shareSum[p][j * n + l] += Math.round(share[l] * FIXED);
                int bin = Math.min(SHARE_BINS - 1, (int) (share[l] * SHARE_BINS));
                shareHist[p][(j * n + l) * SHARE_BINS + bin]++;
            }
        }
    }

    private void delegations(int p, ArmSimulator sim, int[] rc) {
        if (sim.roundsLogged[p] < 1) {
            return;
        }
        int n = a.candidatesOfPost(p).length;
        int m = rc.length;
        for (int i = 0; i < m; i++) {
            raceLocal[i] = local[rc[i]];
        }
        long[] dv = dVotes[p];
        long[] round1 = sim.ballots[p];
        int stride = n + 3;
        // Only the present delegations' entries of the log are this trial's (the absent ones are not written), and a
        // present delegation's ballot is blank, "no" (AGAINST, bit 62, above any race candidate's bit) or its marks:
        // one to three bits, visited by their positions rather than by testing every race candidate.
        int[] ps = sim.presentList;
        for (int j = 0, np = sim.presentCount; j < np; j++) {
            int d = ps[j];
            long b = round1[d];
            int row = d * stride;
            if (b == 0) {
                dv[row + n]++;
            } else if (b == ArmSimulator.AGAINST) {
                dv[row + n + 1]++;
            } else {
                do {
                    dv[row + raceLocal[Long.numberOfTrailingZeros(b)]]++;
                    b &= b - 1;
                } while (b != 0);
            }
        }
        int[] out = sim.absentList;
        for (int k = 0, na = sim.absentCount; k < na; k++) {
            dv[out[k] * stride + n + 2]++;
        }
    }

    /**
     * A delegation is pivotal when it marked a winner in the round that elected them, and without its mark (its
     * ballot blank instead) the winner would have missed the quota, or tied or lost against the best candidate not
     * elected. The test does not depend on which of the winner's voters is removed, so it is done once per winner.
     */
    private void pivotality(int p, ArmSimulator sim, List<RoundRecord> rounds, int[] rc) {
        RuleSpec rule = sim.rules[p];
        stampNow++;
        long electedSoFar = 0;
        int upto = Math.min(rounds.size(), sim.roundsLogged[p]);
        for (int j = 0; j < upto; j++) {
            RoundRecord rec = rounds.get(j);
            long electedNow = 0;
            for (int w : rec.elected()) {
                electedNow |= 1L << w;
            }
            boolean yesNo = j < 63 && (sim.yesNoRounds[p] & (1L << j)) != 0;
            for (int w : rec.elected()) {
                int votes = rec.counts()[w];
                if (votes == 0) {
                    continue;
                }
                boolean decisive = false;
                if (rec.quotaFraction() > 0) {
                    RuleSpec.Threshold t = rule.thresholdFor(rec.round());
                    int base = rec.base();
                    if (t.base() == RuleSpec.Base.VOTES_CAST && !rule.blanksInBase()) {
                        base--;
                    }
                    decisive = !t.met(votes - 1, rec.quotaFraction() * base);
                }
                if (!decisive && !yesNo) {
                    int best = 0;
                    for (int i = 0; i < rec.counts().length; i++) {
                        if (((electedSoFar | electedNow) & (1L << i)) == 0) {
                            best = Math.max(best, rec.counts()[i]);
                        }
                    }
                    decisive = votes - 1 <= best;
                }
                if (decisive) {
                    int[] ps = sim.presentList;
                    for (int q = 0, np = sim.presentCount; q < np; q++) {
                        int d = ps[q];
                        long b = sim.ballot(p, j + 1, d);
                        if (b != ArmSimulator.AGAINST && (b & (1L << w)) != 0 && stamp[d] != stampNow) {
                            stamp[d] = stampNow;
                            pivotal[p][d]++;
                        }
                    }
                }
            }
            electedSoFar |= electedNow;
        }
    }

    void merge(Tally o) {
        trials += o.trials;
        mergeRaces(o);
    }

    /** Adds another tally's races, not its trials (see {@link #add(SessionOutcome, ArmSimulator, boolean[], boolean[], Tally)}). */
    void mergeRaces(Tally o) {
        add(held, o.held);
        add(skipped, o.skipped);
        add(deadlock, o.deadlock);
        for (int p = 0; p < np; p++) {
            add(wins[p], o.wins[p]);
            add(roundsHist[p], o.roundsHist[p]);
            add(roundReached[p], o.roundReached[p]);
            add(shareSum[p], o.shareSum[p]);
            add(shareHist[p], o.shareHist[p]);
            add(r1Votes[p], o.r1Votes[p]);
            add(r1Margin[p], o.r1Margin[p]);
            add(dVotes[p], o.dVotes[p]);
            add(pivotal[p], o.pivotal[p]);
        }
    }

    private static void add(long[] x, long[] y) {
        for (int i = 0; i < x.length; i++) {
            x[i] += y[i];
        }
    }

    /**
     * Widest 95 % interval of any win probability (infinite before any trial, for the early-stop test);
     * {@code races} also hold races of these trials (see {@link Worker#shared}) but count no trials.
     */
    static double widestInterval(List<Tally> parts, List<Tally> races) {
        Tally first = parts.get(0);
        long n = 0;
        for (Tally t : parts) {
            n += t.trials;
        }
        if (!races.isEmpty()) {
            parts = new ArrayList<>(parts);
            parts.addAll(races);
        }
        double widest = 0;
        for (int p = 0; p < first.np; p++) {
            for (int l = 0; l < first.wins[p].length; l++) {
                long k = 0;
                for (Tally t : parts) {
                    k += t.wins[p][l];
                }
                widest = Math.max(widest, Interval.wilson(k, n).width());
            }
        }
        return n == 0 ? Double.POSITIVE_INFINITY : widest;
    }

    SimulationResult result(String arm, long seed, boolean stoppedEarly, boolean cancelled, RuleSpec[] rules) {
        List<PostResult> posts = new ArrayList<>();
        for (int p = 0; p < np; p++) {
            posts.add(postResult(p, rules[p]));
        }
        List<DelegationResult> dels = new ArrayList<>();
        for (int d = 0; d < nd; d++) {
            List<DelegationPostResult> per = new ArrayList<>();
            for (int p = 0; p < np; p++) {
                int n = a.candidatesOfPost(p).length;
                double h = Math.max(1, held[p]);
                int row = d * (n + 3);
                List<Double> votes = new ArrayList<>(n);
                for (int l = 0; l < n; l++) {
                    votes.add(dVotes[p][row + l] / h);
                }
                per.add(new DelegationPostResult(a.post(p).id(), votes, dVotes[p][row + n] / h,
                        dVotes[p][row + n + 1] / h, dVotes[p][row + n + 2] / h, pivotal[p][d] / h));
            }
            dels.add(new DelegationResult(a.delegation(d).code(), per));
        }
        return new SimulationResult(arm, seed, trials, stoppedEarly, cancelled, posts, dels);
    }

    private PostResult postResult(int p, RuleSpec rule) {
        Post post = a.post(p);
        int[] cs = a.candidatesOfPost(p);
        int n = cs.length;
        double t = Math.max(1, trials);
        double h = Math.max(1, held[p]);
        List<CandidateResult> cands = new ArrayList<>();
        for (int l = 0; l < n; l++) {
            Candidate c = a.candidate(cs[l]);
            cands.add(new CandidateResult(c.id(), c.name(), c.country(), wins[p][l] / t,
                    Interval.wilson(wins[p][l], trials), r1Votes[p][l] / h, r1Margin[p][l] / h));
        }
        List<RoundShares> rounds = new ArrayList<>();
        for (int j = 0; j < maxRounds[p]; j++) {
            long reached = roundReached[p][j];
            if (reached == 0) {
                continue;
            }
            List<ShareSummary> sums = new ArrayList<>();
            for (int l = 0; l < n; l++) {
                int at = (j * n + l) * SHARE_BINS;
                sums.add(new ShareSummary(a.candidate(cs[l]).id(), shareSum[p][j * n + l] / FIXED / reached,
                        percentile(shareHist[p], at, reached, 0.05), percentile(shareHist[p], at, reached, 0.50),
                        percentile(shareHist[p], at, reached, 0.95)));
            }
            rounds.add(new RoundShares(j + 1, reached / h, sums));
        }
        List<Double> dist = new ArrayList<>();
        for (int j = 0; j < maxRounds[p]; j++) {
            dist.add(roundsHist[p][j] / h);
        }
        return new PostResult(post.id(), post.title(), "monte-carlo", trials, cands, rounds, dist,
                deadlock[p] / t, Interval.wilson(deadlock[p], trials), skipped[p] / t, pivotalityMeasured(rule), "");
    }

    /** The q-quantile of a fixed-bin histogram over [0,1], linear within the bin. */
    static double percentile(long[] hist, int at, long n, double q) {
        double target = q * n;
        long cum = 0;
        for (int b = 0; b < SHARE_BINS; b++) {
            long c = hist[at + b];
            if (c > 0 && cum + c >= target) {
                double within = (target - cum) / c;
                return (b + Math.max(0.0, Math.min(1.0, within))) / SHARE_BINS;
            }
            cum += c;
        }
        return 1.0;
    }
}
