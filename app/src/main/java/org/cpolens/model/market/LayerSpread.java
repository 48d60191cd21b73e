package org.cpolens.model.market;

import java.util.Objects;

/**
 * What the Monte Carlo varies in one layer's adoption: the innovation coefficient (Bass p; unused by
 * other curves), the growth rate (Bass q, logistic k, Gompertz c), both as multipliers, and the
 * launch, as years added.
 */
public record LayerSpread(Spread p, Spread growth, YearShift launchShift) {
    public LayerSpread {
        Objects.requireNonNull(p, "p");
        Objects.requireNonNull(growth, "growth");
        Objects.requireNonNull(launchShift, "launchShift");
    }

    public static LayerSpread none() {
        return new LayerSpread(Spread.constant(1.0), Spread.constant(1.0), YearShift.none());
    }
}
