package org.cpolens.report;

/** How a chart is drawn. */
public enum ChartKind {
    BAR,
    STACKED_BAR,
    LINE,
    /** P10/P50/P90 bands: series named p10, p50, p90 plus any extra lines. */
    FAN,
    /** Horizontal low/high swings around a base: series low and high. */
    TORNADO
}
