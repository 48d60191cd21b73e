package org.cpolens.model.sim;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cpolens.model.catalog.ArchitectureKind;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.units.Units;

/**
 * The failure law of one kind of device: a constant rate (exponential lifetimes) unless a Weibull
 * shape is given, in which case the rate is read as 1 / mean life and the shape bends the hazard
 * (below 1: early-life failures, above 1: wear-out).
 *
 * @param kind         what fails
 * @param fit          failures per 1e9 device-hours (converted from MTBF when the catalog gives MTBF); for
 *                     {@link FaultKind#OPTICAL_ENGINE} per Gb/s of engine capacity (FIT per Gb/s)
 * @param weibullShape shape; 1 = exponential
 * @param bound        present when {@code fit} is a zero-failure upper bound read from field exposure
 *                     (at its confidence); outputs then print "upper bound", never a plain rate
 * @param mttfFactors  per architecture family, how many times longer this device lives than the
 *                     catalog's device (e.g. LPO modules vs DSP modules); families not listed: 1
 */
public record FailureMode(FaultKind kind, Figure fit, Figure weibullShape, Optional<RateEstimate> bound,
                          Map<ArchitectureKind, Figure> mttfFactors) {
    public FailureMode {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(weibullShape, "weibullShape");
        Objects.requireNonNull(bound, "bound");
        mttfFactors = Collections.unmodifiableMap(mttfFactors.isEmpty() ? new EnumMap<>(ArchitectureKind.class)
                : new EnumMap<>(mttfFactors));
        if (!(fit.value() > 0)) {
            throw org.cpolens.model.InputException.field(kind.key() + ".fit", fit.value(), "must be greater than zero",
                    "give a failure rate in FIT or an MTBF in hours");
        }
        if (!(weibullShape.value() > 0)) {
            throw org.cpolens.model.InputException.field(kind.key() + ".weibullShape", weibullShape.value(),
                    "must be greater than zero", "1 is exponential");
        }
        for (Map.Entry<ArchitectureKind, Figure> e : mttfFactors.entrySet()) {
            if (!(e.getValue().value() > 0)) {
                throw org.cpolens.model.InputException.field(kind.key() + ".mttfFactors." + e.getKey().word(),
                        e.getValue().value(), "must be greater than zero", "3 = lives three times as long");
            }
        }
    }

    /** A plain rate: no bound, no family factors. */
    public FailureMode(FaultKind kind, Figure fit, Figure weibullShape) {
        this(kind, fit, weibullShape, Optional.empty(), Map.of());
    }

    public double ratePerHour() {
        return Units.fitToPerHour(fit.value());
    }

    public double shape() {
        return weibullShape.value();
    }

    /** The rate of this device in an architecture of family {@code family}: the catalog rate / its MTTF factor. */
    public double fitFor(ArchitectureKind family) {
        Figure f = mttfFactors.get(family);
        return f == null ? fit.value() : fit.value() / f.value();
    }

    /** "upper bound (95%)" for a zero-failure bound, else the figure's status word. */
    public String basis() {
        return bound.map(RateEstimate::label).orElse(fit.status().word());
    }

    /** The same law at another rate, for sensitivity runs and tests; the bound it came from is kept for the record. */
    public FailureMode withFit(double newFit) {
        return new FailureMode(kind, fit.withValue(newFit), weibullShape, bound, mttfFactors);
    }
}
