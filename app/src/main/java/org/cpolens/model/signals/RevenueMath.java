package org.cpolens.model.signals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;

/** Growth percentages the way the filings define them: (current - base) / base x 100. */
public final class RevenueMath {
    /** Slack for comparing a recomputed percentage with a file's rounded one. */
    public static final double TOLERANCE = 1e-9;

    private RevenueMath() {
    }

    /** (current - base) / base x 100; empty when the base is 0 (MOPS leaves the cell empty then). */
    public static OptionalDouble growthPercent(long current, long base) {
        if (base == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) (current - base) / (double) base * 100.0);
    }

    /** Growth of a sum over the sum of the bases; empty when the base sum is 0. */
    public static OptionalDouble growthPercent(long[] current, long[] base) {
        long c = 0;
        long b = 0;
        for (int i = 0; i < current.length; i++) {
            c = Math.addExact(c, current[i]);
            b = Math.addExact(b, base[i]);
        }
        return growthPercent(c, b);
    }

    /**
     * Whether a file's stated percentage agrees with the exact value: the file rounds to its own
     * number of decimals, so the exact value may differ from the stated one by at most half a unit
     * in the stated last place (plus {@link #TOLERANCE}), whatever rounding rule the exchange used.
     * An empty stated cell agrees only with an undefined growth (base 0), and the reverse.
     */
    public static boolean statedAgrees(long current, long base, BigDecimal stated) {
        if (base == 0 || stated == null) {
            return base == 0 && stated == null;
        }
        double halfUnitD = 0.5 * Math.pow(10, -Math.max(0, stated.scale()));
        double gapD = Math.abs((double) (current - base) / (double) base * 100.0 - stated.doubleValue()) - halfUnitD;
        // the double is good to ~1e-12 here; only a gap near the tolerance needs exact arithmetic
        if (gapD < -1e-6) {
            return true;
        }
        if (gapD > 1e-6) {
            return false;
        }
        BigDecimal exact = new BigDecimal(current - base).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal(base), MathContext.DECIMAL128);
        BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(Math.max(0, stated.scale())).divide(BigDecimal.valueOf(2));
        double gap = exact.subtract(stated).abs().subtract(halfUnit).doubleValue();
        return gap <= TOLERANCE;
    }

    /** The exact percentage rounded half-up to {@code scale} decimals, as a file would print it. */
    public static BigDecimal roundedPercent(long current, long base, int scale) {
        if (base == 0) {
            return null;
        }
        return new BigDecimal(current - base).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal(base), scale, java.math.RoundingMode.HALF_UP);
    }
}
