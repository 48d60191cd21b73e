package org.cpolens.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cpolens.io.CatalogLoader;
import org.cpolens.io.GridLoader;
import org.cpolens.io.sweep.SweepRunner;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.eval.DesignKernel;
import org.cpolens.model.eval.ResultColumn;
import org.cpolens.model.eval.ScaleUpLayer;
import org.cpolens.model.fabric.FabricBuilder;
import org.cpolens.model.sweep.DesignBlock;
import org.cpolens.model.sweep.FigureAxis;
import org.cpolens.model.sweep.SweepEngine;
import org.cpolens.model.sweep.SweepGrid;
import org.cpolens.model.sweep.SweepPlan;

/**
 * The Java side of {@code benchmarks/peers/side-by-side.sh}, run with
 * {@code java -cp benchmarks/target/benchmarks.jar org.cpolens.bench.Peers ...}:
 *
 * <ul>
 *   <li>{@code export GRID FILE.json}: what the NumPy peer takes as given because it is not
 *       per-design arithmetic: the built fabrics (per-tier optical ends, host modules, switch
 *       count, accelerators, scale-up layer), the architectures' catalog parameters, the swept
 *       figure axes and how result columns map to kernel outputs.
 *   <li>{@code evaluator GRID WARMUP_S MEASURE_S}: {@code SweepEngine.evaluate} over every group
 *       of the plan on this one thread, in sweep-sized chunks, as {@code SweepBenchmark.evaluator}
 *       does; prints designs/s of the best and the median pass.
 * </ul>
 */
public final class Peers {
    private Peers() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("export")) {
            export(plan(args[1]), Path.of(args[2]));
        } else if (args.length == 4 && args[0].equals("evaluator")) {
            evaluator(plan(args[1]), Double.parseDouble(args[2]), Double.parseDouble(args[3]));
        } else {
            System.err.println("usage: Peers export GRID FILE.json | Peers evaluator GRID WARMUP_S MEASURE_S; got "
                    + Arrays.toString(args));
            System.exit(2);
        }
    }

    private static SweepPlan plan(String grid) {
        return SweepPlan.build(GridLoader.load(grid, CatalogLoader.load(null)), FabricBuilder.foldedClos(), 1);
    }

    static void export(SweepPlan plan, Path file) throws IOException {
        SweepGrid grid = plan.grid();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("grid", grid.name());
        m.put("designs", plan.rows());
        m.put("architectures", grid.architectures().stream().map(OpticsArchitecture::id).toList());
        m.put("paramBlocks", plan.paramBlocks());
        m.put("PARAMS", DesignKernel.PARAMS);
        m.put("OUTPUTS", DesignKernel.OUTPUTS);
        m.put("combinations", plan.combinations());
        m.put("wattsPerAccelerator", grid.wattsPerAccelerator());
        // Base parameter blocks exactly as SweepPlan lays them out: the architectures, then the NIC.
        double[] base = new double[plan.paramBlocks() * DesignKernel.PARAMS];
        for (int a = 0; a < plan.architectureCount(); a++) {
            DesignKernel.params(grid.architectures().get(a), base, a * DesignKernel.PARAMS);
        }
        grid.nic().ifPresent(n -> DesignKernel.params(n, base, plan.architectureCount() * DesignKernel.PARAMS));
        m.put("baseParams", base);
        int[] hostSide = new int[plan.architectureCount()];
        for (int a = 0; a < hostSide.length; a++) {
            hostSide[a] = plan.hostSideOf(a);
        }
        m.put("hostSideOf", hostSide);
        m.put("switchBaseW", grid.switches().stream().mapToDouble(s -> s.basePowerW().value()).toArray());
        List<Map<String, Object>> axes = new ArrayList<>();
        for (FigureAxis ax : grid.figures()) {
            Map<String, Object> x = new LinkedHashMap<>();
            int arch = indexOf(grid.architectures().stream().map(OpticsArchitecture::id).toList(), ax.target());
            x.put("column", ax.column());
            x.put("architecture", arch);
            x.put("switch", arch >= 0 ? -1 : indexOf(grid.switches().stream().map(s -> s.id()).toList(), ax.target()));
            x.put("slot", arch >= 0 ? ArchitectureFigure.fromKey(ax.figure()).orElseThrow().slot() : -1);
            x.put("values", ax.values());
            axes.add(x);
        }
        m.put("axes", axes);
        int n = plan.fabricCount();
        long[] endpoints = new long[n];
        double[] portGbps = new double[n];
        int[] switchIndex = new int[n];
        int[] tierCount = new int[n];
        boolean[] hostOptical = new boolean[n];
        long[] tierEnds = new long[n * SweepPlan.MAX_TIERS];
        long[] hostModules = new long[n];
        long[] switchCount = new long[n];
        long[] accelerators = new long[n];
        double[] scaleUp = new double[n * ScaleUpLayer.VALUES];
        for (int f = 0; f < n; f++) {
            endpoints[f] = plan.endpoints(f);
            portGbps[f] = plan.portGbps(f);
            switchIndex[f] = plan.switchIndex(f);
            tierCount[f] = plan.tierCount(f);
            hostOptical[f] = plan.hostLinkOptical(f);
            for (int t = 0; t < SweepPlan.MAX_TIERS; t++) {
                tierEnds[f * SweepPlan.MAX_TIERS + t] = plan.tierEnds(f, t);
            }
            hostModules[f] = plan.hostModules(f);
            switchCount[f] = plan.switchCount(f);
            accelerators[f] = plan.accelerators(f);
            for (int v = 0; v < ScaleUpLayer.VALUES; v++) {
                scaleUp[f * ScaleUpLayer.VALUES + v] = plan.scaleUp(f, v);
            }
        }
        Map<String, Object> fabrics = new LinkedHashMap<>();
        fabrics.put("count", n);
        fabrics.put("endpoints", endpoints);
        fabrics.put("portGbps", portGbps);
        fabrics.put("switchIndex", switchIndex);
        fabrics.put("tierCount", tierCount);
        fabrics.put("hostLinkOptical", hostOptical);
        fabrics.put("tierEnds", tierEnds);
        fabrics.put("hostModules", hostModules);
        fabrics.put("switchCount", switchCount);
        fabrics.put("accelerators", accelerators);
        fabrics.put("scaleUp", scaleUp);
        m.put("fabrics", fabrics);
        m.put("scaleUpIndex", Map.of("ENDS", ScaleUpLayer.ENDS, "OPTICS_W", ScaleUpLayer.OPTICS_W,
                "ENGINES", ScaleUpLayer.ENGINES, "LASERS", ScaleUpLayer.LASERS,
                "LASER_MODULES", ScaleUpLayer.LASER_MODULES, "SWITCH_W", ScaleUpLayer.SWITCH_W,
                "CAPEX_USD", ScaleUpLayer.CAPEX_USD, "VALUES", ScaleUpLayer.VALUES));
        // Result columns of a CSV row: kernel output and the factor from the kernel's unit (W -> kW).
        List<Map<String, Object>> columns = new ArrayList<>();
        for (ResultColumn c : ResultColumn.rowColumns()) {
            if (!c.fromKernel()) {
                continue;
            }
            double[] probe = new double[DesignKernel.OUTPUTS];
            probe[c.slot()] = 1000.0;
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("column", c.rowKey());
            x.put("slot", c.slot());
            x.put("factor", c.value(probe, 0) / 1000.0);
            x.put("optional", c.type() == ResultColumn.Type.OPTIONAL_COUNT);
            columns.add(x);
        }
        m.put("resultColumns", columns);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), m);
    }

    private static int indexOf(List<String> ids, String id) {
        int i = ids.indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException("figure axis target '" + id + "' is none of " + ids);
        }
        return i;
    }

    static void evaluator(SweepPlan plan, double warmupSeconds, double measureSeconds) {
        int per = SweepRunner.chunkGroups(plan);
        DesignBlock block = new DesignBlock(plan, per);
        double sink = 0;
        long end = System.nanoTime() + (long) (warmupSeconds * 1e9);
        do {
            sink += pass(plan, block, per);
        } while (System.nanoTime() < end);
        List<Double> rates = new ArrayList<>();
        end = System.nanoTime() + (long) (measureSeconds * 1e9);
        do {
            long t0 = System.nanoTime();
            sink += pass(plan, block, per);
            rates.add(plan.rows() / ((System.nanoTime() - t0) / 1e9));
        } while (System.nanoTime() < end || rates.size() < 3);
        rates.sort(null);
        System.out.printf(Locale.ROOT, "designs=%d passes=%d best_designs_per_s=%.0f median_designs_per_s=%.0f check=%s%n",
                plan.rows(), rates.size(), rates.get(rates.size() - 1), rates.get(rates.size() / 2),
                Double.isFinite(sink) ? "ok" : "nan");
    }

    /** Every group once; returns a result of each chunk summed, so the stores cannot be dropped. */
    private static double pass(SweepPlan plan, DesignBlock block, int per) {
        double s = 0;
        long groups = plan.groups();
        for (long first = 0; first < groups; first += per) {
            int count = (int) Math.min(per, groups - first);
            SweepEngine.evaluate(plan, first, count, block);
            s += block.result(block.rows() - 1, DesignKernel.NETWORK_W);
        }
        return s;
    }
}
