package org.plenary.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.plenary.engine.model.Delegation;
import org.plenary.engine.model.Scenario;
import org.plenary.scenario.ScenarioDocument;
import org.plenary.scenario.ScenarioMapper;

/** The scenarios the benchmarks run: the bundled 2021 Istanbul assembly, and larger synthetic copies of it. */
public final class BenchScenarios {
    public static final String ISTANBUL = "interpol-2021-istanbul";

    private BenchScenarios() {
    }

    /**
     * A bundled scenario by slug, read from {@code scenarios/} under the working directory, or the directory named by
     * the system property {@code plenary.scenarios} (JMH forks keep the working directory, so the default works from
     * the repository root).
     */
    public static Scenario bundled(String slug) {
        Path dir = Path.of(System.getProperty("plenary.scenarios", "scenarios"));
        try {
            byte[] yaml = Files.readAllBytes(dir.resolve(slug + ".yaml"));
            ScenarioDocument doc = new ObjectMapper(new YAMLFactory()).readValue(yaml, ScenarioDocument.class);
            return ScenarioMapper.toEngine(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario " + slug + " from " + dir.toAbsolutePath(), e);
        }
    }

    public static Scenario istanbul() {
        return bundled(ISTANBUL);
    }

    /**
     * The 2021 assembly with its delegations repeated until there are {@code size} of them, with the same posts,
     * candidates and campaigns: for measuring how a trial's cost grows with the electorate. The first 195 are the
     * real ones; each copy gets a numbered code and the original's region, alignment, attendance and voting rights,
     * but no blocs: bloc partners are listed per delegation (for the campaigns' spillover), and copies in the same
     * blocs would make those lists grow with the square of the assembly.
     */
    public static Scenario scaled(Scenario base, int size) {
        List<Delegation> src = base.delegations();
        List<Delegation> ds = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Delegation d = src.get(i % src.size());
            int copy = i / src.size();
            ds.add(copy == 0 ? d : new Delegation(d.code() + "#" + copy, d.name(), d.region(), List.of(),
                    d.votingRights(), d.attendance(), d.alignment()));
        }
        return new Scenario(base.slug() + "-x" + size, base.title(), base.year(), ds, base.posts(), base.sitting(),
                base.candidates(), base.campaigns(), base.model());
    }
}
