package org.plenary.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.plenary.scenario.InvalidScenarioException;
import org.plenary.scenario.ScenarioCodec;
import org.plenary.scenario.ScenarioParser;
import org.plenary.scenario.Violation;

/**
 * Loads the bundled scenario files at start-up. A broken file never stops the service: it is skipped,
 * each error is logged as {@code file:line:column: path: reason}, and the report is served at
 * {@code GET /api/scenarios/load-report}. Forks ({@code base:} files) are loaded after their base.
 */
@ApplicationScoped
public class ScenarioLoader {

    private static final Logger LOG = Logger.getLogger(ScenarioLoader.class);

    @Inject
    ScenarioService scenarios;

    @Inject
    PlenaryConfig config;

    private final AtomicReference<LoadReport> lastReport = new AtomicReference<>(LoadReport.empty());

    void onStart(@Observes StartupEvent event) {
        if (config.scenarios().loadAtStart()) {
            load(Path.of(config.scenarios().dir()));
        }
    }

    public LoadReport lastReport() {
        return lastReport.get();
    }

    /** Loads every *.yaml, *.yml and *.json file of the directory; returns (and keeps) the report. */
    public synchronized LoadReport load(Path directory) {
        List<Path> files = listFiles(directory);
        Map<Path, LoadReport.FileResult> results = new LinkedHashMap<>();
        // Forks need their base in the database first; retry the ones whose base is not there yet.
        List<Path> pending = new ArrayList<>(files);
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            List<Path> retry = new ArrayList<>();
            for (Path file : pending) {
                LoadReport.FileResult result = loadOne(file);
                if (result == null) {
                    retry.add(file);
                } else {
                    results.put(file, result);
                    progress = true;
                }
            }
            if (retry.size() == pending.size()) {
                for (Path file : retry) {
                    results.put(file, loadOneFinal(file));
                }
                break;
            }
            pending = retry;
        }
        List<LoadReport.FileResult> ordered = files.stream().map(results::get).toList();
        LoadReport report = new LoadReport(directory.toString(), Instant.now(), ordered);
        lastReport.set(report);
        long failed = ordered.stream().filter(r -> r.status().equals("FAILED")).count();
        LOG.infof("Loaded scenario directory %s: %d files, %d failed", directory, ordered.size(), failed);
        return report;
    }

    /** null when the file is a fork whose base is not loaded yet (try again later in the pass). */
    private LoadReport.FileResult loadOne(Path file) {
        try {
            return attempt(file);
        } catch (InvalidScenarioException e) {
            if (isMissingBase(e)) {
                return null;
            }
            return failed(file, e.violations());
        }
    }

    private LoadReport.FileResult loadOneFinal(Path file) {
        try {
            return attempt(file);
        } catch (InvalidScenarioException e) {
            return failed(file, e.violations());
        }
    }

    private LoadReport.FileResult attempt(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return failed(file, List.of(Violation.at("", "the file could not be read")));
        }
        ScenarioParser.Syntax syntax = file.getFileName().toString().endsWith(".json")
                ? ScenarioParser.Syntax.JSON : ScenarioParser.Syntax.YAML;
        ScenarioCodec.Accepted accepted = ScenarioCodec.read(bytes, syntax, scenarios::bundledBase);
        ScenarioService.FileOutcome outcome;
        try {
            outcome = scenarios.upsertBundled(accepted, file.getFileName().toString());
        } catch (RuntimeException raced) {
            // Another instance on the same database stored this file at the same moment (unique slug, or the
            // version moved under us). Its write is there now: look again, which finds it unchanged.
            LOG.debugf("%s: raced with another instance (%s); retrying", file, raced.toString());
            outcome = scenarios.upsertBundled(accepted, file.getFileName().toString());
        }
        if (outcome == ScenarioService.FileOutcome.SKIPPED_SLUG_OWNED_BY_API) {
            LOG.warnf("%s: slug %s belongs to a scenario created over the API; the file is not loaded", file,
                    accepted.document().slug());
        }
        return new LoadReport.FileResult(file.getFileName().toString(), accepted.document().slug(), outcome.name(),
                List.of());
    }

    private static boolean isMissingBase(InvalidScenarioException e) {
        return e.violations().stream().anyMatch(v -> v.field().equals("base")
                && v.message().startsWith("no scenario with slug"));
    }

    private static LoadReport.FileResult failed(Path file, List<Violation> errors) {
        for (Violation v : errors) {
            LOG.errorf("%s:%d:%d: %s: %s", file, v.line(), v.column(), v.field().isEmpty() ? "(document)" : v.field(),
                    v.message());
        }
        return new LoadReport.FileResult(file.getFileName().toString(), null, "FAILED", errors);
    }

    private static List<Path> listFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            LOG.warnf("Scenario directory %s does not exist; no bundled scenarios loaded", directory);
            return List.of();
        }
        try (Stream<Path> s = Files.list(directory)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.(ya?ml|json)$"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            LOG.errorf("Scenario directory %s could not be listed", directory);
            return List.of();
        }
    }
}
