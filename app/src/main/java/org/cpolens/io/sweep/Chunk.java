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

    Chunk(SweepPlan plan, int groups) {
        this.block = new DesignBlock(plan, groups);
        this.bytes = new AsciiBuffer(groups * plan.architectureCount() * 320);
    }
}
