package org.cpolens.model.units;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The one place numbers are rounded and turned into text for machines and people. Every output
 * (compare and market JSON, sweep rows in any format, summary.json, tables, the dashboard's API)
 * rounds with {@link #round6} and writes plain text with {@link #plain}, so the same value reads
 * the same everywhere.
 */
public final class Numbers {
    /**
     * Magnitudes from here on are written as they are: a double this large has no sixth decimal to
     * keep (its spacing is above 1e-3), and {@code Math.round(v * 1e6)} would pass {@code Long.MAX_VALUE}.
     */
    public static final double ROUND_LIMIT = 9.0e12;

    private Numbers() {
    }

    /**
     * {@code v} rounded half up to six decimals of its unit ({@code Math.round(v * 1e6) / 1e6});
     * NaN, infinities and magnitudes from {@link #ROUND_LIMIT} on are returned unchanged, never capped.
     */
    public static double round6(double v) {
        if (!Double.isFinite(v) || Math.abs(v) >= ROUND_LIMIT) {
            return v;
        }
        return Math.round(v * 1e6) / 1e6;
    }

    /** Shortest plain text, no exponent, no grouping: 800, 1.5, 0.25, 12000000000000. Empty for NaN and infinities. */
    public static String plain(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /**
     * A number for a JSON document whose bytes must be stable: whole numbers below 1e15 as integers,
     * others rounded by {@link #round6} and written in plain notation (never 1.68E8); null for NaN
     * and infinities.
     */
    public static Object json(double v) {
        if (!Double.isFinite(v)) {
            return null;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return (long) v;
        }
        BigDecimal d = BigDecimal.valueOf(round6(v)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /**
     * 2^53: up to here a double, and so a JSON reader such as JavaScript, holds every whole number
     * exactly.
     */
    public static final double EXACT_INTEGER_LIMIT = 9_007_199_254_740_992d;

    /**
     * A count for a table or a JSON document: a {@code long} while every reader holds it exactly
     * (below 2^53), else the double itself. {@code Math.round} would cap it at Long.MAX_VALUE.
     */
    public static Object whole(double v) {
        if (Math.abs(v) < EXACT_INTEGER_LIMIT || Double.isNaN(v)) {
            return Math.round(v);
        }
        return v;
    }

    /** Whole numbers grouped by thousands: 40,960. */
    public static String grouped(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    /** A number for people: grouped above 1,000, then one, two or three significant decimals. */
    public static String readable(double d) {
        if (Double.isNaN(d)) {
            return "";
        }
        double a = Math.abs(d);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", d);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.1f", d);
        }
        if (a >= 1 || a == 0) {
            return String.format(Locale.ROOT, "%.2f", d);
        }
        return String.format(Locale.ROOT, "%.3g", d);
    }
}
