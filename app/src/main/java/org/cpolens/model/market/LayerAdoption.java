package org.cpolens.model.market;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.cpolens.model.InputException;
import org.cpolens.model.eval.OpticsLayer;

/**
 * The CPO share of one optical layer's eligible ports in a year: its own S-curve and launch year
 * (switch-side CPO ships since 2025-26, the NIC and scale-up later). Before {@code launchYear} the
 * share is zero whatever the curve.
 *
 * <p>A delay (the seed's risks) or a later launch moves the ramp, not what has shipped: for a layer
 * with shipped products the share of a year up to the last shipped year is never pushed back, and a
 * delay of d years holds the ramp at that year's share for d years before it resumes.
 *
 * @param fit     the least-squares fit behind {@code curve}, or null when the curve was given
 * @param shipped products that ship; {@link #shippedThrough} is the last year among them
 */
public record LayerAdoption(OpticsLayer layer, AdoptionCurve curve, AdoptionFit fit, int launchYear,
                            List<ShippedProduct> shipped) {
    public LayerAdoption {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(curve, "curve");
        shipped = List.copyOf(shipped);
        if (curve instanceof AdoptionCurve.Bass b && b.launchYear() != launchYear) {
            throw InputException.field("market.layers." + layer.word() + ".launchYear", launchYear,
                    "differs from the Bass curve's own launch year " + b.launchYear(), "give one launch year");
        }
    }

    /** The last year a listed product ships in; empty when none has shipped. */
    public OptionalInt shippedThrough() {
        return shipped.stream().mapToInt(ShippedProduct::year).max();
    }

    /** The share at the base inputs. */
    public double share(int year) {
        return share(year, 1, 1, 0, 0);
    }

    /**
     * @param pFactor  multiplier on Bass p
     * @param qFactor  multiplier on the growth rate
     * @param shift    years the launch moves (negative: earlier)
     * @param delay    years the seed's risks delay the ramp (not what has shipped)
     */
    public double share(int year, double pFactor, double qFactor, double shift, double delay) {
        OptionalInt through = shippedThrough();
        return share(year, pFactor, qFactor, shift, delay, through.isPresent() ? through.getAsInt() : NONE_SHIPPED);
    }

    /** {@link #shippedThrough} when nothing has shipped, for {@link #share(int, double, double, double, double, int)}. */
    static final int NONE_SHIPPED = Integer.MIN_VALUE;

    /** The same with {@code shippedThrough} given (the Monte Carlo computes it once, not per trial). */
    double share(int year, double pFactor, double qFactor, double shift, double delay, int shippedThrough) {
        double move = shift + delay;
        if (shippedThrough != NONE_SHIPPED && move > 0) {
            move = Math.min(move, Math.max(0, year - shippedThrough));
        }
        double y = year - move;
        if (y < launchYear) {
            return 0;
        }
        return curve.share(y, pFactor, qFactor);
    }

    public LayerAdoption withCurve(AdoptionCurve c) {
        int launch = c instanceof AdoptionCurve.Bass b ? b.launchYear() : launchYear;
        return new LayerAdoption(layer, c, null, launch, shipped);
    }
}
