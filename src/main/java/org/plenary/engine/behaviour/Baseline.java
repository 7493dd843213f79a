package org.plenary.engine.behaviour;

import java.util.Map;

import org.plenary.engine.model.Candidate;
import org.plenary.engine.model.Delegation;
import org.plenary.engine.model.ModelParameters;
import org.plenary.engine.model.Region;

/** The baseline affinity V(d,c): what a delegation thinks of a candidate before any campaign. */
public final class Baseline {
    private Baseline() {
    }

    public static BaselineTerms terms(Assembly a, ModelParameters m, int d, int c) {
        Delegation del = a.delegation(d);
        Candidate cand = a.candidate(c);
        Region region = a.candidateRegion(c);
        int home = a.homeDelegation(c);
        double sharedBlocs = 0;
        if (home >= 0) {
            int[] mine = a.blocsOf(d);
            int[] theirs = a.blocsOf(home);
            for (int x : mine) {
                for (int y : theirs) {
                    if (x == y) {
                        sharedBlocs++;
                    }
                }
            }
        }
        return new BaselineTerms(
                m.appealWeight() * cand.appeal(),
                m.alignmentWeight() * dot(del.alignment(), a.camp(c)),
                region != null && region == del.region() ? m.regionWeight() : 0.0,
                m.blocWeight() * sharedBlocs,
                m.pledgeWeight() * cand.pledges().getOrDefault(del.code(), 0.0),
                home == d ? m.homeBonus() : 0.0);
    }

    /** Dot product over the axes both maps name; an axis only one side has contributes nothing. */
    public static double dot(Map<String, Double> x, Map<String, Double> y) {
        Map<String, Double> small = x.size() <= y.size() ? x : y;
        Map<String, Double> large = small == x ? y : x;
        double s = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double v = large.get(e.getKey());
            if (v != null) {
                s += e.getValue() * v;
            }
        }
        return s;
    }
}
