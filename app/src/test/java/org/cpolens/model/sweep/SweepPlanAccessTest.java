package org.cpolens.model.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import org.cpolens.io.CatalogLoader;
import org.cpolens.io.GridLoader;
import org.cpolens.model.eval.DesignKernel;
import org.cpolens.model.eval.ScaleUpLayer;
import org.cpolens.model.fabric.FabricBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The per-fabric accessors the NumPy peer's export reads (benchmarks/peers) agree with what the engine uses. */
final class SweepPlanAccessTest {

    @ParameterizedTest
    @ValueSource(strings = {"cpo-map", "rail-planes-2026"})
    void tierEndsAddUpToSwitchPortsAndScaleUpIsWhatTheKernelReports(String name) {
        SweepPlan plan = SweepPlan.build(GridLoader.load(name, CatalogLoader.load(null)), FabricBuilder.foldedClos(), 2);
        DesignBlock block = new DesignBlock(plan, 1);
        assertThat(plan.fabricCount()).isPositive();
        for (int f = 0; f < plan.fabricCount(); f++) {
            long sum = 0;
            for (int t = 0; t < SweepPlan.MAX_TIERS; t++) {
                if (t < plan.tierCount(f)) {
                    sum += plan.tierEnds(f, t);
                } else {
                    assertThat(plan.tierEnds(f, t)).as("fabric %d tier %d above its %d tiers", f, t, plan.tierCount(f)).isZero();
                }
            }
            assertThat(sum).as("fabric %d", f).isEqualTo(plan.switchPorts(f));
            SweepEngine.evaluate(plan, f * plan.combinations(), 1, block);
            assertThat(block.result(0, DesignKernel.SCALE_UP_ENDS)).isEqualTo(plan.scaleUp(f, ScaleUpLayer.ENDS));
            assertThat(block.result(0, DesignKernel.SCALE_UP_CAPEX_USD)).isEqualTo(plan.scaleUp(f, ScaleUpLayer.CAPEX_USD));
        }
        if (name.equals("rail-planes-2026")) {
            assertThat(plan.scaleUp(0, ScaleUpLayer.ENDS)).as("the grid has a scale-up layer").isPositive();
        }
    }
}
