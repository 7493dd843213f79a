package org.plenary.app.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.plenary.app.FreshSeeds;
import org.plenary.app.InvalidRequestException;
import org.plenary.engine.model.Campaign;
import org.plenary.engine.model.Delegation;
import org.plenary.engine.model.Post;
import org.plenary.engine.model.Scenario;
import org.plenary.engine.exact.ExactRace;
import org.plenary.engine.montecarlo.Arm;
import org.plenary.engine.rules.RuleSpec;
import org.plenary.scenario.ForkPatch;
import org.plenary.scenario.InvalidScenarioException;
import org.plenary.scenario.ScenarioCodec;
import org.plenary.scenario.ScenarioMapper;
import org.plenary.scenario.SourceLocations;
import org.plenary.scenario.Violation;

/**
 * Checks a simulation request against its scenario and turns it into engine inputs. What-if settings of the
 * request (turnout, campaign strengths) are applied as a patch to the scenario document, so that they pass
 * the same validation as a stored scenario.
 */
final class RequestPlanner {

    static final Set<String> METHODS = Set.of("monte-carlo", "exact");
    static final Set<String> COMPARISONS = Set.of("none", "campaigns-off", "each-campaign", "fork");

    private RequestPlanner() {
    }

    /**
     * The scenario comes already accepted and mapped; its document is asked for only when the request changes the
     * scenario (turnout, campaign strengths).
     */
    static PreparedRun plan(Scenario stored, Supplier<ObjectNode> document, SimulationRequest request,
                            long defaultTrials, long maxTrials, Function<String, Scenario> forks) {
        SimulationRequest r = request == null ? SimulationRequest.defaults() : request;
        List<Violation> problems = new ArrayList<>();
        String method = r.method() == null ? "monte-carlo" : r.method();
        if (!METHODS.contains(method)) {
            problems.add(Violation.at("method", "must be one of " + METHODS));
        }
        long trials = r.trials() == null ? defaultTrials : r.trials();
        if (trials < 1 || trials > maxTrials) {
            problems.add(Violation.at("trials", "must be between 1 and " + maxTrials));
        }
        if (r.turnout() != null && !(r.turnout() >= 0 && r.turnout() <= 1)) {
            problems.add(Violation.at("turnout", "must be a probability in [0, 1]"));
        }
        if (r.targetWidth() != null && !(r.targetWidth() > 0 && r.targetWidth() <= 1)) {
            problems.add(Violation.at("targetWidth", "must be in (0, 1]"));
        }
        String compare = r.compare() == null ? "none" : r.compare();
        if (!COMPARISONS.contains(compare)) {
            problems.add(Violation.at("compare", "must be one of " + COMPARISONS));
        }
        if ("fork".equals(compare) && (r.fork() == null || r.fork().isBlank())) {
            problems.add(Violation.at("fork", "compare = fork needs the slug of the scenario to compare with"));
        }
        if ("exact".equals(method) && !"none".equals(compare)) {
            problems.add(Violation.at("compare", "the exact method answers one configuration; use monte-carlo to compare"));
        }

        Set<String> campaignIds = new LinkedHashSet<>();
        stored.campaigns().forEach(c -> campaignIds.add(c.id()));
        Set<String> postIds = new LinkedHashSet<>();
        stored.posts().forEach(p -> postIds.add(p.id()));

        Set<String> active = null;
        if (r.campaigns() != null) {
            active = new LinkedHashSet<>();
            for (int i = 0; i < r.campaigns().size(); i++) {
                String id = r.campaigns().get(i);
                if (!campaignIds.contains(id)) {
                    problems.add(Violation.at("campaigns[" + i + "]", "no campaign with id " + id + "; known: "
                            + campaignIds));
                } else {
                    active.add(id);
                }
            }
        }
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        if (r.campaignStrengths() != null) {
            var list = patch.putArray("campaigns");
            r.campaignStrengths().forEach((id, strength) -> {
                if (!campaignIds.contains(id)) {
                    problems.add(Violation.at("campaignStrengths." + id, "no campaign with id " + id));
                } else if (strength == null || !(strength >= 0 && strength <= 10)) {
                    problems.add(Violation.at("campaignStrengths." + id, "a strength is a number in [0, 10]"));
                } else {
                    list.addObject().put("id", id).put("strength", strength);
                }
            });
        }
        if (r.turnout() != null) {
            patch.putObject("model").put("turnoutOverride", r.turnout());
        }
        Map<String, RuleSpec> overrides = new LinkedHashMap<>();
        if (r.rules() != null) {
            for (Map.Entry<String, JsonNode> e : r.rules().entrySet()) {
                Post post = stored.posts().stream().filter(p -> p.id().equals(e.getKey())).findFirst().orElse(null);
                if (post == null) {
                    problems.add(Violation.at("rules." + e.getKey(), "no post with id " + e.getKey() + "; known: "
                            + postIds));
                    continue;
                }
                try {
                    overrides.put(post.id(), ScenarioMapper.rule(e.getValue(), post.kind()));
                } catch (RuntimeException ex) {
                    String why = e.getValue().isObject() && ex.getMessage() != null ? ": " + ex.getMessage() : "";
                    problems.add(Violation.at("rules." + e.getKey(), "not a known rule set name or a valid rule "
                            + "object (see GET /api/schema/scenario, $defs.rule)" + why));
                }
            }
        }
        List<String> exactPosts = new ArrayList<>();
        if (r.post() != null) {
            if (!postIds.contains(r.post())) {
                problems.add(Violation.at("post", "no post with id " + r.post() + "; known: " + postIds));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }

        Scenario scenario;
        try {
            scenario = patch.isEmpty() ? stored : ScenarioMapper.toEngine(ScenarioCodec.accept(
                    ForkPatch.apply(document.get(), patch), SourceLocations.none()).document());
        } catch (InvalidScenarioException e) {
            throw new InvalidRequestException(e.violations());
        }
        if ("exact".equals(method)) {
            List<String> candidates = r.post() != null ? List.of(r.post()) : List.copyOf(postIds);
            for (String p : candidates) {
                String why = ExactRace.unsupported(scenario, p, overrides.get(p));
                if (why == null) {
                    exactPosts.add(p);
                } else if (r.post() != null) {
                    throw new InvalidRequestException(List.of(Violation.at("post", why)));
                }
            }
            if (exactPosts.isEmpty()) {
                throw new InvalidRequestException(List.of(Violation.at("method",
                        "no post of this scenario fits the exact path (single seat, one or two candidates)")));
            }
        }

        long seed = r.seed() != null ? r.seed() : FreshSeeds.next();
        Set<String> inForce = active != null ? active : enabled(scenario);
        List<Arm> arms = switch (compare) {
            case "campaigns-off" -> List.of(new Arm("without campaigns", scenario, Set.of()),
                    new Arm("with campaigns", scenario, inForce));
            case "each-campaign" -> {
                List<Arm> list = new ArrayList<>();
                list.add(new Arm("without campaigns", scenario, Set.of()));
                list.add(new Arm("with campaigns", scenario, inForce));
                for (String id : inForce) {
                    list.add(new Arm(id + " alone", scenario, Set.of(id)));
                }
                yield List.copyOf(list);
            }
            case "fork" -> {
                if (r.fork().equals(scenario.slug())) {
                    throw new InvalidRequestException(List.of(Violation.at("fork", "must name another scenario: "
                            + "this one would be compared with itself (compare none runs it once)")));
                }
                Scenario other = forks.apply(r.fork());
                if (!sameDelegations(scenario, other)) {
                    throw new InvalidRequestException(List.of(Violation.at("fork", "scenario " + r.fork()
                            + " does not have the same delegations in the same order; common random numbers need them")));
                }
                yield List.of(new Arm(scenario.slug(), scenario, inForce),
                        new Arm(other.slug(), other, active != null ? active : enabled(other)));
            }
            default -> List.of(new Arm("scenario", scenario, inForce));
        };
        String main = switch (compare) {
            case "campaigns-off", "each-campaign" -> "with campaigns";
            case "fork" -> scenario.slug();
            default -> "scenario";
        };
        return new PreparedRun(scenario, method, seed, "exact".equals(method) ? 0 : trials,
                r.targetWidth() == null ? 0 : r.targetWidth(), inForce, overrides, arms, main, exactPosts);
    }

    private static Set<String> enabled(Scenario s) {
        Set<String> ids = new LinkedHashSet<>();
        for (Campaign c : s.campaigns()) {
            if (c.enabled()) {
                ids.add(c.id());
            }
        }
        return ids;
    }

    private static boolean sameDelegations(Scenario a, Scenario b) {
        return a.delegations().stream().map(Delegation::code).toList()
                .equals(b.delegations().stream().map(Delegation::code).toList());
    }
}
