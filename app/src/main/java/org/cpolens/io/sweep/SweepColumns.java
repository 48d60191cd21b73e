package org.cpolens.io.sweep;

import java.util.ArrayList;
import java.util.List;
import org.cpolens.model.eval.ResultColumn;
import org.cpolens.model.sweep.FigureAxis;
import org.cpolens.model.sweep.SweepGrid;

/**
 * The columns of a sweep row, in order: the design's inputs, one column per swept figure, then
 * every field {@code cpolens compare --format json} gives per architecture, with the same names
 * and units.
 */
public final class SweepColumns {
    public static final List<String> INPUTS = List.of("design", "endpoints", "endpointGbps", "switch", "radix",
            "tiersAsked", "tiers", "oversubscription", "hostLink", "switchCount", "links", "planes", "accelerators");
    /** The result columns: the schema's ({@link ResultColumn#rowColumns()}), under their row names. */
    public static final List<String> RESULTS = ResultColumn.rowColumns().stream().map(ResultColumn::rowKey).toList();

    private SweepColumns() {
    }

    public static List<String> of(SweepGrid grid) {
        List<String> c = new ArrayList<>(INPUTS);
        for (FigureAxis f : grid.figures()) {
            c.add(f.column());
        }
        c.addAll(RESULTS);
        return c;
    }
}
