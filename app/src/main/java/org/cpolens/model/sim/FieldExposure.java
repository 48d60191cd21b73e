package org.cpolens.model.sim;

import java.util.Objects;
import org.cpolens.model.catalog.Figure;

/**
 * Field data as a source gives it: device-hours of exposure and the failures seen in them, in
 * ports of {@code portGbps}; a rate follows only through {@link ZeroFailureBound}, at a stated
 * confidence.
 */
public record FieldExposure(String id, Figure exposurePortHours, Figure failures, Figure portGbps) {
    public FieldExposure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(exposurePortHours, "exposurePortHours");
        Objects.requireNonNull(failures, "failures");
        Objects.requireNonNull(portGbps, "portGbps");
    }

    /** Upper bound, FIT per engine of {@code engineGbps}, at one-sided {@code confidence}. */
    public RateEstimate engineFit(double confidence, double engineGbps) {
        return ZeroFailureBound.engineFit(exposurePortHours.value(), Math.round(failures.value()), confidence,
                portGbps.value(), engineGbps);
    }

    /** Upper bound, FIT per Gb/s of engine capacity, at one-sided {@code confidence}. */
    public RateEstimate fitPerGbps(double confidence) {
        return ZeroFailureBound.fitPerGbps(exposurePortHours.value(), Math.round(failures.value()), confidence,
                portGbps.value());
    }
}
