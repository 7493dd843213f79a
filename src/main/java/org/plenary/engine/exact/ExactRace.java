package org.plenary.engine.exact;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.plenary.engine.behaviour.Assembly;
import org.plenary.engine.behaviour.BallotKind;
import org.plenary.engine.behaviour.Explainer;
import org.plenary.engine.behaviour.UtilityModel;
import org.plenary.engine.model.Candidate;
import org.plenary.engine.model.Post;
import org.plenary.engine.model.Scenario;
import org.plenary.engine.montecarlo.CandidateResult;
import org.plenary.engine.montecarlo.Interval;
import org.plenary.engine.montecarlo.PostResult;
import org.plenary.engine.rules.RuleSpec;
import org.plenary.engine.session.SessionPlan;

/**
 * Exact win probabilities for a single-seat race between two candidates, or a yes/no vote on a lone candidate,
 * with independent delegations: the correlated shocks are set to zero and the post is taken on its own (all its
 * candidates on the ballot, as for the first post of a session).
 *
 * <p>Round 1 is exact for any parameters. Later rounds are exact only when they are independent replications
 * of round 1 (roundMovement = 1, bandwagon = 0) and no candidate is dropped; otherwise the probability that round 1
 * settles nothing is reported as unresolved in the note and left out of the win probabilities.
 */
public final class ExactRace {
    private ExactRace() {
    }

    /** Why the exact path cannot answer for this post, or null when it can. */
    public static String unsupported(Scenario scenario, String postId, RuleSpec ruleOverride) {
        Assembly a = new Assembly(scenario);
        int p = a.postIndex(postId);
        if (p < 0) {
            return "post: no post with id '" + postId + "'";
        }
        Post post = a.post(p);
        RuleSpec rule = ruleOverride != null ? ruleOverride : SessionPlan.ruleFor(post, null);
        int n = a.candidatesOfPost(p).length;
        if (post.seats() != 1) {
            return "the exact method handles single-seat posts only";
        }
        if (n < 1 || n > 2) {
            return "the exact method handles one or two candidates, this post has " + n;
        }
        if (BallotKind.of(rule, n) == BallotKind.MARKS
                && rule.method() != RuleSpec.Method.REPEATED_BALLOT && rule.method() != RuleSpec.Method.PLURALITY) {
            return "the exact method handles the repeated-ballot and plurality methods, not " + rule.method();
        }
        if (BallotKind.of(rule, n) == BallotKind.RANKED || BallotKind.of(rule, n) == BallotKind.APPROVAL) {
            return "the exact method does not handle " + rule.method();
        }
        for (RuleSpec.Threshold t : rule.thresholds()) {
            if (t.base() == RuleSpec.Base.MEMBERS_PRESENT || (t.base() == RuleSpec.Base.VOTES_CAST && rule.blanksInBase())) {
                return "the exact method needs a quota base of votes cast (blanks outside) or all members";
            }
        }
        if (rule.quorum() > 0) {
            return "the exact method does not handle a quorum";
        }
        return null;
    }

    /**
     * @param activeCampaigns campaign ids in force, or null for the scenario's enabled ones
     * @param ruleOverride    a rule replacing the post's own, or null
     * @throws IllegalArgumentException when {@link #unsupported} gives a reason
     */
    public static PostResult solve(Scenario scenario, String postId, Set<String> activeCampaigns,
                                   RuleSpec ruleOverride) {
        String why = unsupported(scenario, postId, ruleOverride);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        Scenario calm = new Scenario(scenario.slug(), scenario.title(), scenario.year(), scenario.delegations(),
                scenario.posts(), scenario.sitting(), scenario.candidates(), scenario.campaigns(),
                scenario.model().withoutShocks());
        UtilityModel model = UtilityModel.compile(calm, activeCampaigns);
        Assembly a = model.assembly();
        int p = a.postIndex(postId);
        Post post = a.post(p);
        RuleSpec rule = ruleOverride != null ? ruleOverride : SessionPlan.ruleFor(post, null);
        int[] cs = a.candidatesOfPost(p);
        boolean lone = cs.length == 1;
        BallotKind kind = BallotKind.of(rule, cs.length);
        if (lone && kind != BallotKind.YES_NO) {
            return result(post, a, cs, new double[] {1.0}, new double[] {0}, new double[] {0},
                    List.of(1.0), 0.0, "elected unopposed");
        }
        int nd = a.delegations();
        double[] pa = new double[nd];
        double[] pb = new double[nd];
        double[] w = new double[cs.length];
        for (int d = 0; d < nd; d++) {
            for (int i = 0; i < cs.length; i++) {
                w[i] = model.weight(d, cs[i]);
            }
            double[] q = Explainer.probabilities(model, kind, 1, w);
            double att = model.attendance(d);
            pa[d] = att * q[0];
            pb[d] = att * (lone ? q[2] : q[1]);
        }
        VoteDistribution dist = VoteDistribution.of(pa, pb);
        double meanA = 0;
        double meanB = 0;
        for (int d = 0; d < nd; d++) {
            meanA += pa[d];
            meanB += pb[d];
        }
        boolean independentRounds = model.params().roundMovement() >= 1.0 && model.params().bandwagon() == 0.0;
        double[] win = new double[2];
        List<Double> roundsDist = new ArrayList<>();
        double open = 1.0;
        int round = 1;
        String note = "shocks off, delegations independent, the post on its own";
        for (; round <= Math.max(1, rule.maxRounds()) && open > 1e-15; round++) {
            if (round > 1 && !independentRounds) {
                note += "; later rounds are not independent of round 1: probability " + open
                        + " that round 1 settles nothing is left unresolved";
                break;
            }
            if (round > 1 && rule.eliminationFromRound() > 0 && round > rule.eliminationFromRound() && !lone) {
                note += "; a candidate is dropped from round " + round + ": probability " + open
                        + " left unresolved";
                break;
            }
            double[] r = decide(dist, rule, round, lone, a.delegations());
            boolean lastRound = round >= rule.maxRounds();
            double tie = r[2];
            double tieSettled = 0;
            if (tie > 0 && (rule.tieBreak() == RuleSpec.TieBreak.LOT
                    || (rule.tieBreak() == RuleSpec.TieBreak.REPEAT_THEN_LOT && lastRound))) {
                tieSettled = tie;
            } else if (tie > 0 && rule.tieBreak() == RuleSpec.TieBreak.REPORT) {
                note += "; a tie in round " + round + " (probability " + open * tie + ") ends the race with no winner";
            }
            win[0] += open * (r[0] + tieSettled / 2);
            win[1] += open * (r[1] + tieSettled / 2);
            double endsHere = r[0] + r[1] + (rule.tieBreak() == RuleSpec.TieBreak.REPEAT_THEN_LOT && !lastRound ? 0 : tie);
            roundsDist.add(open * endsHere);
            open *= 1.0 - endsHere;
            if (rule.method() == RuleSpec.Method.PLURALITY && !lone) {
                break;
            }
        }
        double deadlock = independentRounds || rule.maxRounds() <= 1 ? open : 0.0;
        if (rule.tieBreak() == RuleSpec.TieBreak.REPEAT_THEN_LOT && rule.tieRepeats() > 0) {
            note += "; ties are repeated until the last round (tieRepeats not modelled)";
        }
        double[] means = lone ? new double[] {meanA} : new double[] {meanA, meanB};
        double[] margins = lone ? new double[] {meanA - meanB} : new double[] {meanA - meanB, meanB - meanA};
        return result(post, a, cs, lone ? new double[] {win[0]} : win, means, margins, roundsDist, deadlock, note);
    }

    /**
     * One round's outcome: {P(A elected), P(B elected), P(tie for the seat)}; the rest is "no one elected".
     * For a lone candidate A is yes and B is no.
     */
    static double[] decide(VoteDistribution dist, RuleSpec rule, int round, boolean lone, int members) {
        int n = dist.voters();
        RuleSpec.Threshold t = rule.thresholds().isEmpty() ? null : rule.thresholdFor(round);
        boolean plurality = rule.method() == RuleSpec.Method.PLURALITY && !lone;
        double[] r = new double[3];
        for (int x = 0; x <= n; x++) {
            for (int y = 0; x + y <= n; y++) {
                double q = dist.probability(x, y);
                if (q == 0.0) {
                    continue;
                }
                if (plurality) {
                    r[x > y ? 0 : x < y ? 1 : 2] += x == 0 && y == 0 ? 0 : q;
                    continue;
                }
                int base = t == null ? x + y : t.base() == RuleSpec.Base.ALL_MEMBERS ? members : x + y;
                double needed = t == null ? 0 : t.fraction() * base;
                boolean aboveA = x > 0 && (t == null || t.met(x, needed));
                if (lone) {
                    if (aboveA) {
                        r[0] += q;
                    }
                    continue;
                }
                boolean aboveB = y > 0 && (t == null || t.met(y, needed));
                if (aboveA && (!aboveB || x > y)) {
                    r[0] += q;
                } else if (aboveB && (!aboveA || y > x)) {
                    r[1] += q;
                } else if (aboveA) {
                    r[2] += q;
                }
            }
        }
        return r;
    }

    private static PostResult result(Post post, Assembly a, int[] cs, double[] win, double[] votes, double[] margins,
                                     List<Double> rounds, double deadlock, String note) {
        List<CandidateResult> cands = new ArrayList<>();
        for (int i = 0; i < cs.length; i++) {
            Candidate c = a.candidate(cs[i]);
            cands.add(new CandidateResult(c.id(), c.name(), c.country(), win[i], new Interval(win[i], win[i]),
                    votes[i], margins[i]));
        }
        return new PostResult(post.id(), post.title(), "exact", 0, cands, List.of(), rounds, deadlock,
                new Interval(deadlock, deadlock), 0.0, false, note);
    }
}
