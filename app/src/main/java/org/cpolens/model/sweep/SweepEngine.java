package org.cpolens.model.sweep;

import org.cpolens.model.eval.DesignKernel;
import org.cpolens.model.tco.AnalyticReliability;
import org.cpolens.model.tco.TcoKernel;
import org.cpolens.model.tco.TcoParams;

/**
 * Evaluates runs of groups of a {@link SweepPlan} into a {@link DesignBlock}: plain loops over arrays.
 * When the grid prices rows, each design's cost of ownership follows its evaluation, with
 * reliability costs in closed form ({@link AnalyticReliability}: no simulation per design).
 */
public final class SweepEngine {
    private SweepEngine() {
    }

    /** Fills {@code block} with groups {@code [firstGroup, firstGroup + count)}. */
    public static void evaluate(SweepPlan plan, long firstGroup, int count, DesignBlock block) {
        if (firstGroup < 0 || count < 0 || firstGroup + count > plan.groups()) {
            throw new IllegalArgumentException("groups [" + firstGroup + ", " + (firstGroup + count)
                    + ") are not within the plan's " + plan.groups());
        }
        block.reset(firstGroup, count);
        int archs = plan.architectureCount();
        long combos = plan.combinations();
        double wpa = plan.grid().wattsPerAccelerator();
        double[] params = block.params;
        double[] out = block.out;
        double[] switchBase = block.switchBaseW;
        long[] tierEnds = plan.tierEnds();
        double[] scaleUp = plan.scaleUpValues();
        for (int g = 0; g < count; g++) {
            long group = firstGroup + g;
            int f = (int) (group / combos);
            long combo = group - f * combos;
            int pAt = g * plan.paramBlocks() * DesignKernel.PARAMS;
            plan.parameters(combo, params, pAt, switchBase);
            double port = plan.portGbps(f);
            int tiers = plan.tierCount(f);
            boolean hostOptical = plan.hostLinkOptical(f);
            long hostModules = plan.hostModules(f);
            long switches = plan.switchCount(f);
            double injection = plan.endpoints(f) * port;
            double baseW = switchBase[plan.switchIndex(f)];
            int oAt = g * archs * DesignKernel.OUTPUTS;
            double baselineW = Double.NaN;
            for (int a = 0; a < archs; a++) {
                DesignKernel.evaluate(port, tiers, hostOptical, tierEnds, plan.tierEndsAt(f), hostModules, switches,
                        injection, baseW,
                        params, pAt + a * DesignKernel.PARAMS, params, pAt + plan.hostSideOf(a) * DesignKernel.PARAMS,
                        baselineW, plan.accelerators(f), wpa, scaleUp, plan.scaleUpAt(f), out, oAt + a * DesignKernel.OUTPUTS);
                if (a == 0) {
                    baselineW = out[oAt + DesignKernel.NETWORK_W];
                }
            }
            if (block.tco != null) {
                price(plan, block, g, f, pAt, oAt, baselineW, wpa);
            }
        }
    }

    /** The cost of ownership of every architecture of group {@code g} (fabric {@code f}), compared within the group. */
    private static void price(SweepPlan plan, DesignBlock block, int g, int f, int pAt, int oAt, double baselineW,
                              double wpa) {
        int archs = plan.architectureCount();
        TcoParams t = plan.grid().tco();
        double[] params = block.params;
        double[] rel = block.reliability;
        double[] tco = block.tco;
        int tAt = g * archs * TcoKernel.OUTPUTS;
        int at = plan.tierEndsAt(f);
        double accelerators = plan.accelerators(f);
        double switches = plan.switchCount(f);
        double tbps = plan.switchTbps(f);
        double fibers = plan.fibers(f);
        boolean fresh = plan.reliabilityVaries() || block.reliabilityFabric != f;
        for (int a = 0; a < archs; a++) {
            int rAt = a * AnalyticReliability.OUTPUTS;
            if (fresh) {
                block.analytic.evaluate(plan.portGbps(f), plan.tierCount(f), plan.hostLinkOptical(f), plan.tierEnds(), at,
                        plan.tierSwitches(), at, plan.layerLinks(), at, plan.hostModules(f), plan.endpoints(f),
                        accelerators, plan.isHotSwappable(a), params, pAt + a * DesignKernel.PARAMS, rel, rAt);
            }
            TcoKernel.evaluate(t, block.out, oAt + a * DesignKernel.OUTPUTS, rel, rAt, switches, tbps, fibers,
                    accelerators, plan.isCpo(a), plan.isHotSwappable(a), a == 0 ? Double.NaN : baselineW, wpa, tco,
                    tAt + a * TcoKernel.OUTPUTS);
        }
        block.reliabilityFabric = f;
        TcoKernel.compare(archs, plan.cpoFlags(), params, pAt, tco, tAt);
    }
}
