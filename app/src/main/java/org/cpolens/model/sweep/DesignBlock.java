package org.cpolens.model.sweep;

import org.cpolens.model.eval.DesignKernel;
import org.cpolens.model.eval.ResultColumn;

/**
 * A reusable buffer for the results of a run of consecutive groups: one worker fills it, a writer
 * and a tally read it, and it is filled again. Mutable by design so the hot loop allocates nothing.
 */
public final class DesignBlock {
    private final int architectures;
    private final int paramBlocks;
    private final int capacityGroups;
    final double[] params;
    final double[] switchBaseW;
    final double[] out;
    private long firstGroup;
    private int groups;

    /** A block for up to {@code capacityGroups} groups of a plan. */
    public DesignBlock(SweepPlan plan, int capacityGroups) {
        long cells = (long) capacityGroups * plan.architectureCount() * DesignKernel.OUTPUTS;
        if (capacityGroups < 1 || cells > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a block of " + capacityGroups + " groups of "
                    + plan.architectureCount() + " architectures cannot be held in one array");
        }
        this.architectures = plan.architectureCount();
        this.capacityGroups = capacityGroups;
        this.paramBlocks = plan.paramBlocks();
        this.params = new double[capacityGroups * paramBlocks * DesignKernel.PARAMS];
        this.switchBaseW = new double[plan.grid().switches().size()];
        this.out = new double[capacityGroups * architectures * DesignKernel.OUTPUTS];
    }

    void reset(long first, int count) {
        if (count > capacityGroups) {
            throw new IllegalArgumentException("block holds " + capacityGroups + " groups, asked for " + count);
        }
        this.firstGroup = first;
        this.groups = count;
    }

    public long firstGroup() {
        return firstGroup;
    }

    public int groups() {
        return groups;
    }

    public int rows() {
        return groups * architectures;
    }

    /** Result {@code what} (a {@link DesignKernel} output index) of row {@code row} of this block. */
    public double result(int row, int what) {
        return out[row * DesignKernel.OUTPUTS + what];
    }

    /** Column {@code c}'s value of row {@code row}, in the column's unit (a kernel output). */
    public double value(int row, ResultColumn c) {
        return c.value(out, row * DesignKernel.OUTPUTS);
    }

    /** Parameter {@code what} (a {@link DesignKernel} parameter index) of architecture {@code a} in group {@code g} of this block. */
    public double parameter(int g, int a, int what) {
        return params[(g * paramBlocks + a) * DesignKernel.PARAMS + what];
    }
}
