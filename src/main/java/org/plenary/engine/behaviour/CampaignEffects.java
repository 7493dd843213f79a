package org.plenary.engine.behaviour;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.plenary.engine.model.Audience;
import org.plenary.engine.model.Campaign;
import org.plenary.engine.model.Delegation;
import org.plenary.engine.model.ModelParameters;
import org.plenary.engine.model.Stance;

/**
 * The lobbying effect L: how each campaign in force moves each delegation's utility for the candidate it targets.
 *
 * <pre>
 *   L_k(d, t) = direction × strength × reach(d) × receptiveness(kind) × backlash(d) × decay × (1 − secret discount)
 *   L(d, t)   = M tanh( Σ_k L_k(d, t) / M )
 * </pre>
 */
public final class CampaignEffects {
    private CampaignEffects() {
    }

    /** The campaigns in force: those listed in {@code active}, or when it is null those marked enabled. */
    public static List<Campaign> inForce(Collection<Campaign> campaigns, Set<String> active) {
        return campaigns.stream().filter(k -> active == null ? k.enabled() : active.contains(k.id())).toList();
    }

    /** Which delegations a campaign reaches directly. */
    public static boolean[] directAudience(Assembly a, Campaign k) {
        Audience au = k.audience();
        boolean[] direct = new boolean[a.delegations()];
        Set<String> named = new HashSet<>(au.delegations());
        Set<String> signers = au.signerCountries() ? new HashSet<>(k.signerCountries()) : Set.of();
        for (int d = 0; d < direct.length; d++) {
            Delegation del = a.delegation(d);
            direct[d] = au.everyone() || named.contains(del.code()) || signers.contains(del.code())
                    || au.regions().contains(del.region())
                    || del.blocs().stream().anyMatch(au.blocs()::contains);
        }
        return direct;
    }

    /** Reach per delegation: 1 when direct, else spillover × the share of its bloc partners reached directly. */
    public static double[] reach(Assembly a, ModelParameters m, Campaign k) {
        boolean[] direct = directAudience(a, k);
        double[] reach = new double[direct.length];
        for (int d = 0; d < direct.length; d++) {
            if (direct[d]) {
                reach[d] = 1.0;
                continue;
            }
            int[] partners = a.blocPartners(d);
            if (partners.length == 0 || m.spillover() == 0.0) {
                continue;
            }
            int hit = 0;
            for (int o : partners) {
                if (direct[o]) {
                    hit++;
                }
            }
            reach[d] = m.spillover() * hit / partners.length;
        }
        return reach;
    }

    /** Strength of the campaign, with diminishing returns in the number of signers. */
    public static double strength(ModelParameters m, Campaign k) {
        if (k.signers() <= 0) {
            return k.strength();
        }
        return k.strength() * Math.log1p(k.signers()) / Math.log1p(Math.max(1e-9, m.signerReference()));
    }

    /** Timing decay: the effect halves every half-life; a non-positive half-life disables decay. */
    public static double decay(ModelParameters m, Campaign k) {
        if (m.decayHalfLifeDays() <= 0) {
            return 1.0;
        }
        return Math.pow(0.5, Math.max(0, k.daysBeforeVote()) / m.decayHalfLifeDays());
    }

    /**
     * Backlash factor for a delegation whose alignment with the target's camp is {@code alignment} (clipped to
     * [-1, 1]): 1 when not aligned (alignment <= 0), falling linearly to -backlash at full alignment. The line
     * keeps the effect continuous: a barely aligned delegation is barely less moved, a fully aligned one moves
     * the other way by backlash times the normal effect.
     */
    public static double backlashFactor(ModelParameters m, double alignment) {
        double a = Math.max(-1.0, Math.min(1.0, alignment));
        return a <= 0 ? 1.0 : 1.0 - (1.0 + m.backlash()) * a;
    }

    /** M tanh(x / M); a non-positive M means no cap. */
    public static double saturate(ModelParameters m, double x) {
        double cap = m.saturation();
        return cap > 0 ? cap * Math.tanh(x / cap) : x;
    }

    /**
     * Every factor of campaign k's effect on every delegation (raw, before saturation). Returns null when the
     * campaign's target is not a candidate of this scenario.
     */
    public static CampaignTerm[] terms(Assembly a, ModelParameters m, Campaign k) {
        int t = a.candidateIndex(k.targetCandidateId());
        if (t < 0) {
            return null;
        }
        double[] reach = reach(a, m, k);
        double direction = k.stance() == Stance.OPPOSE ? -1.0 : 1.0;
        double strength = strength(m, k);
        double receptiveness = m.receptiveness().getOrDefault(k.kind(), 0.0);
        double decay = decay(m, k);
        double secrecy = 1.0 - m.secretBallotDiscount();
        CampaignTerm[] out = new CampaignTerm[reach.length];
        for (int d = 0; d < reach.length; d++) {
            double backlash = backlashFactor(m, Baseline.dot(a.delegation(d).alignment(), a.camp(t)));
            double raw = direction * strength * reach[d] * receptiveness * backlash * decay * secrecy;
            out[d] = new CampaignTerm(k.id(), k.title(), k.targetCandidateId(), direction, strength, reach[d],
                    receptiveness, backlash, decay, secrecy, raw, raw);
        }
        return out;
    }
}
