package org.cpolens.model.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cpolens.io.CatalogLoader;
import org.cpolens.io.GridLoader;
import org.cpolens.model.eval.DesignKernel;
import org.cpolens.model.fabric.FabricBuilder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine copies a design's outputs from the previous group when no figure it reads changed:
 * every row must still be what the kernel computes for that design alone, bit for bit, whichever
 * figures are swept (the switch side, the baseline's host side, a switch's base power, a NIC).
 */
final class SweepEngineCopyTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"cpo-map", "rail-planes-2026", "mixed"})
    void copiedRowsAreTheRowsTheKernelComputes(String name) throws IOException {
        String grid = name;
        if (name.equals("mixed")) {
            Path file = dir.resolve("mixed.yaml");
            Files.writeString(file, """
                    name: mixed
                    endpoints: [1024, 8192, 65536]
                    switch: [tomahawk5-64x800g, tomahawk6-128x800g]
                    tiers: [2, 3]
                    hostLink: [optical, copper]
                    architectures: [pluggable-dsp-800g, lpo-800g, npo-800g, cpo-bailly-800g]
                    figures:
                      tomahawk6-128x800g.basePowerW: [900, 1200]
                      cpo-bailly-800g.edgeDensityGbpsPerMm: [100, 200, 300]
                      npo-800g.costPerPortUsd: [400, 500]
                      pluggable-dsp-800g.switchPortWatts: [14, 15.5, 16.93]
                      pluggable-dsp-800g.hostPortWatts: [14, 16]
                    wattsPerAccelerator: 1400
                    """);
            grid = file.toString();
        }
        SweepPlan plan = SweepPlan.build(GridLoader.load(grid, CatalogLoader.load(null)), FabricBuilder.foldedClos(), 2);
        int archs = plan.architectureCount();
        // Odd-sized blocks so runs of groups start mid-fabric as well as at a fabric's first combination.
        DesignBlock block = new DesignBlock(plan, 7);
        double[] params = new double[plan.paramBlocks() * DesignKernel.PARAMS];
        double[] base = new double[plan.grid().switches().size()];
        double[] expected = new double[DesignKernel.OUTPUTS];
        long checked = 0;
        for (long first = 0; first < plan.groups(); first += 7) {
            int count = (int) Math.min(7, plan.groups() - first);
            SweepEngine.evaluate(plan, first, count, block);
            for (int g = 0; g < count; g++) {
                long group = first + g;
                int f = (int) (group / plan.combinations());
                plan.parameters(group % plan.combinations(), params, 0, base);
                double baselineW = Double.NaN;
                for (int a = 0; a < archs; a++) {
                    DesignKernel.evaluate(plan.portGbps(f), plan.tierCount(f), plan.hostLinkOptical(f),
                            plan.tierEnds(), plan.tierEndsAt(f), plan.hostModules(f), plan.switchCount(f),
                            plan.endpoints(f) * plan.portGbps(f), base[plan.switchIndex(f)],
                            params, a * DesignKernel.PARAMS, params, plan.hostSideOf(a) * DesignKernel.PARAMS,
                            baselineW, plan.accelerators(f), plan.grid().wattsPerAccelerator(),
                            plan.scaleUpValues(), plan.scaleUpAt(f), expected, 0);
                    if (a == 0) {
                        baselineW = expected[DesignKernel.NETWORK_W];
                    }
                    for (int k = 0; k < DesignKernel.OUTPUTS; k++) {
                        assertThat(Double.doubleToRawLongBits(block.result(g * archs + a, k)))
                                .as("group %d architecture %d output %d", group, a, k)
                                .isEqualTo(Double.doubleToRawLongBits(expected[k]));
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(plan.rows()).isPositive();
    }
}
