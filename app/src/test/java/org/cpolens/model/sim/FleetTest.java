package org.cpolens.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Component counts follow from the fabric and the architecture records. */
class FleetTest {
    private static long count(List<ComponentClass> cs, FaultKind kind) {
        return cs.stream().filter(c -> c.kind() == kind).mapToLong(ComponentClass::count).sum();
    }

    private static List<ComponentClass> fleet(ReliabilityInputs in, String id) {
        return Fleet.of(in, in.architectures().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow());
    }

    /**
     * Golden counts of the Broadcom 32k reconstruction (reference/figures.md s2): 640 switches,
     * 40,960 switch-side ports, 8,192 host-side ends, 49,152 pluggable modules in all. Bailly: 8 ports
     * of 800G per 6.4T engine -> 5,120 engines; 8 ports per laser source module -> 5,120 modules;
     * the embedded-laser variant carries 1 laser per port -> 40,960 lasers. 24,576 fiber links,
     * 8,192 NICs (one per host port).
     */
    @Test
    void broadcom32kCountsMatchTheReconstruction() {
        ReliabilityInputs in = SimFixtures.bundled("broadcom-32k");
        List<ComponentClass> pluggable = fleet(in, "pluggable-dsp-800g");
        assertThat(count(pluggable, FaultKind.PLUGGABLE_MODULE)).isEqualTo(49_152);
        assertThat(count(pluggable, FaultKind.SWITCH_SYSTEM)).isEqualTo(640);
        assertThat(count(pluggable, FaultKind.FIBER_LINK)).isEqualTo(24_576);
        assertThat(count(pluggable, FaultKind.NIC)).isEqualTo(8_192);
        assertThat(count(pluggable, FaultKind.OPTICAL_ENGINE)).isZero();

        List<ComponentClass> bailly = fleet(in, "cpo-bailly-800g");
        assertThat(count(bailly, FaultKind.PLUGGABLE_MODULE)).isEqualTo(8_192);
        assertThat(count(bailly, FaultKind.OPTICAL_ENGINE)).isEqualTo(5_120);
        assertThat(count(bailly, FaultKind.LASER_SOURCE_MODULE)).isEqualTo(5_120);
        assertThat(count(bailly, FaultKind.LASER)).isZero();
        assertThat(bailly.stream().filter(c -> c.kind() == FaultKind.LASER_SOURCE_MODULE))
                .allMatch(c -> c.part() == Part.LASER_SOURCE_MODULE && !c.drainOnRepair())
                // 8 lasers x 50 FIT + 100 FIT for the module's own parts
                .allMatch(c -> Math.abs(c.fit() - 500) < 1e-9);

        List<ComponentClass> embedded = fleet(in, "cpo-embedded-laser-800g");
        assertThat(count(embedded, FaultKind.LASER)).isEqualTo(40_960);
        assertThat(count(embedded, FaultKind.LASER_SOURCE_MODULE)).isZero();
        assertThat(embedded.stream().filter(c -> c.kind() == FaultKind.LASER))
                .allMatch(c -> c.part() == Part.SWITCH && c.drainOnRepair());
    }

    @Test
    void copperHostLinksCarryNoOpticsAndFabricFaultsAreMarkedAboveTheLeaf() {
        ReliabilityInputs in = SimFixtures.bundled("llama3-405b");
        List<ComponentClass> pluggable = fleet(in, "pluggable-dsp-800g");
        // 16,384 x 400G endpoints, radix 64, 3 tiers: 512 leaves, 512 spines, 256 cores;
        // 2 x 16,384 switch-to-switch links -> 65,536 module ends; host links are copper
        assertThat(count(pluggable, FaultKind.PLUGGABLE_MODULE)).isEqualTo(65_536);
        assertThat(count(pluggable, FaultKind.COPPER_CABLE)).isEqualTo(16_384);
        assertThat(count(pluggable, FaultKind.FIBER_LINK)).isEqualTo(32_768);
        assertThat(count(pluggable, FaultKind.SWITCH_SYSTEM)).isEqualTo(1_280);
        assertThat(pluggable).filteredOn(c -> c.kind() == FaultKind.PLUGGABLE_MODULE).allMatch(ComponentClass::fabricLevel);
        assertThat(pluggable).filteredOn(c -> c.id().equals("switchSystem.leaf")).singleElement()
                .matches(c -> !c.fabricLevel() && c.count() == 512);
        // 400G ports: a 6.4T engine carries 16 of them, so 65,536 ports -> 4,096 engines
        assertThat(count(fleet(in, "cpo-bailly-800g"), FaultKind.OPTICAL_ENGINE)).isEqualTo(4_096);
        // a leaf's engines serve uplinks only (host links are copper): the fault is fabric-level,
        // but replacing the leaf cuts its hosts off, so the drain is host-level
        assertThat(fleet(in, "cpo-bailly-800g")).filteredOn(c -> c.id().equals("opticalEngine.leaf")).singleElement()
                .matches(c -> c.fabricLevel() && !c.drainFabricLevel() && c.drainOnRepair());
        assertThat(fleet(SimFixtures.bundled("broadcom-32k"), "cpo-bailly-800g"))
                .filteredOn(c -> c.id().equals("opticalEngine.leaf")).singleElement()
                .matches(c -> !c.fabricLevel() && !c.drainFabricLevel());
    }
}
