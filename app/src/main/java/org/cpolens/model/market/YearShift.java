package org.cpolens.model.market;

import org.cpolens.model.InputException;
import org.hipparchus.distribution.RealDistribution;
import org.hipparchus.distribution.continuous.TriangularDistribution;

/**
 * A triangular spread of years (low, most likely, high) by which a layer's adoption curve moves:
 * negative is earlier. Unlike {@link Spread}, which multiplies, it adds, so it may be negative.
 */
public record YearShift(double low, double mode, double high) {
    public YearShift {
        if (!(low <= mode) || !(mode <= high) || Double.isInfinite(low) || Double.isInfinite(high)
                || Math.abs(low) > 20 || Math.abs(high) > 20) {
            throw InputException.field("launchShift", low + " / " + mode + " / " + high,
                    "needs low <= mode <= high, within 20 years", "e.g. { low: -0.5, mode: 0, high: 1.5 }");
        }
    }

    public static YearShift none() {
        return new YearShift(0, 0, 0);
    }

    public boolean isConstant() {
        return low == high;
    }

    /** The Hipparchus distribution to sample by inverse CDF, or null for a constant. */
    public RealDistribution distribution() {
        return isConstant() ? null : new TriangularDistribution(low, mode, high);
    }
}
