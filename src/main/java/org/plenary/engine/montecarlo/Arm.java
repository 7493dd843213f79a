package org.plenary.engine.montecarlo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.plenary.engine.model.Campaign;
import org.plenary.engine.model.Scenario;

/**
 * One arm of a comparison: a scenario with a choice of campaigns in force.
 *
 * @param activeCampaigns ids of the campaigns in force; null means "those enabled in the scenario"
 */
public record Arm(String name, Scenario scenario, Set<String> activeCampaigns) {
    public Arm {
        activeCampaigns = activeCampaigns == null ? null : Set.copyOf(activeCampaigns);
    }

    public static Arm of(String name, Scenario scenario) {
        return new Arm(name, scenario, null);
    }

    /** "no campaigns" against "all campaigns" of the scenario. */
    public static List<Arm> campaignsOffVsOn(Scenario s) {
        Set<String> all = new java.util.LinkedHashSet<>();
        s.campaigns().forEach(k -> all.add(k.id()));
        return List.of(new Arm("no-campaigns", s, Set.of()), new Arm("all-campaigns", s, all));
    }

    /** "no campaigns", then each campaign alone. */
    public static List<Arm> eachCampaignAlone(Scenario s) {
        List<Arm> arms = new ArrayList<>();
        arms.add(new Arm("no-campaigns", s, Set.of()));
        for (Campaign k : s.campaigns()) {
            arms.add(new Arm(k.id(), s, Set.of(k.id())));
        }
        return arms;
    }
}
