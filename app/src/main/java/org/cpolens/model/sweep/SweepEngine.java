package org.cpolens.model.sweep;

import org.cpolens.model.eval.DesignKernel;

/** Evaluates runs of groups of a {@link SweepPlan} into a {@link DesignBlock}: plain loops over arrays. */
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
        }
    }
}
