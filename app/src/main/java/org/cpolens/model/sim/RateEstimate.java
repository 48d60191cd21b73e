package org.cpolens.model.sim;

import java.util.Objects;
import org.cpolens.model.InputException;

/**
 * A failure rate read from field exposure, typed by what it is: a point estimate (failures /
 * exposure) or a one-sided upper confidence bound (the only honest reading of zero failures).
 *
 * @param value      the rate, in {@code unit}
 * @param unit       e.g. "1/h per 400G port" or "FIT per engine"
 * @param kind       point estimate or upper bound
 * @param confidence one-sided confidence of an upper bound (e.g. 0.95); NaN for a point estimate
 * @param exposure   device-hours behind the figure, in the exposure unit of the source
 * @param failures   failures observed in that exposure
 */
public record RateEstimate(double value, String unit, Kind kind, double confidence, double exposure, long failures) {
    /** What the number is; the word is what outputs print beside it. */
    public enum Kind {
        POINT_ESTIMATE("point estimate"),
        UPPER_BOUND("upper bound");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public RateEstimate {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw InputException.field("rate", value, "must be a finite number >= 0", null);
        }
        if (kind == Kind.UPPER_BOUND && !(confidence > 0 && confidence < 1)) {
            throw InputException.field("confidence", confidence, "must be above 0 and below 1", "e.g. 0.95");
        }
    }

    /** The same estimate in another unit, e.g. per port-hour to FIT per engine. */
    public RateEstimate scaled(double factor, String newUnit) {
        return new RateEstimate(value * factor, newUnit, kind, confidence, exposure, failures);
    }

    /** "upper bound (95%)" or "point estimate", as the outputs label it. */
    public String label() {
        if (kind == Kind.POINT_ESTIMATE) {
            return kind.word();
        }
        double pct = Math.round(confidence * 1000) / 10.0;
        return kind.word() + " (" + (pct == Math.rint(pct) ? String.valueOf((long) pct) : String.valueOf(pct)) + "%)";
    }
}
