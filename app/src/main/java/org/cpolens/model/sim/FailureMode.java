package org.cpolens.model.sim;

import java.util.Objects;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.units.Units;

/**
 * The failure law of one kind of device: a constant rate (exponential lifetimes) unless a Weibull
 * shape is given, in which case the rate is read as 1 / mean life and the shape bends the hazard
 * (below 1: early-life failures, above 1: wear-out).
 *
 * @param kind    what fails
 * @param fit     failures per 1e9 device-hours (converted from MTBF when the catalog gives MTBF)
 * @param weibullShape shape; 1 = exponential
 */
public record FailureMode(FaultKind kind, Figure fit, Figure weibullShape) {
    public FailureMode {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(weibullShape, "weibullShape");
        if (!(fit.value() > 0)) {
            throw org.cpolens.model.InputException.field(kind.key() + ".fit", fit.value(), "must be greater than zero",
                    "give a failure rate in FIT or an MTBF in hours");
        }
        if (!(weibullShape.value() > 0)) {
            throw org.cpolens.model.InputException.field(kind.key() + ".weibullShape", weibullShape.value(),
                    "must be greater than zero", "1 is exponential");
        }
    }

    public double ratePerHour() {
        return Units.fitToPerHour(fit.value());
    }

    public double shape() {
        return weibullShape.value();
    }

    /** The same law at another rate, for sensitivity runs and tests. */
    public FailureMode withFit(double newFit) {
        return new FailureMode(kind, fit.withValue(newFit), weibullShape);
    }
}
