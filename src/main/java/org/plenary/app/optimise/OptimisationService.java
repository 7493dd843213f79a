package org.plenary.app.optimise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.plenary.app.FreshSeeds;
import org.plenary.app.InvalidRequestException;
import org.plenary.app.ScenarioService;
import org.plenary.app.access.Caller;
import org.plenary.app.StoredScenario;
import org.plenary.app.optimise.AnalysisRequests.BudgetBody;
import org.plenary.app.optimise.AnalysisRequests.CoalitionRequest;
import org.plenary.app.optimise.AnalysisRequests.GoalBody;
import org.plenary.app.optimise.AnalysisRequests.LeverBody;
import org.plenary.app.optimise.AnalysisRequests.OptimiseRequest;
import org.plenary.app.optimise.AnalysisRequests.PoolBody;
import org.plenary.app.optimise.AnalysisRequests.SensitivityRequest;
import org.plenary.engine.model.CampaignKind;
import org.plenary.engine.model.Candidate;
import org.plenary.engine.model.Delegation;
import org.plenary.engine.model.Post;
import org.plenary.engine.model.Region;
import org.plenary.engine.model.Scenario;
import org.plenary.engine.optimise.CampaignOptimiser;
import org.plenary.engine.optimise.FlippingCoalition;
import org.plenary.engine.optimise.Goal;
import org.plenary.engine.optimise.Lever;
import org.plenary.engine.optimise.Sensitivity;
import org.plenary.engine.optimise.SwingList;
import org.plenary.scenario.Violation;

/**
 * Checks the optimiser's requests against their scenario (every wrong field named) and runs them: the campaign
 * optimiser, the minimal flipping coalition and the sensitivity analysis as jobs, the swing list at once.
 */
@ApplicationScoped
public class OptimisationService {

    static final long DEFAULT_SEARCH_TRIALS = 10_000;
    static final long DEFAULT_RECHECK_TRIALS = 10_000;
    static final long DEFAULT_COALITION_TRIALS = 4000;
    static final long DEFAULT_SENSITIVITY_TRIALS = 2000;
    static final long MIN_TRIALS = 100;
    static final long MAX_SEARCH_TRIALS = 100_000;
    static final long MAX_TRIALS = 1_000_000;
    static final int DEFAULT_DAYS_BEFORE_VOTE = 7;
    static final double MAX_STRENGTH = 10;

    @Inject
    ScenarioService scenarios;

    @Inject
    AnalysisService jobs;

    private static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public AnalysisService.Started optimise(Caller caller, String slug, OptimiseRequest request) {
        StoredScenario stored = scenarios.get(caller, slug);
        Scenario s = scenarios.engineScenario(caller, slug);
        OptimiseRequest r = request == null ? new OptimiseRequest(null, null, null, null, null, null, null, null) : request;
        List<Violation> problems = new ArrayList<>();
        Goal goal = goal(s, r.goal(), problems);
        Integer budget = budget(r.budget(), problems);
        Lever lever = lever(r.lever(), problems);
        List<String> pool = pool(s, r.pool(), problems);
        long search = trials("searchTrials", r.searchTrials(), DEFAULT_SEARCH_TRIALS, MAX_SEARCH_TRIALS, problems);
        long recheck = trials("recheckTrials", r.recheckTrials(), DEFAULT_RECHECK_TRIALS, MAX_TRIALS, problems);
        if (r.shortlist() != null && (r.shortlist() < 1 || r.shortlist() > s.delegations().size())) {
            problems.add(Violation.at("shortlist", "must be between 1 and " + s.delegations().size()));
        }
        seed(r.seed(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        long seed = r.seed() != null ? r.seed() : FreshSeeds.next();
        int k = Math.min(budget, pool.size());
        CampaignOptimiser.Settings settings = CampaignOptimiser.Settings.defaults(seed)
                .withTrials(Math.min(search, DEFAULT_SEARCH_TRIALS), search, recheck)
                .withShortlist(r.shortlist() == null ? 0 : r.shortlist()).withThreads(threads());
        long work = CampaignOptimiser.estimatedWork(pool.size(), k, settings);
        OptimiseRequest echoed = new OptimiseRequest(r.goal(), r.budget(), r.lever(), r.pool(), seed, search, recheck,
                r.shortlist());
        return jobs.start(caller.name(), "optimise", stored, echoed, seed, work,
                w -> CampaignOptimiser.optimise(s, goal, lever, pool, k, settings, w));
    }

    public AnalysisService.Started coalition(Caller caller, String slug, CoalitionRequest request) {
        StoredScenario stored = scenarios.get(caller, slug);
        Scenario s = scenarios.engineScenario(caller, slug);
        CoalitionRequest r = request == null ? new CoalitionRequest(null, null, null, null) : request;
        List<Violation> problems = new ArrayList<>();
        Goal goal = goal(s, r.goal(), problems);
        List<String> pool = pool(s, r.pool(), problems);
        long trials = trials("trials", r.trials(), DEFAULT_COALITION_TRIALS, MAX_TRIALS, problems);
        seed(r.seed(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        long seed = r.seed() != null ? r.seed() : FreshSeeds.next();
        return jobs.start(caller.name(), "coalition", stored, new CoalitionRequest(r.goal(), r.pool(), seed, trials), seed,
                FlippingCoalition.estimatedWork(trials),
                w -> FlippingCoalition.find(s, goal, pool, seed, trials, threads(), w));
    }

    public AnalysisService.Started sensitivity(Caller caller, String slug, SensitivityRequest request) {
        StoredScenario stored = scenarios.get(caller, slug);
        Scenario s = scenarios.engineScenario(caller, slug);
        SensitivityRequest r = request == null ? new SensitivityRequest(null, null, null, null) : request;
        List<Violation> problems = new ArrayList<>();
        String post = post(s, "post", r.post(), problems);
        if (post != null && r.candidate() != null && candidate(s, r.candidate()) == null) {
            problems.add(Violation.at("candidate", "no candidate with id " + r.candidate()));
        } else if (post != null && r.candidate() != null && !candidate(s, r.candidate()).postId().equals(post)) {
            problems.add(Violation.at("candidate", r.candidate() + " is not running for " + post));
        }
        long trials = trials("trials", r.trials(), DEFAULT_SENSITIVITY_TRIALS, MAX_SEARCH_TRIALS, problems);
        seed(r.seed(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        long seed = r.seed() != null ? r.seed() : FreshSeeds.next();
        return jobs.start(caller.name(), "sensitivity", stored, new SensitivityRequest(post, r.candidate(), seed, trials), seed,
                Sensitivity.estimatedWork(s, post, trials),
                w -> Sensitivity.run(s, post, r.candidate(), seed, trials, threads(), w));
    }

    public SwingList.Result swing(Caller caller, String slug, String post, Long trials, Long seed, String sort) {
        Scenario s = scenarios.engineScenario(caller, slug);
        List<Violation> problems = new ArrayList<>();
        String p = post(s, "post", post, problems);
        long n = trials("trials", trials, SwingList.DEFAULT_TRIALS, MAX_SEARCH_TRIALS, problems);
        seed(seed, problems);
        if (sort != null && !Set.of("pivotality", "closeness").contains(sort)) {
            problems.add(Violation.at("sort", "must be pivotality or closeness"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        long sd = seed != null ? seed : SwingList.DEFAULT_SEED;
        return jobs.runNow(w -> SwingList.of(s, p, sd, n, sort, threads(), w));
    }

    // ---- validation --------------------------------------------------------------------------------------------

    private static Candidate candidate(Scenario s, String id) {
        return s.candidates().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    private static String post(Scenario s, String field, String id, List<Violation> problems) {
        if (id == null || id.isBlank()) {
            problems.add(Violation.at(field, "required: the id of a post; known: " + postIds(s)));
            return null;
        }
        if (s.posts().stream().noneMatch(p -> p.id().equals(id))) {
            problems.add(Violation.at(field, "no post with id " + id + "; known: " + postIds(s)));
            return null;
        }
        return id;
    }

    private static List<String> postIds(Scenario s) {
        return s.posts().stream().map(Post::id).toList();
    }

    static Goal goal(Scenario s, GoalBody g, List<Violation> problems) {
        if (g == null) {
            problems.add(Violation.at("goal", "required: {post, candidate, aim}"));
            return null;
        }
        String post = post(s, "goal.post", g.post(), problems);
        Candidate c = null;
        if (g.candidate() == null || g.candidate().isBlank()) {
            problems.add(Violation.at("goal.candidate", "required: the id of a candidate"));
        } else {
            c = candidate(s, g.candidate());
            if (c == null) {
                problems.add(Violation.at("goal.candidate", "no candidate with id " + g.candidate()));
            } else if (post != null && !c.postId().equals(post)) {
                problems.add(Violation.at("goal.candidate", g.candidate() + " is not running for " + post
                        + " (runs for " + c.postId() + ")"));
                c = null;
            }
        }
        Goal.Aim aim = null;
        if (g.aim() == null) {
            problems.add(Violation.at("goal.aim", "required: elect or defeat"));
        } else {
            try {
                aim = Goal.Aim.valueOf(g.aim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(Violation.at("goal.aim", "must be elect or defeat"));
            }
        }
        return post != null && c != null && aim != null ? new Goal(post, c.id(), aim) : null;
    }

    static Integer budget(BudgetBody b, List<Violation> problems) {
        if (b == null) {
            problems.add(Violation.at("budget", "required: {delegations} or {costPerDelegation, total}"));
            return null;
        }
        boolean byCount = b.delegations() != null;
        boolean byCost = b.costPerDelegation() != null || b.total() != null;
        if (byCount && byCost) {
            problems.add(Violation.at("budget", "give either delegations, or costPerDelegation and total, not both"));
            return null;
        }
        if (byCount) {
            if (b.delegations() < 0) {
                problems.add(Violation.at("budget.delegations", "must be >= 0"));
                return null;
            }
            return b.delegations();
        }
        if (!byCost) {
            problems.add(Violation.at("budget", "required: {delegations} or {costPerDelegation, total}"));
            return null;
        }
        boolean ok = true;
        if (b.costPerDelegation() == null || !(b.costPerDelegation() > 0) || b.costPerDelegation().isInfinite()) {
            problems.add(Violation.at("budget.costPerDelegation", "must be a number > 0"));
            ok = false;
        }
        if (b.total() == null || !(b.total() >= 0) || b.total().isInfinite()) {
            problems.add(Violation.at("budget.total", "must be a number >= 0"));
            ok = false;
        }
        return ok ? (int) Math.min(Integer.MAX_VALUE, Math.floor(b.total() / b.costPerDelegation() + 1e-9)) : null;
    }

    static Lever lever(LeverBody l, List<Violation> problems) {
        if (l == null) {
            problems.add(Violation.at("lever", "required: {kind, strength}"));
            return null;
        }
        CampaignKind kind = null;
        if (l.kind() == null) {
            problems.add(Violation.at("lever.kind", "required: one of " + List.of(CampaignKind.values())));
        } else {
            try {
                kind = CampaignKind.valueOf(l.kind().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(Violation.at("lever.kind", "must be one of " + List.of(CampaignKind.values())));
            }
        }
        double strength = l.strength() == null ? 1.0 : l.strength();
        if (!(strength >= 0 && strength <= MAX_STRENGTH)) {
            problems.add(Violation.at("lever.strength", "must be in [0, " + (int) MAX_STRENGTH + "]"));
        }
        int days = l.daysBeforeVote() == null ? DEFAULT_DAYS_BEFORE_VOTE : l.daysBeforeVote();
        if (days < 0 || days > 365) {
            problems.add(Violation.at("lever.daysBeforeVote", "must be between 0 and 365"));
        }
        return kind != null && strength >= 0 && strength <= MAX_STRENGTH && days >= 0 && days <= 365
                ? new Lever(kind, strength, days) : null;
    }

    static List<String> pool(Scenario s, PoolBody p, List<Violation> problems) {
        Set<Region> regions = new HashSet<>();
        Set<String> blocs = new HashSet<>();
        Set<String> excluded = new HashSet<>();
        Set<String> knownBlocs = new LinkedHashSet<>();
        Set<String> codes = new HashSet<>();
        for (Delegation d : s.delegations()) {
            knownBlocs.addAll(d.blocs());
            codes.add(d.code());
        }
        if (p != null) {
            List<String> rs = p.regions() == null ? List.of() : p.regions();
            for (int i = 0; i < rs.size(); i++) {
                try {
                    regions.add(Region.valueOf(String.valueOf(rs.get(i)).toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problems.add(Violation.at("pool.regions[" + i + "]", "no region " + rs.get(i) + "; known: "
                            + List.of(Region.values())));
                }
            }
            List<String> bs = p.blocs() == null ? List.of() : p.blocs();
            for (int i = 0; i < bs.size(); i++) {
                if (!knownBlocs.contains(bs.get(i))) {
                    problems.add(Violation.at("pool.blocs[" + i + "]", "no delegation of this scenario is in bloc "
                            + bs.get(i)));
                } else {
                    blocs.add(bs.get(i));
                }
            }
            List<String> xs = p.exclude() == null ? List.of() : p.exclude();
            for (int i = 0; i < xs.size(); i++) {
                if (!codes.contains(xs.get(i))) {
                    problems.add(Violation.at("pool.exclude[" + i + "]", "no delegation with code " + xs.get(i)));
                } else {
                    excluded.add(xs.get(i));
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (Delegation d : s.delegations()) {
            boolean inRegion = regions.isEmpty() || regions.contains(d.region());
            boolean inBloc = blocs.isEmpty() || d.blocs().stream().anyMatch(blocs::contains);
            if (inRegion && inBloc && !excluded.contains(d.code())) {
                out.add(d.code());
            }
        }
        if (out.isEmpty() && problems.isEmpty()) {
            // Nothing to choose from: a search would "stop on its budget" having chosen nothing.
            problems.add(Violation.at("pool", "leaves no delegation to target (regions, blocs and exclude together "
                    + "rule out all " + s.delegations().size() + "); widen it"));
        }
        return out;
    }

    private static long trials(String field, Long value, long dflt, long max, List<Violation> problems) {
        long n = value == null ? dflt : value;
        if (n < MIN_TRIALS || n > max) {
            problems.add(Violation.at(field, "must be between " + MIN_TRIALS + " and " + max));
        }
        return n;
    }

    private static void seed(Long seed, List<Violation> problems) {
        if (seed != null && seed < 0) {
            problems.add(Violation.at("seed", "must be >= 0"));
        }
    }
}
