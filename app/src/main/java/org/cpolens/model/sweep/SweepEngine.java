package org.cpolens.model.sweep;

import org.cpolens.model.eval.DesignKernel;
import org.cpolens.model.tco.AnalyticReliability;
import org.cpolens.model.tco.TcoKernel;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.sim.ReliabilityInputs;
import org.cpolens.model.tco.Pricing;
import org.cpolens.model.tco.TcoModel;

/**
 * Evaluates runs of groups of a {@link SweepPlan} into a {@link DesignBlock}: plain loops over arrays.
 * When the grid prices rows, each design's cost of ownership follows its evaluation, with
 * reliability costs in closed form ({@link AnalyticReliability}: no simulation), taken once per
 * fabric from its rebuilt bills of materials unless a swept figure changes what fails.
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
            // The previous group is the same fabric at the previous combination: a design that reads
            // none of the figures that changed has the same outputs, so they are copied, not computed.
            int changed = g > 0 && combo > 0 ? plan.firstChangedAxis(combo) : -1;
            double baselineW = Double.NaN;
            for (int a = 0; a < archs; a++) {
                int at = oAt + a * DesignKernel.OUTPUTS;
                if (changed >= 0 && !plan.readsAxesFrom(a, changed)) {
                    System.arraycopy(out, at - archs * DesignKernel.OUTPUTS, out, at, DesignKernel.OUTPUTS);
                } else {
                    DesignKernel.design(port, tiers, hostOptical, tierEnds, plan.tierEndsAt(f), hostModules, switches,
                            injection, baseW, params, pAt + a * DesignKernel.PARAMS,
                            params, pAt + plan.hostSideOf(a) * DesignKernel.PARAMS, plan.accelerators(f), scaleUp,
                            plan.scaleUpAt(f), out, at);
                }
                DesignKernel.compare(baselineW, wpa, out, at);
                if (a == 0) {
                    baselineW = out[oAt + DesignKernel.NETWORK_W];
                }
            }
            if (block.tco != null) {
                price(plan, block, g, f, combo, pAt, oAt, baselineW, wpa);
            }
        }
    }

    /** The cost of ownership of every architecture of group {@code g} (fabric {@code f}), compared within the group. */
    private static void price(SweepPlan plan, DesignBlock block, int g, int f, long combo, int pAt, int oAt,
                              double baselineW, double wpa) {
        int archs = plan.architectureCount();
        Pricing pricing = plan.grid().tco();
        double[] params = block.params;
        double[] rel = block.reliability;
        double[] tco = block.tco;
        int tAt = g * archs * TcoKernel.OUTPUTS;
        if (plan.reliabilityVaries() || block.reliabilityFabric != f) {
            Evaluation e = plan.evaluation(f, combo);
            ReliabilityInputs in = TcoModel.reliabilityInputs(e, pricing.reliability());
            for (int a = 0; a < archs; a++) {
                double[] q = AnalyticReliability.of(in, e.architectures().get(a).architecture());
                System.arraycopy(q, 0, rel, a * AnalyticReliability.OUTPUTS, q.length);
            }
            block.reliabilityFabric = f;
        }
        double accelerators = plan.accelerators(f);
        double switches = plan.switchCount(f);
        double tbps = plan.switchTbps(f);
        double fibers = plan.fibers(f);
        double port = plan.portGbps(f);
        for (int a = 0; a < archs; a++) {
            TcoKernel.evaluate(pricing.params(), block.out, oAt + a * DesignKernel.OUTPUTS, rel,
                    a * AnalyticReliability.OUTPUTS, switches, tbps, fibers, accelerators, plan.isCpo(a),
                    plan.isHotSwappable(a), params[pAt + a * DesignKernel.PARAMS + DesignKernel.P_ENGINE_GBPS] / port,
                    a == 0 ? Double.NaN : baselineW, wpa, tco, tAt + a * TcoKernel.OUTPUTS);
        }
        TcoKernel.compare(archs, plan.cpoFlags(), params, pAt, tco, tAt);
    }
}
