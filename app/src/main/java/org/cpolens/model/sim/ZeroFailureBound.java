package org.cpolens.model.sim;

import org.cpolens.model.InputException;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;

/**
 * Failure rates from field exposure. With r failures in an exposure of T device-hours (a time
 * -truncated test of a constant-rate process), the one-sided upper confidence bound on the rate at
 * confidence c is {@code chi2_{2(r+1)}(c) / (2 T)}; for r = 0 and c = 0.95 that is
 * {@code -ln(0.05) / T = 2.996 / T}. A source that reports no failure supports this bound and
 * nothing tighter: there is no point estimate to quote.
 *
 * <p>Co-packaged optics field data come in 400G-equivalent port-hours (Meta's ECOC 2025 unit); an
 * engine of {@code engineGbps} carries {@code engineGbps / 400} such ports, so its rate is that many
 * times the per-port rate, whatever speed the fabric runs its ports at.
 */
public final class ZeroFailureBound {
    /** Hours in one FIT's denominator. */
    public static final double FIT_HOURS = 1.0e9;

    private ZeroFailureBound() {
    }

    /** Upper bound on the rate per exposure-unit hour at one-sided {@code confidence}. */
    public static RateEstimate upperBound(double exposureHours, long failures, double confidence, String unit) {
        check(exposureHours, failures);
        if (!(confidence > 0 && confidence < 1)) {
            throw InputException.field("confidence", confidence, "must be above 0 and below 1", "e.g. 0.95");
        }
        double chi2 = new ChiSquaredDistribution(2.0 * (failures + 1)).inverseCumulativeProbability(confidence);
        return new RateEstimate(chi2 / (2 * exposureHours), unit, RateEstimate.Kind.UPPER_BOUND, confidence,
                exposureHours, failures);
    }

    /** Failures / exposure; refused for zero failures, where only {@link #upperBound} applies. */
    public static RateEstimate pointEstimate(double exposureHours, long failures, String unit) {
        check(exposureHours, failures);
        if (failures == 0) {
            throw InputException.field("failures", 0, "zero failures give no point estimate",
                    "use the upper bound at a stated confidence");
        }
        return new RateEstimate(failures / exposureHours, unit, RateEstimate.Kind.POINT_ESTIMATE, Double.NaN,
                exposureHours, failures);
    }

    /**
     * Upper bound, in FIT (failures per 1e9 h), on the rate of one engine of {@code engineGbps}, from
     * exposure counted in {@code exposurePortGbps}-equivalent port-hours with {@code failures} seen.
     * A bound at the stated confidence whatever the failure count, so figures from different sources
     * compare; the per-port bound is multiplied by the ports the engine carries.
     */
    public static RateEstimate engineFit(double exposurePortHours, long failures, double confidence,
                                         double exposurePortGbps, double engineGbps) {
        positive("exposurePortGbps", exposurePortGbps);
        positive("engineGbps", engineGbps);
        RateEstimate perPort = upperBound(exposurePortHours, failures, confidence,
                "1/h per " + num(exposurePortGbps) + "G port");
        return perPort.scaled(FIT_HOURS * engineGbps / exposurePortGbps, "FIT per " + num(engineGbps) + " Gb/s engine");
    }

    /** The same bound per Gb/s of engine capacity: FIT per Gb/s, so any engine size multiplies it. */
    public static RateEstimate fitPerGbps(double exposurePortHours, long failures, double confidence,
                                          double exposurePortGbps) {
        return engineFit(exposurePortHours, failures, confidence, exposurePortGbps, 1.0).scaled(1.0, "FIT per Gb/s");
    }

    private static void check(double exposureHours, long failures) {
        if (!(exposureHours > 0) || Double.isInfinite(exposureHours)) {
            throw InputException.field("exposureHours", exposureHours, "must be a finite number above 0",
                    "device-hours observed, e.g. 1000000");
        }
        if (failures < 0) {
            throw InputException.field("failures", failures, "must not be negative", "0 when none was seen");
        }
    }

    private static void positive(String field, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw InputException.field(field, v, "must be a finite number above 0", "e.g. 400 or 6400");
        }
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
