package org.cpolens.report;

import java.util.List;

/**
 * A chart over categories (architectures, years, inputs).
 *
 * @param source where the numbers come from, printed under the chart; blank: the model run, with
 *               its inputs in the Sources appendix
 */
public record Chart(String id, Text title, ChartKind kind, List<Text> categories, List<Series> series, Text valueAxis,
                    String unit, Text source) implements Block {
    public Chart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        source = source == null ? Text.same("") : source;
    }

    public Chart(String id, Text title, ChartKind kind, List<Text> categories, List<Series> series, Text valueAxis,
                 String unit) {
        this(id, title, kind, categories, series, valueAxis, unit, Text.same(""));
    }
}
