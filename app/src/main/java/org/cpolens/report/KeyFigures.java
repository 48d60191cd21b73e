package org.cpolens.report;

import java.util.List;

/** Headline numbers, each with where it comes from. */
public record KeyFigures(List<KeyFigure> figures) implements Block {
    public KeyFigures {
        figures = List.copyOf(figures);
    }

    /**
     * @param key    stable camelCase name, also used in summary.json
     * @param source the catalog source or "model output"
     * @param status a status word, or "computed" for model output
     */
    public record KeyFigure(String key, Text label, double value, String unit, String source, String status) {
    }
}
