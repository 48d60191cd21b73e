package org.cpolens.model.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.cpolens.io.Catalogs;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.model.pipeline.Analysis;
import org.junit.jupiter.api.Test;

/** NIC-side and scale-up optics in the bill of materials, derived by hand for the bundled 2026 scenarios. */
class LayersTest {
    private static Evaluation evaluate(String scenario) {
        return Analysis.evaluate(ScenarioLoader.load(scenario, Catalogs.bundled()));
    }

    /**
     * rubin-ultra-cpo, per Rubin Ultra package (8,192 packages):
     * - switch side: 16,384 x 1.6T endpoints on 8 planes of 2,048, each a full 2-tier fabric of
     *   radix 64: 2,048 host-leaf + 2 x 2,048 leaf-spine switch ends per plane = 49,152 in all,
     *   6 per package; NVIDIA's photonics engines are 3.2T = 2 x 1.6T ports: 3 engines per package;
     * - NIC side: 2 x 1.6T ports per package on one co-packaged 3.2T engine: 2 ends, 1 engine;
     * - scale-up: 28,800 Gb/s x 0.5 optical = 14,400 Gb/s = 4.5 x 3.2T ends per package on the
     *   package side, i.e. 648 per 144-package Kyber rack, the sell-side note's count; the NVLink
     *   switch end of each link adds as many again.
     * Engines per package: 3 + 1 + 4.5 + 4.5 = 13.
     */
    @Test
    void rubinUltraEnginesPerPackageByHand() {
        Evaluation e = evaluate("rubin-ultra-cpo");
        ArchitectureResult cpo = e.architecture("cpo-nvidia-photonics-1600g").orElseThrow();
        BillOfMaterials b = cpo.bom();
        assertThat(b.accelerators()).isEqualTo(8192);
        assertThat(b.perAccelerator(b.ends(OpticsLayer.SWITCH))).isEqualTo(6);
        assertThat(b.perAccelerator(b.sum(OpticsLayer.SWITCH, BomLine::engines))).isEqualTo(3);
        assertThat(b.perAccelerator(b.ends(OpticsLayer.NIC))).isEqualTo(2);
        assertThat(b.perAccelerator(b.sum(OpticsLayer.NIC, BomLine::engines))).isEqualTo(1);
        assertThat(b.lines(OpticsLayer.NIC)).allSatisfy(l -> {
            assertThat(l.architectureId()).isEqualTo("cpo-nic-3200g");
            assertThat(l.pluggable()).isFalse();
        });
        BomLine packages = b.lines(OpticsLayer.SCALE_UP).stream().filter(l -> l.tier().equals("accelerator"))
                .findFirst().orElseThrow();
        assertThat(packages.engines() / 8192 * 144).isEqualTo(648);
        assertThat(b.perAccelerator(b.sum(OpticsLayer.SCALE_UP, BomLine::engines))).isEqualTo(9);
        assertThat(cpo.output(DesignKernel.ENGINES_PER_ACCELERATOR)).isEqualTo(13);
        // the baseline carries the same NIC and scale-up layers: only its switch side differs
        ArchitectureResult base = e.baseline();
        assertThat(base.output(DesignKernel.SCALE_UP_ENGINES)).isEqualTo(cpo.output(DesignKernel.SCALE_UP_ENGINES));
        assertThat(base.bom().lines(OpticsLayer.NIC).get(0).architectureId()).isEqualTo("cpo-nic-3200g");
    }

    /**
     * The copper reading of the same rack has no scale-up optics; its scale-up bandwidth is counted as
     * copper: 28,800 Gb/s per package over 100 Gb/s cables = 288 per package (switched links).
     */
    @Test
    void rubinUltraCopperReadingCountsCopperNotOptics() {
        Evaluation e = evaluate("rubin-ultra-copper");
        BillOfMaterials b = e.baseline().bom();
        assertThat(b.sum(OpticsLayer.SCALE_UP, BomLine::ends)).isZero();
        assertThat(b.links(OpticsLayer.SCALE_UP)).filteredOn(l -> !l.optical())
                .singleElement().satisfies(l -> assertThat(l.links()).isEqualTo(288L * 8192));
        assertThat(e.baseline().output(DesignKernel.SCALE_UP_OPTICS_W)).isZero();
    }

    /**
     * GB300 NVL72 scale-up: 7,200 Gb/s per GPU per direction, all copper, 100 Gb/s per cable (the
     * scenario derives that from NVIDIA's 5,184 cables per rack): 72 x 7,200 / 100 = 5,184 per
     * 72-GPU rack, a check of the counting, not an independent prediction. Scale-out: 8 planes of
     * 1,152 x 800G endpoints in 2 tiers; 3 switch-side ends per GPU (host-leaf, leaf up, spine down).
     */
    @Test
    void gb300PlanesAndCopperScaleUp() {
        Evaluation e = evaluate("gb300-rail-planes");
        assertThat(e.fabric().planes()).isEqualTo(8);
        assertThat(e.fabric().tierCount()).isEqualTo(2);
        BillOfMaterials b = e.baseline().bom();
        long copper = b.links(OpticsLayer.SCALE_UP).stream().filter(l -> !l.optical()).mapToLong(BomLink::links).sum();
        assertThat(copper / (9216 / 72)).isEqualTo(5184);
        assertThat(b.perAccelerator(b.ends(OpticsLayer.SWITCH))).isEqualTo(3);
        assertThat(e.baseline().output(DesignKernel.OPTICS_W_PER_ACCELERATOR))
                .isCloseTo(4 * 15, within(1e-9)); // 3 switch-side + 1 NIC-side 800G pluggable at 15 W
    }
}
