package org.cpolens.report;

/** How a chart is drawn. */
public enum ChartKind {
    BAR,
    STACKED_BAR,
    LINE,
    /** P10/P50/P90 bands: series named p10, p50, p90 plus any extra lines. */
    FAN,
    /**
     * Horizontal low/high swings, one row per input: series "low" and "high" hold the result with
     * the input at its low and high setting; an optional series "base" holds the result at the base
     * inputs (the renderers then draw bars from the base and a line at it; without it, a bar spans
     * low to high).
     */
    TORNADO
}
