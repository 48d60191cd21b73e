package org.cpolens.model.sweep;

import org.cpolens.model.eval.DesignKernel;

/**
 * What the sweep summary needs, folded block by block: per endpoint range, how often each
 * architecture is the lowest-power and the lowest-capex choice, the Pareto front of network watts
 * against optics capex per endpoint, each CPO architecture's saving against the baseline, and the
 * break-even figures at which it stops winning. Tallies of consecutive blocks merge in order, so
 * the result does not depend on how many threads filled the blocks.
 *
 * <p>Break-even: a CPO architecture's network power is linear in its switch-side watts per port
 * (and its optics capex in its price per port), so the value at which it ties the best non-CPO
 * architecture of the same group is exact: {@code w* = w x (S + d) / S}, with S its switch-side
 * optics watts and d the best other's network watts minus its own; likewise for price.
 */
public final class SweepTally {
    private final int architectures;
    private final int ranges;
    private final boolean[] cpo;
    private final boolean anyOther;

    private long rows;
    private final long[] groups;
    private final long[][] powerWins;
    private final long[][] capexWins;
    private final ParetoFront[] fronts;
    // [range][architecture]
    private final long[][] breakEvenCount;
    private final double[][] wattsBreakEvenMin;
    private final double[][] wattsBreakEvenMax;
    private final double[][] priceBreakEvenMin;
    private final double[][] priceBreakEvenMax;
    private final double[][] savedPercentMin;
    private final double[][] savedPercentMax;

    public SweepTally(SweepPlan plan) {
        architectures = plan.architectureCount();
        ranges = plan.grid().rangeCount();
        cpo = new boolean[architectures];
        boolean other = false;
        for (int a = 0; a < architectures; a++) {
            cpo[a] = plan.isCpo(a);
            other |= !cpo[a];
        }
        anyOther = other;
        groups = new long[ranges];
        powerWins = new long[ranges][architectures];
        capexWins = new long[ranges][architectures];
        fronts = new ParetoFront[ranges];
        for (int r = 0; r < ranges; r++) {
            fronts[r] = new ParetoFront();
        }
        breakEvenCount = new long[ranges][architectures];
        wattsBreakEvenMin = filled(ranges, architectures, Double.POSITIVE_INFINITY);
        wattsBreakEvenMax = filled(ranges, architectures, Double.NEGATIVE_INFINITY);
        priceBreakEvenMin = filled(ranges, architectures, Double.POSITIVE_INFINITY);
        priceBreakEvenMax = filled(ranges, architectures, Double.NEGATIVE_INFINITY);
        savedPercentMin = filled(ranges, architectures, Double.POSITIVE_INFINITY);
        savedPercentMax = filled(ranges, architectures, Double.NEGATIVE_INFINITY);
    }

    private static double[][] filled(int r, int a, double v) {
        double[][] m = new double[r][a];
        for (double[] row : m) {
            java.util.Arrays.fill(row, v);
        }
        return m;
    }

    /**
     * The value of a figure at which a design ties a rival, when the design's total is linear in
     * that figure: {@code figure x (part + rival - total) / part}, where {@code part} is the share
     * of the total proportional to the figure (CPO's switch-side optics watts for its watts per
     * port, its switch-side capex for its price per port). NaN when {@code part} is not positive.
     */
    public static double breakEven(double figure, double part, double total, double rival) {
        return org.cpolens.model.tco.TcoKernel.breakEven(figure, part, total, rival);
    }

    /** Folds in every row of a block. */
    public void add(SweepPlan plan, DesignBlock block) {
        int archs = architectures;
        long combos = plan.combinations();
        for (int g = 0; g < block.groups(); g++) {
            long group = block.firstGroup() + g;
            int f = (int) (group / combos);
            int r = plan.range(f);
            rows += archs;
            if (r < 0) {
                continue;
            }
            groups[r]++;
            int rowAt = g * archs;
            double endpoints = plan.endpoints(f);
            int powerBest = 0;
            int capexBest = 0;
            double otherPower = Double.POSITIVE_INFINITY;
            double otherCapex = Double.POSITIVE_INFINITY;
            for (int a = 0; a < archs; a++) {
                double w = block.result(rowAt + a, DesignKernel.NETWORK_W);
                double usd = block.result(rowAt + a, DesignKernel.CAPEX_USD);
                if (w < block.result(rowAt + powerBest, DesignKernel.NETWORK_W)) {
                    powerBest = a;
                }
                if (usd < block.result(rowAt + capexBest, DesignKernel.CAPEX_USD)) {
                    capexBest = a;
                }
                if (!cpo[a]) {
                    otherPower = Math.min(otherPower, w);
                    otherCapex = Math.min(otherCapex, usd);
                }
                fronts[r].add(w / endpoints, usd / endpoints, (group * archs) + a);
            }
            powerWins[r][powerBest]++;
            capexWins[r][capexBest]++;
            double baseW = block.result(rowAt, DesignKernel.NETWORK_W);
            for (int a = 0; a < archs; a++) {
                if (!cpo[a]) {
                    continue;
                }
                double w = block.result(rowAt + a, DesignKernel.NETWORK_W);
                if (baseW > 0) {
                    double pct = 100.0 * (baseW - w) / baseW;
                    savedPercentMin[r][a] = Math.min(savedPercentMin[r][a], pct);
                    savedPercentMax[r][a] = Math.max(savedPercentMax[r][a], pct);
                }
                double s = block.result(rowAt + a, DesignKernel.SWITCH_OPTICS_W);
                double c = block.result(rowAt + a, DesignKernel.SWITCH_CAPEX_USD);
                if (!anyOther || !(s > 0) || !(c > 0)) {
                    continue;
                }
                double watts = breakEven(block.parameter(g, a, DesignKernel.P_SWITCH_PORT_W), s, w, otherPower);
                double price = breakEven(block.parameter(g, a, DesignKernel.P_COST_PER_PORT_USD), c,
                        block.result(rowAt + a, DesignKernel.CAPEX_USD), otherCapex);
                breakEvenCount[r][a]++;
                wattsBreakEvenMin[r][a] = Math.min(wattsBreakEvenMin[r][a], watts);
                wattsBreakEvenMax[r][a] = Math.max(wattsBreakEvenMax[r][a], watts);
                priceBreakEvenMin[r][a] = Math.min(priceBreakEvenMin[r][a], price);
                priceBreakEvenMax[r][a] = Math.max(priceBreakEvenMax[r][a], price);
            }
        }
    }

    /** Folds in the tally of the blocks that follow this one's. */
    public void merge(SweepTally next) {
        rows += next.rows;
        for (int r = 0; r < ranges; r++) {
            groups[r] += next.groups[r];
            fronts[r].addAll(next.fronts[r]);
            for (int a = 0; a < architectures; a++) {
                powerWins[r][a] += next.powerWins[r][a];
                capexWins[r][a] += next.capexWins[r][a];
                breakEvenCount[r][a] += next.breakEvenCount[r][a];
                wattsBreakEvenMin[r][a] = Math.min(wattsBreakEvenMin[r][a], next.wattsBreakEvenMin[r][a]);
                wattsBreakEvenMax[r][a] = Math.max(wattsBreakEvenMax[r][a], next.wattsBreakEvenMax[r][a]);
                priceBreakEvenMin[r][a] = Math.min(priceBreakEvenMin[r][a], next.priceBreakEvenMin[r][a]);
                priceBreakEvenMax[r][a] = Math.max(priceBreakEvenMax[r][a], next.priceBreakEvenMax[r][a]);
                savedPercentMin[r][a] = Math.min(savedPercentMin[r][a], next.savedPercentMin[r][a]);
                savedPercentMax[r][a] = Math.max(savedPercentMax[r][a], next.savedPercentMax[r][a]);
            }
        }
    }

    public long rows() {
        return rows;
    }

    public int ranges() {
        return ranges;
    }

    public long groups(int range) {
        return groups[range];
    }

    public long powerWins(int range, int architecture) {
        return powerWins[range][architecture];
    }

    public long capexWins(int range, int architecture) {
        return capexWins[range][architecture];
    }

    public ParetoFront front(int range) {
        return fronts[range];
    }

    /** Groups in which a break-even of CPO architecture {@code a} was found. */
    public long breakEvenCount(int range, int a) {
        return breakEvenCount[range][a];
    }

    public double wattsBreakEvenMin(int range, int a) {
        return wattsBreakEvenMin[range][a];
    }

    public double wattsBreakEvenMax(int range, int a) {
        return wattsBreakEvenMax[range][a];
    }

    public double priceBreakEvenMin(int range, int a) {
        return priceBreakEvenMin[range][a];
    }

    public double priceBreakEvenMax(int range, int a) {
        return priceBreakEvenMax[range][a];
    }

    public double savedPercentMin(int range, int a) {
        return savedPercentMin[range][a];
    }

    public double savedPercentMax(int range, int a) {
        return savedPercentMax[range][a];
    }
}
