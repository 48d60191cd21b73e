package org.cpolens.model.sim;

import java.util.Objects;
import java.util.Optional;
import org.cpolens.model.catalog.ArchitectureKind;
import org.cpolens.model.catalog.Figure;

/**
 * How often the optics of one architecture family make a link flap (drop and retrain without a part
 * failing), per Gb/s of port capacity.
 *
 * @param family     the architecture family whose optical ends flap at this rate
 * @param fitPerGbps flaps per 1e9 port-hours per Gb/s of the port (an 800G end flaps twice as often as a
 *                   400G end: twice the lanes); with {@code bound} present, a zero-failure upper bound
 * @param bound      the upper bound this rate is, when it comes from flap-free field exposure
 */
public record FlapRate(ArchitectureKind family, Figure fitPerGbps, Optional<RateEstimate> bound) {
    public FlapRate {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(fitPerGbps, "fitPerGbps");
        Objects.requireNonNull(bound, "bound");
        if (!(fitPerGbps.value() >= 0)) {
            throw org.cpolens.model.InputException.field("linkFlaps.rates." + family.word() + ".fitPerGbps",
                    fitPerGbps.value(), "must not be negative", "0 = this family never flaps");
        }
    }

    /** "upper bound (95%)" or the figure's status word. */
    public String basis() {
        return bound.map(b -> fitPerGbps.status() == org.cpolens.model.catalog.Status.ASSUMPTION
                ? b.label() + " of co-packaged field data, assumed for " + family.word() : b.label())
                .orElse(fitPerGbps.status().word());
    }

    public FlapRate withFitPerGbps(double v) {
        return new FlapRate(family, fitPerGbps.withValue(v), bound);
    }
}
