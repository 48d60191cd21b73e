package org.cpolens.model.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FabricDemandTest {
    /**
     * broadcom-32k (figures.md s2): 3-tier TH5 fabric, 8,192 x 800G endpoints: 8,192 host-leaf +
     * 2 x 8,192 leaf-spine + 2 x 8,192 spine-core switch ends = 40,960 switch-side ports for 32,768 GPUs.
     */
    @Test
    void goldenScenarioGives40960PortsFor32768Accelerators() {
        FabricDemand d = MarketFixtures.defaults().demand();
        assertThat(d.switchSidePorts()).isEqualTo(40_960);
        assertThat(d.accelerators()).isEqualTo(32_768);
        assertThat(d.portsPerAccelerator()).isEqualTo(1.25);
        assertThat(d.architectureId()).isEqualTo("cpo-bailly-800g");
        // Bailly: 8 x 6.4T engines for 64 x 800G ports -> 1/8 engine per port; 1 laser per port, 8 ports per ELS
        assertThat(d.enginesPerPort()).isEqualTo(0.125);
        assertThat(d.lasers(1000)).isEqualTo(1000);
        assertThat(d.laserSourceModules(1000)).isEqualTo(125);
        assertThat(d.laserModules()).isEqualTo(40_960 / 8);
    }

    /** Ports per accelerator follow the fabric: the same cluster in 2 tiers (leaf-spine) needs 3 ends per endpoint. */
    @Test
    void aFlatterFabricNeedsFewerPortsPerAccelerator(@TempDir Path dir) {
        String twoTier = MarketFixtures.golden().replace("endpoints: 8192 ", "endpoints: 2048 ")
                .replace("accelerators: 32768", "accelerators: 8192").replace("tiers: 3", "tiers: 2");
        try {
            java.nio.file.Files.writeString(dir.resolve("two.yaml"), twoTier);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        MarketInputs in = org.cpolens.model.pipeline.Analysis.marketInputs(MarketFixtures.load(dir.resolve("two.yaml")));
        // 2,048 host-leaf + 2 x 2,048 leaf-spine switch ends = 6,144 ports for 8,192 accelerators
        assertThat(in.demand().switchSidePorts()).isEqualTo(6_144);
        assertThat(in.demand().portsPerAccelerator()).isCloseTo(0.75, within(1e-12));
    }
}
