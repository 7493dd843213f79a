package org.plenary.engine.behaviour;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.plenary.engine.model.Campaign;
import org.plenary.engine.model.ModelParameters;
import org.plenary.engine.model.Scenario;

/**
 * The deterministic part of every delegation's utility for every candidate, U0(d,c) = V(d,c) + L(d,c), computed
 * once per run and kept in flat arrays indexed {@code d * candidates + c}. Trials only add shocks and draw choices.
 */
public final class UtilityModel {
    private final Assembly assembly;
    private final ModelParameters params;
    private final List<Campaign> inForce;
    private final int candidates;
    private final double[] baseline;
    private final double[] lobbying;
    private final double[] weight;
    private final double[] attendance;

    private UtilityModel(Assembly assembly, List<Campaign> inForce) {
        this.assembly = assembly;
        this.params = assembly.scenario().model();
        this.inForce = List.copyOf(inForce);
        int nd = assembly.delegations();
        this.candidates = assembly.candidates();
        baseline = new double[nd * candidates];
        lobbying = new double[nd * candidates];
        weight = new double[nd * candidates];
        attendance = new double[nd];
        for (int d = 0; d < nd; d++) {
            for (int c = 0; c < candidates; c++) {
                baseline[d * candidates + c] = Baseline.terms(assembly, params, d, c).total();
            }
            var del = assembly.delegation(d);
            double p = params.hasTurnoutOverride() ? params.turnoutOverride() : del.attendance();
            attendance[d] = del.votingRights() ? Math.max(0.0, Math.min(1.0, p)) : 0.0;
        }
        for (Campaign k : this.inForce) {
            CampaignTerm[] terms = CampaignEffects.terms(assembly, params, k);
            if (terms == null) {
                continue;
            }
            int t = assembly.candidateIndex(k.targetCandidateId());
            for (int d = 0; d < nd; d++) {
                lobbying[d * candidates + t] += terms[d].raw();
            }
        }
        for (int i = 0; i < lobbying.length; i++) {
            lobbying[i] = CampaignEffects.saturate(params, lobbying[i]);
            weight[i] = Math.exp((baseline[i] + lobbying[i]) / params.choiceScale());
        }
    }

    /** Compiles the model with the campaigns listed in {@code active} in force, or the enabled ones when null. */
    public static UtilityModel compile(Assembly assembly, Set<String> active) {
        return new UtilityModel(assembly, CampaignEffects.inForce(assembly.scenario().campaigns(), active));
    }

    public static UtilityModel compile(Scenario scenario, Set<String> active) {
        return compile(new Assembly(scenario), active);
    }

    public Assembly assembly() {
        return assembly;
    }

    public ModelParameters params() {
        return params;
    }

    public List<Campaign> campaignsInForce() {
        return inForce;
    }

    public double baseline(int d, int c) {
        return baseline[d * candidates + c];
    }

    /** The saturated lobbying effect L(d,c). */
    public double lobbying(int d, int c) {
        return lobbying[d * candidates + c];
    }

    /** V + L, before shocks. */
    public double utility(int d, int c) {
        int i = d * candidates + c;
        return baseline[i] + lobbying[i];
    }

    /** exp(U0 / choiceScale): the logit weight before shocks. */
    public double weight(int d, int c) {
        return weight[d * candidates + c];
    }

    /** The flat weight table, indexed d * candidates + c. Shared, not copied: callers must not write to it. */
    public double[] weightTable() {
        return weight;
    }

    /** Probability that delegation d is present and votes in a trial (0 without voting rights). */
    public double attendance(int d) {
        return attendance[d];
    }

    public double abstainWeight() {
        return Math.exp(params.abstainUtility() / params.choiceScale());
    }

    public double loneNoWeight() {
        return Math.exp(params.loneNoUtility() / params.choiceScale());
    }

    /**
     * The campaign terms on (d, c), one per campaign in force that targets c, with the saturated total attributed
     * to each in proportion to its raw effect.
     */
    public List<CampaignTerm> campaignTerms(int d, int c) {
        List<CampaignTerm> raw = new ArrayList<>();
        String id = assembly.candidate(c).id();
        for (Campaign k : inForce) {
            if (id.equals(k.targetCandidateId())) {
                raw.add(CampaignEffects.terms(assembly, params, k)[d]);
            }
        }
        double total = raw.stream().mapToDouble(CampaignTerm::raw).sum();
        double ratio = total == 0.0 ? 1.0 : lobbying(d, c) / total;
        return raw.stream().map(t -> new CampaignTerm(t.campaignId(), t.title(), t.targetCandidateId(), t.direction(),
                t.strength(), t.reach(), t.receptiveness(), t.backlash(), t.decay(), t.secrecy(), t.raw(),
                t.raw() * ratio)).toList();
    }
}
