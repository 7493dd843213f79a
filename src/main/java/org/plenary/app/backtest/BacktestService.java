package org.plenary.app.backtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.plenary.app.access.Caller;
import org.plenary.app.JobPool;
import org.plenary.app.ScenarioService;
import org.plenary.app.StoredScenario;
import org.plenary.engine.EngineInfo;
import org.plenary.engine.model.Campaign;
import org.plenary.engine.model.Scenario;
import org.plenary.engine.montecarlo.Arm;
import org.plenary.engine.montecarlo.CandidateResult;
import org.plenary.engine.montecarlo.Comparison;
import org.plenary.engine.montecarlo.Difference;
import org.plenary.engine.montecarlo.MonteCarlo;
import org.plenary.engine.montecarlo.PostResult;
import org.plenary.engine.montecarlo.RoundShares;
import org.plenary.engine.montecarlo.RunSettings;
import org.plenary.engine.montecarlo.ShareSummary;
import org.plenary.engine.montecarlo.SimulationResult;

/**
 * Runs the historical scenarios with the model's default parameters and the default seed, and sets the
 * results beside what really happened. The report is computed once per set of scenario versions and kept.
 */
@ApplicationScoped
public class BacktestService {

    /** The default seed of the backtest: fixed, so the published table can be reproduced exactly. */
    public static final long SEED = 2026;
    public static final long TRIALS = 20_000;

    @Inject
    ScenarioService scenarios;

    @Inject
    JobPool pool;

    private final Map<String, BacktestReport> cache = new HashMap<>();

    public synchronized BacktestReport report() {
        Set<String> slugs = new LinkedHashSet<>();
        BacktestCatalog.RACES.forEach(r -> slugs.add(r.scenario()));
        StringBuilder key = new StringBuilder(EngineInfo.VERSION);
        Map<String, Scenario> engine = new HashMap<>();
        // The races are bundled scenarios, which are public: read them as anyone would.
        for (String slug : slugs) {
            StoredScenario s = scenarios.get(Caller.ANONYMOUS, slug);
            key.append('|').append(s.contentHash());
            engine.put(slug, scenarios.engineScenario(Caller.ANONYMOUS, slug));
        }
        BacktestReport cached = cache.get(key.toString());
        if (cached != null) {
            return cached;
        }
        Future<BacktestReport> job = pool.submit(() -> compute(engine));
        try {
            BacktestReport report = job.get();
            cache.clear();
            cache.put(key.toString(), report);
            return report;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the backtest failed", e.getCause());
        }
    }

    static BacktestReport compute(Map<String, Scenario> engine) {
        RunSettings settings = RunSettings.of(SEED, TRIALS);
        Map<String, SimulationResult> results = new HashMap<>();
        engine.forEach((slug, s) -> results.put(slug, MonteCarlo.run(s, settings)));
        List<BacktestReport.RaceCheck> races = new ArrayList<>();
        for (HistoricalRace race : BacktestCatalog.RACES) {
            races.add(check(race, results.get(race.scenario()).post(race.post())));
        }
        List<BacktestReport.CampaignCheck> campaigns = new ArrayList<>();
        Scenario dubai = engine.get("interpol-2018-dubai");
        if (dubai != null) {
            campaigns.add(campaignCheck(dubai, Set.of(), "the campaign against Prokopchuk (all 2018 campaigns)",
                    "president", "prokopchuk", settings));
        }
        Scenario istanbul = engine.get("interpol-2021-istanbul");
        if (istanbul != null) {
            Set<String> counter = new LinkedHashSet<>();
            for (Campaign c : istanbul.campaigns()) {
                if (c.kind() == org.plenary.engine.model.CampaignKind.COUNTER_LOBBYING) {
                    counter.add(c.id());
                }
            }
            campaigns.add(campaignCheck(istanbul, counter,
                    "the letters, statement and report against Hu Binchen (China's canvassing kept in both arms)",
                    "delegate-asia", "hu-binchen", settings));
        }
        return new BacktestReport(EngineInfo.VERSION, SEED, TRIALS, races, campaigns);
    }

    private static BacktestReport.RaceCheck check(HistoricalRace race, PostResult post) {
        List<BacktestReport.WinnerCheck> winners = new ArrayList<>();
        for (String id : race.winners()) {
            CandidateResult c = post.candidates().stream().filter(x -> x.candidateId().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("backtest names unknown candidate " + id));
            winners.add(new BacktestReport.WinnerCheck(c.candidateId(), c.name(), c.winProbability(),
                    new double[] {c.win95().low(), c.win95().high()}));
        }
        List<CandidateResult> ranked = post.candidates().stream()
                .sorted((a, b) -> Double.compare(b.winProbability(), a.winProbability())).toList();
        Set<String> top = new LinkedHashSet<>();
        int seats = race.winners().size();
        for (int i = 0; i < Math.min(seats, ranked.size()); i++) {
            top.add(ranked.get(i).candidateId());
        }
        boolean favourite = top.containsAll(race.winners());
        Double simulatedShare = null;
        Double reached = null;
        if (race.decidingRound() > 0) {
            for (RoundShares r : post.rounds()) {
                if (r.round() == race.decidingRound()) {
                    reached = r.probabilityReached();
                    for (ShareSummary s : r.candidates()) {
                        if (s.candidateId().equals(race.winners().get(0))) {
                            simulatedShare = s.mean();
                        }
                    }
                }
            }
            if (reached == null) {
                reached = 0.0;
            }
        }
        return new BacktestReport.RaceCheck(race.scenario(), race.post(), race.title(), winners,
                ranked.get(0).name(), favourite, race.decidingRound(),
                Double.isNaN(race.knownShare()) ? null : race.knownShare(), simulatedShare, reached,
                race.knownFigures());
    }

    private static BacktestReport.CampaignCheck campaignCheck(Scenario s, Set<String> baselineCampaigns,
                                                              String description, String post, String candidate,
                                                              RunSettings settings) {
        Set<String> all = new LinkedHashSet<>();
        s.campaigns().forEach(c -> all.add(c.id()));
        Comparison c = MonteCarlo.compare(List.of(new Arm("without", s, baselineCampaigns), new Arm("with", s, all)),
                settings);
        double without = winProbability(c.arm("without"), post, candidate);
        double with = winProbability(c.arm("with"), post, candidate);
        Difference d = c.difference("with", candidate);
        return new BacktestReport.CampaignCheck(s.slug(), description, candidate, without, with, d.difference(),
                new double[] {d.ci95().low(), d.ci95().high()});
    }

    private static double winProbability(SimulationResult r, String post, String candidate) {
        return r.post(post).candidates().stream().filter(x -> x.candidateId().equals(candidate)).findFirst()
                .orElseThrow().winProbability();
    }
}
