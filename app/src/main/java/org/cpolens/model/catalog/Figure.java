package org.cpolens.model.catalog;

import java.util.Objects;

/**
 * One number with its unit, source and status. Immutable; {@link #overridden} makes the copy a
 * scenario asks for (the scenario becomes the source and the status an assumption).
 */
public record Figure(double value, String unit, String source, Status status, String note) {
    public Figure {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
    }

    public static Figure of(double value, String unit, String source, Status status) {
        return new Figure(value, unit, source, status, "");
    }

    /** A value the user set in a scenario: the scenario becomes the source. */
    public Figure overridden(double newValue, String scenarioName) {
        return new Figure(newValue, unit, "scenario override (" + scenarioName + ")", Status.ASSUMPTION,
                "catalog had " + value + " " + unit + " from " + source + " [" + status.word() + "]");
    }

    public Figure withValue(double newValue) {
        return new Figure(newValue, unit, source, status, note);
    }
}
