package org.cpolens.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.io.YamlDoc;
import org.cpolens.model.eval.BillOfMaterials;
import org.cpolens.model.eval.BomLine;
import org.cpolens.model.eval.OpticsLayer;
import org.cpolens.model.pipeline.Analysis;
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

    private static ReliabilityInputs twoTier(int endpoints, int gbps, String switchYaml, String extra) {
        return Analysis.reliabilityInputs(ScenarioLoader.parse(YamlDoc.parse("s.yaml", """
                name: speeds
                cluster: { endpoints: %d, endpointGbps: %d, accelerators: %d }
                fabric:
                  switch: %s
                  tiers: 2
                architectures: [pluggable-dsp-800g, cpo-bailly-800g, npo-800g]
                """.formatted(endpoints, gbps, endpoints, switchYaml) + extra), SimFixtures.CATALOG));
    }

    /**
     * The same 51.2T of fabric built from 800G ports (512 endpoints, 64 x 800G switches: 16 leaves, 8
     * spines, 1,536 optical ends) and from 400G ports (1,024 endpoints, 128 x 400G switches: 16 leaves,
     * 8 spines, 3,072 ends) needs the same 192 engines of 6.4T (1,536 x 800 / 6,400 = 3,072 x 400 /
     * 6,400). Each engine fails at the same rate at both speeds: 0.49929 FIT per Gb/s x 6,400 = 3,195.4
     * FIT (2.9957e9 / 15e6 / 400 per Gb/s, the 95% bound of the ~15 M port-hours), so the engines'
     * expected failures are equal. The per-port rate this replaced gave the 400G fabric twice as many.
     */
    @Test
    void aSixPointFourTEngineFailsAtTheSameRateAt400gAnd800gPorts() {
        ReliabilityInputs at800 = twoTier(512, 800, "tomahawk5-64x800g", "");
        ReliabilityInputs at400 = twoTier(1024, 400, """
                { id: th5-128x400g, name: TH5 128 x 400G, radix: 128, portGbps: 400, basePowerW: 913, rackUnits: 2 }""", "");
        for (String id : List.of("cpo-bailly-800g", "npo-800g")) {
            List<ComponentClass> e800 = fleet(at800, id).stream().filter(c -> c.kind() == FaultKind.OPTICAL_ENGINE).toList();
            List<ComponentClass> e400 = fleet(at400, id).stream().filter(c -> c.kind() == FaultKind.OPTICAL_ENGINE).toList();
            assertThat(e800.stream().mapToLong(ComponentClass::count).sum()).isEqualTo(192);
            assertThat(e400.stream().mapToLong(ComponentClass::count).sum()).isEqualTo(192);
            double perEngine = 2.995732e9 / 15e6 / 400 * 6400;
            assertThat(e800).allSatisfy(c -> assertThat(c.fit()).isCloseTo(perEngine, within(0.01)));
            assertThat(e400).allSatisfy(c -> assertThat(c.fit()).isCloseTo(perEngine, within(0.01)));
            double f800 = e800.stream().mapToDouble(ComponentClass::failuresPerHour).sum();
            double f400 = e400.stream().mapToDouble(ComponentClass::failuresPerHour).sum();
            assertThat(f400 / 192).isCloseTo(f800 / 192, within(1e-15));
            assertThat(f400).isCloseTo(f800, within(1e-15));
        }
    }

    /**
     * Repair paths: pluggable modules and external laser source modules are hot-swapped (no drain);
     * a CPO engine costs a switch, a near-packaged engine its own module, both with a drain; an
     * embedded laser goes with its engine's repair; dead switches, cables and NICs touch nothing healthy.
     */
    @Test
    void eachArchitectureGetsItsRepairPath() {
        ReliabilityInputs in = SimFixtures.bundled("broadcom-32k");
        assertThat(fleet(in, "pluggable-dsp-800g")).filteredOn(c -> c.kind() == FaultKind.PLUGGABLE_MODULE)
                .allMatch(c -> c.repair() == RepairPath.HOT_SWAP && !c.drainOnRepair());
        assertThat(fleet(in, "cpo-bailly-800g")).filteredOn(c -> c.kind() == FaultKind.OPTICAL_ENGINE)
                .allMatch(c -> c.repair() == RepairPath.SWITCH_REPLACEMENT && c.part() == Part.SWITCH && c.drainOnRepair());
        assertThat(fleet(in, "cpo-bailly-800g")).filteredOn(c -> c.kind() == FaultKind.LASER_SOURCE_MODULE)
                .isNotEmpty().allMatch(c -> c.repair() == RepairPath.HOT_SWAP && c.part() == Part.LASER_SOURCE_MODULE);
        List<ComponentClass> npo = fleet(in, "npo-800g");
        assertThat(npo).filteredOn(c -> c.kind() == FaultKind.OPTICAL_ENGINE).isNotEmpty()
                .allMatch(c -> c.repair() == RepairPath.BOARD_REPAIR && c.part() == Part.ENGINE_MODULE && c.drainOnRepair())
                .allMatch(c -> c.rateBasis().equals("upper bound (95%) of co-packaged field data, assumed for npo"));
        assertThat(npo).filteredOn(c -> c.kind() == FaultKind.LASER_SOURCE_MODULE).isNotEmpty()
                .allMatch(c -> c.repair() == RepairPath.HOT_SWAP);
        assertThat(fleet(in, "cpo-embedded-laser-800g")).filteredOn(c -> c.kind() == FaultKind.LASER)
                .allMatch(c -> c.repair() == RepairPath.SWITCH_REPLACEMENT);
        assertThat(fleet(in, "cpo-bailly-800g")).filteredOn(c -> c.kind() == FaultKind.SWITCH_SYSTEM
                        || c.kind() == FaultKind.FIBER_LINK || c.kind() == FaultKind.NIC)
                .allMatch(c -> c.repair() == RepairPath.REPLACE_FAILED);
    }

    /** LPO modules fail at the DSP module's rate / 3 (Broadcom's ~3x MTTF, secondary). */
    @Test
    void lpoModulesLiveThreeTimesAsLongAsDspModules() {
        ReliabilityInputs in = SimFixtures.bundled("broadcom-32k");
        ComponentClass dsp = fleet(in, "pluggable-dsp-800g").stream().filter(c -> c.kind() == FaultKind.PLUGGABLE_MODULE)
                .findFirst().orElseThrow();
        ComponentClass lpo = fleet(in, "lpo-800g").stream().filter(c -> c.kind() == FaultKind.PLUGGABLE_MODULE)
                .findFirst().orElseThrow();
        assertThat(dsp.fit()).isCloseTo(1e9 / 750_000, within(1e-6));
        assertThat(lpo.fit()).isCloseTo(dsp.fit() / 3, within(1e-6));
        assertThat(lpo.rateBasis()).contains("lpo factor (secondary)");
    }

    /**
     * Lines are read generically: a hand-made bill whose NIC side is co-packaged (as NIC-side CPO
     * will be) gets engines repaired with their host (a NIC replacement, nothing drained, host-level)
     * and external lasers hot-swapped, without any code naming that layout.
     */
    @Test
    void aCoPackagedNicLineIsReadLikeAnyOtherLine() {
        ReliabilityInputs small = SimFixtures.small();
        BillOfMaterials b = small.bom(small.architectures().get(1));
        List<BomLine> lines = new java.util.ArrayList<>(b.lines(OpticsLayer.SWITCH));
        // 512 NIC ports of 800G on 64 engines of 6.4T, one laser per port, 8 ports per laser module
        lines.add(new BomLine(OpticsLayer.NIC, "host", "cpo-bailly-800g", false, 512, 64, 512, 64, 64, 0, 0, 0));
        BillOfMaterials nicCpo = new BillOfMaterials(b.architectureId(), b.accelerators(), b.portGbps(), b.tierNames(),
                b.switches(), b.nics(), lines, b.links());
        java.util.Map<String, BillOfMaterials> boms = new java.util.HashMap<>(small.boms());
        boms.put(b.architectureId(), nicCpo);
        ReliabilityInputs in = new ReliabilityInputs("nic-cpo", small.accelerators(), small.baseline(), boms,
                small.settings());
        List<ComponentClass> cs = fleet(in, "cpo-bailly-800g");
        assertThat(cs).filteredOn(c -> c.id().equals("opticalEngine.hostSide")).singleElement()
                .matches(c -> c.count() == 64 && c.part() == Part.NIC && c.repair() == RepairPath.REPLACE_FAILED
                        && !c.fabricLevel() && Math.abs(c.fit() - 0.499289 * 6400) < 0.01);
        assertThat(cs).filteredOn(c -> c.id().equals("laserSourceModule.hostSide")).singleElement()
                .matches(c -> c.count() == 64 && c.repair() == RepairPath.HOT_SWAP && Math.abs(c.fit() - 500) < 1e-9);
        assertThat(cs).noneMatch(c -> c.id().equals("pluggableModule.hostSide"));
        assertThat(Fleet.flaps(in, in.architectures().get(1))).filteredOn(f -> f.id().equals("linkFlap.hostSide"))
                .singleElement().matches(f -> f.ends() == 512 && f.family() == org.cpolens.model.catalog.ArchitectureKind.CPO
                        && !f.fabricLevel());
    }

    /**
     * The scale-up layer of issue 13 flows through without code naming it: on rubin-ultra-cpo the
     * accelerators' co-packaged scale-up engines (3.2T, at the scale-up architecture's own 3.2T ports:
     * 0.49929 x 3,200 = 1,597.7 FIT each) are repaired with the accelerator, the scale-up switch's with
     * the switch (drained), their laser modules hot-swapped, and the scale-up cables cut a host off.
     */
    @Test
    void scaleUpLinesAreReadLikeAnyOtherLine() {
        ReliabilityInputs in = SimFixtures.bundled("rubin-ultra-cpo");
        List<ComponentClass> cs = fleet(in, in.architectures().get(0).id());
        assertThat(cs).filteredOn(c -> c.id().equals("opticalEngine.scaleUp.accelerator")).singleElement()
                .matches(c -> c.part() == Part.ACCELERATOR && c.repair() == RepairPath.REPLACE_FAILED && !c.fabricLevel()
                        && Math.abs(c.fit() - 2.995732e9 / 15e6 / 400 * 3200) < 0.01);
        assertThat(cs).filteredOn(c -> c.id().equals("opticalEngine.scaleUp.switch")).singleElement()
                .matches(c -> c.part() == Part.SWITCH && c.repair() == RepairPath.SWITCH_REPLACEMENT);
        assertThat(cs).filteredOn(c -> c.id().startsWith("laserSourceModule.scaleUp")).hasSize(2)
                .allMatch(c -> c.repair() == RepairPath.HOT_SWAP);
        assertThat(cs).filteredOn(c -> c.location().equals("scaleUp") && (c.kind() == FaultKind.FIBER_LINK
                || c.kind() == FaultKind.COPPER_CABLE)).hasSize(2).noneMatch(ComponentClass::fabricLevel);
        assertThat(Fleet.flaps(in, in.architectures().get(0))).filteredOn(f -> f.id().startsWith("linkFlap.scaleUp"))
                .hasSize(2).allMatch(f -> f.portGbps() == 3200 && !f.fabricLevel());
    }
}
