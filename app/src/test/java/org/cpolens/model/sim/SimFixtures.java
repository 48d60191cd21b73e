package org.cpolens.model.sim;

import org.cpolens.io.Catalogs;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.io.YamlDoc;
import org.cpolens.model.pipeline.Analysis;

/** Small scenarios built from YAML text, so the tests run through the same loader as users do. */
final class SimFixtures {
    static final Catalogs CATALOG = Catalogs.bundled();

    private SimFixtures() {
    }

    /**
     * 512 x 800G endpoints on TH5 64 x 800G, 2 tiers: 16 leaves and 8 spines (the builder's shape),
     * all links optical; the three architectures of the serviceability comparison.
     */
    static ReliabilityInputs small(String reliabilitySection) {
        String yaml = """
                name: small
                cluster:
                  endpoints: 512
                  endpointGbps: 800
                  accelerators: 2048
                fabric:
                  switch: tomahawk5-64x800g
                  tiers: 2
                architectures:
                  - pluggable-dsp-800g
                  - cpo-bailly-800g
                  - cpo-embedded-laser-800g
                """ + (reliabilitySection == null ? "" : reliabilitySection);
        return Analysis.reliabilityInputs(ScenarioLoader.parse(YamlDoc.parse("small.yaml", yaml), CATALOG));
    }

    static ReliabilityInputs small() {
        return small(null);
    }

    static ReliabilityInputs bundled(String name) {
        return Analysis.reliabilityInputs(ScenarioLoader.load(name, CATALOG));
    }
}
