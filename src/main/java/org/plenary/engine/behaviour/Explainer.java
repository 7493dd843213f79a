package org.plenary.engine.behaviour;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.plenary.engine.model.Candidate;
import org.plenary.engine.model.ModelParameters;
import org.plenary.engine.model.Post;
import org.plenary.engine.model.Scenario;
import org.plenary.engine.rules.RuleSpec;
import org.plenary.engine.session.SessionPlan;

/**
 * Explains one delegation's vote on one post: the terms of its utility and its round-1 probabilities. All the
 * post's candidates are assumed on the ballot (the cross-post constraints of a session are not applied here).
 */
public final class Explainer {
    /** Draws of the correlated shocks used to integrate them out; fixed so that an explanation is reproducible. */
    public static final int SHOCK_SAMPLES = 4096;
    private static final long SHOCK_SEED = 0x9E3779B97F4A7C15L;

    private Explainer() {
    }

    /**
     * @param activeCampaigns campaign ids in force, or null for the scenario's enabled campaigns
     * @param rule            the counting rule to assume, or null for the post's own rule
     * @throws IllegalArgumentException naming the unknown delegation or post
     */
    public static DelegationExplanation explain(Scenario scenario, String delegationCode, String postId,
                                                Set<String> activeCampaigns, RuleSpec rule) {
        UtilityModel model = UtilityModel.compile(scenario, activeCampaigns);
        Assembly a = model.assembly();
        int d = a.delegationIndex(delegationCode);
        if (d < 0) {
            throw new IllegalArgumentException("delegation: no delegation with code '" + delegationCode + "'");
        }
        int p = a.postIndex(postId);
        if (p < 0) {
            throw new IllegalArgumentException("post: no post with id '" + postId + "'");
        }
        return explain(model, d, p, rule);
    }

    public static DelegationExplanation explain(UtilityModel model, int d, int p, RuleSpec ruleOrNull) {
        Assembly a = model.assembly();
        ModelParameters m = model.params();
        Post post = a.post(p);
        RuleSpec rule = ruleOrNull != null ? ruleOrNull : SessionPlan.ruleFor(post, null);
        int[] cands = a.candidatesOfPost(p);
        BallotKind kind = BallotKind.of(rule, cands.length);
        int marks = BallotKind.marks(post);
        double[] w = new double[cands.length];
        for (int i = 0; i < cands.length; i++) {
            w[i] = model.weight(d, cands[i]);
        }
        double[] noShock = cands.length == 0 ? new double[2] : probabilities(model, kind, marks, w);
        double sd = shockSd(m, a.blocsOf(d).length);
        double[] withShock = noShock;
        int samples = 0;
        if (sd > 0 && cands.length > 0) {
            samples = SHOCK_SAMPLES;
            withShock = new double[noShock.length];
            SplittableRandom rng = new SplittableRandom(SHOCK_SEED);
            double[] ws = new double[w.length];
            for (int s = 0; s < samples; s++) {
                for (int i = 0; i < w.length; i++) {
                    ws[i] = w[i] * Math.exp(sd * rng.nextGaussian() / m.choiceScale());
                }
                double[] q = probabilities(model, kind, marks, ws);
                for (int i = 0; i < q.length; i++) {
                    withShock[i] += q[i] / samples;
                }
            }
        }
        List<CandidateExplanation> out = new ArrayList<>();
        for (int i = 0; i < cands.length; i++) {
            int c = cands[i];
            Candidate cand = a.candidate(c);
            out.add(new CandidateExplanation(cand.id(), cand.name(), cand.country(), Baseline.terms(a, m, d, c),
                    model.campaignTerms(d, c), model.lobbying(d, c), model.utility(d, c), noShock[i], withShock[i]));
        }
        int n = cands.length;
        return new DelegationExplanation(a.delegation(d).code(), post.id(), model.attendance(d), kind, marks, out,
                m.abstainUtility(), withShock[n], withShock[n + 1], sd, samples);
    }

    /** S.d. of the total shock on a candidate's utility for a delegation in {@code blocs} blocs. */
    public static double shockSd(ModelParameters m, int blocs) {
        return Math.sqrt(m.globalShock() * m.globalShock() + m.regionalShock() * m.regionalShock()
                + blocs * m.blocShock() * m.blocShock());
    }

    /**
     * Round-1 probabilities of a present delegation given the weights of the candidates on the ballot: one entry
     * per candidate (a mark; yes for a lone candidate), then P(blank), then P(no).
     */
    public static double[] probabilities(UtilityModel model, BallotKind kind, int marks, double[] w) {
        int n = w.length;
        double[] out = new double[n + 2];
        double wa = model.abstainWeight();
        switch (kind) {
            case YES_NO -> {
                double[] q = ChoiceProbabilities.yesNo(w[0], model.loneNoWeight(), wa);
                out[0] = q[0];
                out[1] = q[2];
                out[2] = q[1];
            }
            case RANKED -> System.arraycopy(ChoiceProbabilities.singleMark(w, wa), 0, out, 0, n + 1);
            case APPROVAL -> {
                double total = wa;
                for (double x : w) {
                    total += x;
                }
                double vote = 1.0 - wa / total;
                double thr = ChoiceProbabilities.approvalThresholdWeight(w, model.params().approvalThreshold(),
                        model.params().choiceScale());
                double none = 1.0;
                for (int i = 0; i < n; i++) {
                    double q = ChoiceProbabilities.approval(w[i], thr);
                    out[i] = vote * q;
                    none *= 1.0 - q;
                }
                out[n] = wa / total + vote * none;
            }
            default -> System.arraycopy(ChoiceProbabilities.markProbabilities(w, wa, marks), 0, out, 0, n + 1);
        }
        return out;
    }
}
