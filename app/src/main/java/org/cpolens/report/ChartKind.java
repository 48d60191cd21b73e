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
    TORNADO,
    /** LINE on a logarithmic value axis, for series that differ by orders of magnitude (values <= 0 are gaps). */
    LOG_LINE,
    /**
     * A bridge: series "total" holds bars from zero (start and subtotals), "change" a step from the
     * running total, an optional third series bars drawn beside them (forecasts) that do not move the
     * running total; each category has a value in one series only (the others NaN).
     */
    WATERFALL
}
