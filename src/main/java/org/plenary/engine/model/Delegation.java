package org.plenary.engine.model;

import java.util.List;
import java.util.Map;

/**
 * One member country's delegation to the General Assembly: one vote, cast in secret.
 *
 * @param code         ISO 3166-1 alpha-3 code, the delegation's identity in a scenario
 * @param region       Interpol region used for regional seats and regional solidarity
 * @param blocs        groupings the country belongs to (EU, AU, ASEAN, ...); shared blocs raise affinity
 * @param votingRights false when the member's vote is suspended (e.g. arrears); it then never votes
 * @param attendance   probability in [0,1] that the delegation is present and votes in a trial
 * @param alignment    position on named alignment axes in [-1,1] (e.g. "china": +1 supportive, -1 critical)
 */
public record Delegation(String code, String name, Region region, List<String> blocs, boolean votingRights,
                         double attendance, Map<String, Double> alignment) {
    public Delegation {
        blocs = List.copyOf(blocs);
        alignment = Map.copyOf(alignment);
    }
}
