package org.cpolens.report;

/**
 * A named run of values over a chart's categories.
 *
 * @param stack series with the same non-empty stack name are stacked
 */
public record Series(Text name, double[] values, String stack) {
    public Series {
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }
}
