package org.cpolens.report;

import java.util.List;

/** A chart over categories (architectures, years, inputs). */
public record Chart(String id, Text title, ChartKind kind, List<Text> categories, List<Series> series, Text valueAxis,
                    String unit) implements Block {
    public Chart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }
}
