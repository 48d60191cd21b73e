package org.cpolens.model.sim;

/**
 * A Monte Carlo mean with its 95% confidence interval (Student t over the trials).
 */
public record Estimate(double mean, double lo, double hi) {
    public boolean contains(double x) {
        return x >= lo && x <= hi;
    }

    public double halfWidth() {
        return (hi - lo) / 2;
    }

    public Estimate scaled(double factor) {
        return factor >= 0 ? new Estimate(mean * factor, lo * factor, hi * factor)
                : new Estimate(mean * factor, hi * factor, lo * factor);
    }
}
