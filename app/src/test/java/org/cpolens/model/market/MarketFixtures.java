package org.cpolens.model.market;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cpolens.io.Catalogs;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.model.pipeline.Analysis;
import org.cpolens.model.scenario.Scenario;

/** Loads the bundled golden scenario, or a copy of it with a market: section appended. */
final class MarketFixtures {
    static final Catalogs CATALOG = Catalogs.bundled();

    private MarketFixtures() {
    }

    static MarketInputs defaults() {
        return Analysis.marketInputs(ScenarioLoader.load(ScenarioLoader.DEFAULT_SCENARIO, CATALOG));
    }

    static String golden() {
        try (InputStream in = MarketFixtures.class.getResourceAsStream("/scenarios/broadcom-32k.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The golden scenario with {@code marketYaml} appended (a top-level market: section). */
    static Path scenarioWith(Path dir, String marketYaml) {
        try {
            Path p = dir.resolve("s.yaml");
            Files.writeString(p, golden() + "\n" + marketYaml + "\n");
            return p;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Scenario load(Path p) {
        return ScenarioLoader.load(p.toString(), CATALOG);
    }

    static MarketInputs parse(Path dir, String marketYaml) {
        return Analysis.marketInputs(load(scenarioWith(dir, marketYaml)));
    }
}
