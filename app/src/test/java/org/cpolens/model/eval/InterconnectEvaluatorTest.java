package org.cpolens.model.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cpolens.io.CatalogLoader;
import org.cpolens.model.catalog.Catalog;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.fabric.FabricRequest;
import org.cpolens.model.fabric.HostLink;
import org.cpolens.model.scenario.ClusterSpec;
import org.cpolens.model.scenario.Scenario;
import org.junit.jupiter.api.Test;

class InterconnectEvaluatorTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();

    private static Scenario scenario(long endpoints, HostLink link, String... ids) {
        List<OpticsArchitecture> archs = java.util.Arrays.stream(ids).map(id -> CATALOG.architecture(id).orElseThrow()).toList();
        var sw = CATALOG.switchSystem("tomahawk5-64x800g").orElseThrow();
        return new Scenario("t", "", new ClusterSpec(endpoints, 800, endpoints, 0), sw,
                new FabricRequest(endpoints, 64, 800, 0, 1.0, link), archs);
    }

    @Test
    void cpoKeepsTheBaselinesHostSide() {
        Evaluation e = InterconnectEvaluator.standard().evaluate(scenario(2048, HostLink.OPTICAL,
                "pluggable-dsp-800g", "cpo-bailly-800g"));
        ArchitectureResult p = e.baseline();
        ArchitectureResult c = e.architecture("cpo-bailly-800g").orElseThrow();
        // 2-tier, 2,048 hosts: 2,048 host links + 2,048 leaf-spine links -> 6,144 switch ends
        assertThat(c.switchSidePorts()).isEqualTo(6144);
        assertThat(c.hostOpticsW()).isCloseTo(p.hostOpticsW(), within(1e-9));
        assertThat(c.switchOpticsW()).isCloseTo(6144 * 5.5, within(1e-9));
        // lasers: CPO 1 per port on the switch side, external modules of 8 ports; host side keeps 4 per module
        assertThat(c.lasers()).isEqualTo(6144 + 2048 * 4);
        assertThat(c.laserModules()).isEqualTo(6144 / 8);
        assertThat(p.laserModules()).isZero();
        // the extra-accelerators figure needs watts per accelerator
        assertThat(c.extraAcceleratorsAtSamePower()).isEqualTo(-1);
    }

    @Test
    void copperHostLinksLeaveOnlySwitchToSwitchOptics() {
        Evaluation e = InterconnectEvaluator.standard().evaluate(scenario(2048, HostLink.COPPER,
                "pluggable-dsp-800g", "cpo-bailly-800g"));
        assertThat(e.baseline().hostSideModules()).isZero();
        assertThat(e.baseline().switchSidePorts()).isEqualTo(4096);
        // with no host-side pluggables left, CPO's saving is the full per-port saving
        ArchitectureResult c = e.architecture("cpo-bailly-800g").orElseThrow();
        assertThat(1 - c.opticsPowerW() / e.baseline().opticsPowerW()).isCloseTo(1 - 5.5 / 16.93, within(1e-9));
    }

    @Test
    void portSpeedMismatchRescalesAtEqualEnergyPerBit() {
        Evaluation e = InterconnectEvaluator.standard().evaluate(scenario(64, HostLink.OPTICAL,
                "pluggable-dsp-800g", "cpo-nvidia-photonics-1600g"));
        ArchitectureResult n = e.architecture("cpo-nvidia-photonics-1600g").orElseThrow();
        // 9 W per 1.6T = 4.5 W per 800G port; 2 lasers per 1.6T = 1 per 800G; 4 ports per ELS at 1.6T = 8 at 800G
        assertThat(n.switchOpticsW()).isCloseTo(64 * 4.5, within(1e-9));
        assertThat(n.laserModules()).isEqualTo(8);
    }

    @Test
    void tierPowerAddsUpToTheTotal() {
        Evaluation e = InterconnectEvaluator.standard().evaluate(scenario(8192, HostLink.OPTICAL,
                "pluggable-dsp-800g", "lpo-800g", "cpo-bailly-800g"));
        for (ArchitectureResult r : e.architectures()) {
            double sum = r.tiers().stream().mapToDouble(TierPower::totalW).sum();
            assertThat(sum).isCloseTo(r.networkPowerW(), within(1e-6));
            long ports = r.tiers().stream().filter(t -> !t.tier().equals("host")).mapToLong(TierPower::opticalPorts).sum();
            assertThat(ports).isEqualTo(r.switchSidePorts());
        }
    }
}
