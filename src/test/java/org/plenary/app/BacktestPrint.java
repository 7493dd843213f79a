package org.plenary.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.plenary.app.backtest.BacktestService;
import org.plenary.engine.model.Scenario;
import org.plenary.scenario.ScenarioCodec;
import org.plenary.scenario.ScenarioParser;

/** Prints the backtest for calibration work: {@code java ... org.plenary.app.BacktestPrint}. Not a test. */
public final class BacktestPrint {
    public static void main(String[] args) throws Exception {
        Map<String, Scenario> engine = new LinkedHashMap<>();
        for (String slug : new String[] {"interpol-2016-bali", "interpol-2018-dubai", "interpol-2021-istanbul"}) {
            byte[] bytes = Files.readAllBytes(Path.of("scenarios", slug + ".yaml"));
            var tree = ScenarioCodec.read(bytes, ScenarioParser.Syntax.YAML, s -> java.util.Optional.empty()).tree();
            var model = tree.with("model");
            for (String name : System.getProperties().stringPropertyNames()) {
                if (name.startsWith("model.receptiveness.")) {
                    model.with("receptiveness").put(name.substring(20), Double.parseDouble(System.getProperty(name)));
                } else if (name.startsWith("model.")) {
                    model.put(name.substring(6), Double.parseDouble(System.getProperty(name)));
                }
            }
            engine.put(slug, ScenarioCodec.accept(tree, org.plenary.scenario.SourceLocations.none()).toEngine());
        }
        Object report = BacktestServiceAccess.compute(engine);
        System.out.println(new ObjectMapper(new YAMLFactory()).writeValueAsString(report));
    }
}
