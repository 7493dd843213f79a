package org.plenary.engine.montecarlo;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.plenary.engine.behaviour.Assembly;
import org.plenary.engine.behaviour.UtilityModel;
import org.plenary.engine.model.Delegation;
import org.plenary.engine.model.Scenario;
import org.plenary.engine.rules.RuleSpec;

/** What a run needs before its first trial: every arm compiled (utilities, shock layout) once. */
final class Plan {
    record CompiledArm(Arm arm, Assembly assembly, UtilityModel model, ShockLayout shocks) {
    }

    final long seed;
    final Map<String, RuleSpec> overrides;
    final List<CompiledArm> arms = new ArrayList<>();
    final int delegations;

    Plan(List<Arm> armList, long seed, Map<String, RuleSpec> overrides) {
        if (armList.isEmpty()) {
            throw new IllegalArgumentException("arms: at least one arm");
        }
        this.seed = seed;
        this.overrides = overrides;
        List<String> codes = armList.get(0).scenario().delegations().stream().map(Delegation::code).toList();
        Map<Scenario, Assembly> assemblies = new IdentityHashMap<>();
        Map<Scenario, ShockLayout> layouts = new IdentityHashMap<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Arm arm : armList) {
            if (!names.add(arm.name())) {
                throw new IllegalArgumentException("arms: duplicate arm name " + arm.name());
            }
            List<String> mine = arm.scenario().delegations().stream().map(Delegation::code).toList();
            if (!mine.equals(codes)) {
                throw new IllegalArgumentException("arms: arm " + arm.name()
                        + " must have the same delegations, in the same order, as the first arm");
            }
            Assembly a = assemblies.computeIfAbsent(arm.scenario(), Assembly::new);
            ShockLayout layout = layouts.computeIfAbsent(arm.scenario(), s -> new ShockLayout(a, s.model()));
            arms.add(new CompiledArm(arm, a, UtilityModel.compile(a, arm.activeCampaigns()), layout));
        }
        delegations = codes.size();
    }
}
