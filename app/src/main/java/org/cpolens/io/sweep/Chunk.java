package org.cpolens.io.sweep;

import org.cpolens.model.sweep.DesignBlock;
import org.cpolens.model.sweep.SweepPlan;
import org.cpolens.model.sweep.SweepTally;

/** One worker's reusable buffers: the evaluated block, its formatted bytes and its tally. */
final class Chunk {
    final DesignBlock block;
    final AsciiBuffer bytes;
    SweepTally tally;
    /** The fabric whose leading columns {@link #fabricColumns} holds, or -1. */
    int cachedFabric = -1;
    final AsciiBuffer fabricColumns = new AsciiBuffer(256);
    /**
     * The text sink's memo, per architecture and numeric column: the bits of the last kernel
     * output and its bytes as written (separator included). Most columns repeat from one figure
     * combination to the next (a sweep moves a few figures), and the same double always gives the
     * same text.
     */
    long[] memoBits;
    long[] memoText;
    int[] memoLength;

    Chunk(SweepPlan plan, int groups) {
        this.block = new DesignBlock(plan, groups);
        this.bytes = new AsciiBuffer(groups * plan.architectureCount() * 320);
    }
}
