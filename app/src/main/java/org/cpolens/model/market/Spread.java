package org.cpolens.model.market;

import org.cpolens.model.InputException;
import org.hipparchus.distribution.RealDistribution;
import org.hipparchus.distribution.continuous.TriangularDistribution;

/**
 * A triangular spread of a multiplier around 1 (or of an absolute value): low, most likely, high.
 * A spread with low == high is a constant, which is how zero-variance runs are expressed.
 */
public record Spread(double low, double mode, double high) {
    public Spread {
        if (!(low >= 0) || !(low <= mode) || !(mode <= high) || Double.isInfinite(high)) {
            throw InputException.field("spread", low + " / " + mode + " / " + high,
                    "needs 0 <= low <= mode <= high", "e.g. { low: 0.8, mode: 1.0, high: 1.25 }");
        }
    }

    public static Spread constant(double v) {
        return new Spread(v, v, v);
    }

    public boolean isConstant() {
        return low == high;
    }

    /** The Hipparchus distribution to sample by inverse CDF, or null for a constant. */
    public RealDistribution distribution() {
        return isConstant() ? null : new TriangularDistribution(low, mode, high);
    }
}
