package org.cpolens.model.market;

import java.util.Objects;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Status;

/**
 * A published forecast, kept as its own source because definitions differ 10-100x (CPO only, CPO+NPO,
 * ports vs dollars). It is given either as a base value and a CAGR up to a target year, or as two
 * points; the other form is derived, so both are always available. A single point has no CAGR.
 *
 * @param fromYear  first year the source speaks about
 * @param fromValue value in {@code fromYear}
 * @param toYear    last year the source speaks about ({@code == fromYear} for a single point)
 * @param toValue   value in {@code toYear}
 * @param cagr      compound annual growth rate as a fraction (1.72 = 172%); NaN for a single point
 * @param scope     what the figure counts (dollars, layers, NPO), as declared or read
 */
public record TopDownSource(String id, String name, Metric metric, int fromYear, double fromValue, int toYear,
                            double toValue, double cagr, ForecastScope scope, String source, Status status,
                            String note) {

    public TopDownSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(status, "status");
        name = name == null ? id : name;
        Objects.requireNonNull(scope, "scope");
        source = source == null ? "" : source;
        note = note == null ? "" : note;
        if (toYear < fromYear) {
            throw InputException.field(id + ".years", fromYear + " -> " + toYear, "years out of order",
                    "give the earlier year first");
        }
        if (!(fromValue > 0) || !(toValue > 0)) {
            throw InputException.field(id + ".value", fromValue + " -> " + toValue, "values must be greater than zero",
                    null);
        }
    }

    /** Base value and CAGR: the target value is derived. */
    public static TopDownSource fromCagr(String id, String name, Metric metric, int baseYear, double baseValue,
                                         double cagr, int toYear, ForecastScope scope, String source, Status status,
                                         String note) {
        checkCagr(id, cagr);
        if (toYear <= baseYear) {
            throw InputException.field(id + ".toYear", toYear, "years out of order: must be after the base year " + baseYear,
                    "a CAGR needs a later target year");
        }
        double to = baseValue * Math.pow(1 + cagr, toYear - baseYear);
        return new TopDownSource(id, name, metric, baseYear, baseValue, toYear, to, cagr, scope, source, status, note);
    }

    /** Two points: the CAGR is derived. */
    public static TopDownSource fromPoints(String id, String name, Metric metric, int year0, double value0, int year1,
                                           double value1, ForecastScope scope, String source, Status status, String note) {
        if (year1 <= year0) {
            throw InputException.field(id + ".points", year0 + ", " + year1, "years out of order",
                    "list the earlier year first, two different years");
        }
        double cagr = impliedCagr(value0, value1, year1 - year0);
        return new TopDownSource(id, name, metric, year0, value0, year1, value1, cagr, scope, source, status, note);
    }

    /** One point (e.g. "> US$5B by 2030"): shown in that year only. */
    public static TopDownSource atPoint(String id, String name, Metric metric, int year, double value, ForecastScope scope,
                                        String source, Status status, String note) {
        return new TopDownSource(id, name, metric, year, value, year, value, Double.NaN, scope, source, status, note);
    }

    /** (v1 / v0)^(1/years) - 1. */
    public static double impliedCagr(double value0, double value1, int years) {
        return Math.pow(value1 / value0, 1.0 / years) - 1;
    }

    static void checkCagr(String id, double cagr) {
        if (!(cagr > -1) || Double.isInfinite(cagr)) {
            throw InputException.field(id + ".cagr", cagr, "a CAGR must be above -100% (-1.0)",
                    "write the rate as a fraction: 1.72 for 172%");
        }
    }

    public boolean covers(int year) {
        return year >= fromYear && year <= toYear;
    }

    public boolean singlePoint() {
        return fromYear == toYear;
    }

    /** The source's value in {@code year} on its own CAGR path; NaN outside the years it speaks about. */
    public double valueAt(int year) {
        if (!covers(year)) {
            return Double.NaN;
        }
        if (singlePoint() || year == fromYear) {
            return fromValue;
        }
        if (year == toYear) {
            return toValue;
        }
        return fromValue * Math.pow(1 + cagr, year - fromYear);
    }
}
