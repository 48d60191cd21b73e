package org.cpolens.model.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cpolens.io.CatalogLoader;
import org.cpolens.model.catalog.Catalog;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.fabric.FabricRequest;
import org.cpolens.model.fabric.HostLink;
import org.cpolens.model.fabric.ClusterSpec;
import org.junit.jupiter.api.Test;

class InterconnectEvaluatorTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();

    private static Interconnect scenario(long endpoints, HostLink link, String... ids) {
        List<OpticsArchitecture> archs = java.util.Arrays.stream(ids).map(id -> CATALOG.architecture(id).orElseThrow()).toList();
        var sw = CATALOG.switchSystem("tomahawk5-64x800g").orElseThrow();
        return new Interconnect("t", "", new ClusterSpec(endpoints, 800, endpoints, 0), sw,
                new FabricRequest(endpoints, 64, 800, 0, 1.0, link), archs, CATALOG.faceplateWidthMm());
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
        double cpoW = CATALOG.architecture("cpo-bailly-800g").orElseThrow()
                .value(org.cpolens.model.catalog.ArchitectureFigure.SWITCH_PORT_WATTS);
        double pluggableW = CATALOG.architecture("pluggable-dsp-800g").orElseThrow()
                .value(org.cpolens.model.catalog.ArchitectureFigure.SWITCH_PORT_WATTS);
        assertThat(1 - c.opticsPowerW() / e.baseline().opticsPowerW()).isCloseTo(1 - cpoW / pluggableW, within(1e-9));
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

    /** The bill of materials is the kernel's breakdown: its lines add up to every total. */
    @Test
    void billOfMaterialsLinesAddUpToTheTotals() {
        Evaluation e = InterconnectEvaluator.standard().evaluate(scenario(8192, HostLink.OPTICAL,
                "pluggable-dsp-800g", "lpo-800g", "npo-800g", "cpo-bailly-800g", "cpo-nvidia-photonics-1600g"));
        for (ArchitectureResult r : e.architectures()) {
            BillOfMaterials b = r.bom();
            assertThat(b.lines().stream().mapToDouble(BomLine::opticsW).sum()).as(r.id())
                    .isCloseTo(r.opticsPowerW(), within(1e-6));
            assertThat(b.lines().stream().mapToDouble(BomLine::laserW).sum()).isCloseTo(r.laserW(), within(1e-6));
            assertThat(b.lines().stream().mapToDouble(BomLine::capexUsd).sum()).isCloseTo(r.capexUsd(), within(1e-6));
            assertThat(b.ends(OpticsLayer.SWITCH)).isEqualTo(r.switchSidePorts());
            assertThat((long) b.lines().stream().mapToDouble(BomLine::lasers).sum()).isEqualTo(r.lasers());
            assertThat((long) b.lines().stream().mapToDouble(BomLine::laserModules).sum()).isEqualTo(r.laserModules());
            assertThat((long) b.lines().stream().mapToDouble(BomLine::engines).sum()).isEqualTo(r.engines());
            assertThat(b.switchCount()).isEqualTo(e.fabric().switchCount());
            assertThat(b.fibers()).isEqualTo(e.fabric().links());
        }
    }

    /**
     * Engines and laser modules by hand for 2,048 hosts on 64 x 800G (2 tiers: 64 leaves, 32 spines):
     * the leaf carries 2,048 host ends + 2,048 uplink ends = 4,096 ports, the spine 2,048. Bailly's
     * 6.4T engines hold 8 x 800G ports: 512 + 256 = 768 engines; one 8-port laser module per 8
     * ports: 768 modules; one FAU per engine: 768. NVIDIA's 3.2T engines hold 4 x 800G ports:
     * 1,024 + 512 = 1,536 engines; its laser modules feed 4 x 1.6T = 8 x 800G ports: 768; its 2 W
     * laser per 1.6T port is 1 W per 800G: 6,144 W of external laser power.
     */
    @Test
    void enginesAndLaserModulesPerTierByHand() {
        Evaluation e = InterconnectEvaluator.standard().evaluate(scenario(2048, HostLink.OPTICAL,
                "pluggable-dsp-800g", "cpo-bailly-800g", "cpo-nvidia-photonics-1600g"));
        ArchitectureResult b = e.architecture("cpo-bailly-800g").orElseThrow();
        assertThat(b.bom().lines(OpticsLayer.SWITCH)).extracting(BomLine::engines).containsExactly(512.0, 256.0);
        assertThat(b.bom().own(BomLine::engines)).isEqualTo(768);
        assertThat(b.bom().own(BomLine::laserModules)).isEqualTo(768);
        assertThat(b.bom().own(BomLine::faus)).isEqualTo(768);
        // the host side stays the baseline's 2,048 pluggable modules, each its own engine
        assertThat(b.bom().lines(OpticsLayer.NIC)).singleElement().satisfies(l -> {
            assertThat(l.architectureId()).isEqualTo("pluggable-dsp-800g");
            assertThat(l.engines()).isEqualTo(2048);
        });
        assertThat(b.engines()).isEqualTo(768 + 2048);
        ArchitectureResult n = e.architecture("cpo-nvidia-photonics-1600g").orElseThrow();
        assertThat(n.bom().own(BomLine::engines)).isEqualTo(1536);
        assertThat(n.bom().own(BomLine::laserModules)).isEqualTo(768);
        assertThat(n.laserW()).isCloseTo(6144, within(1e-9));
    }
}
