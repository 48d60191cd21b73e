package org.cpolens.model.signals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;

/** Growth percentages the way the filings define them: (current - base) / base x 100. */
public final class RevenueMath {
    /**
     * Relative slack between a stated full-precision percentage and the exact one: doubles carry
     * ~1e-16, so 1e-9 absorbs any operation order, while an amount one thousand NT$ off still shows
     * (at 100% growth, for any monthly revenue below NT$1 trillion).
     */
    public static final double RELATIVE_TOLERANCE = 1e-9;
    /** Absolute slack for percentages near zero, where a relative bound means nothing. */
    public static final double ABSOLUTE_TOLERANCE = 1e-9;

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
     * Whether a file's stated percentage agrees with the exact value. The exchanges print either a
     * short decimal ("-2.51", "47.5"), rounded or cut toward zero, or the full double ("8.275151136764931")
     * computed in their own operation order. So the two agree when they differ by less than one unit
     * in the stated last place, or by less than {@link #RELATIVE_TOLERANCE} of the exact value
     * (whichever is larger): a real mismatch is a wrong amount or column, far beyond either.
     * An empty stated cell agrees only with an undefined growth (base 0), and the reverse.
     */
    public static boolean statedAgrees(long current, long base, BigDecimal stated) {
        if (base == 0 || stated == null) {
            return base == 0 && stated == null;
        }
        // doubles decide all but the cases within a hair of the bound, which exact arithmetic settles
        double exactD = (double) (current - base) / (double) base * 100.0;
        double allowedD = Math.max(Math.max(Math.pow(10, -Math.max(0, stated.scale())), RELATIVE_TOLERANCE * Math.abs(exactD)),
                ABSOLUTE_TOLERANCE);
        double gapD = Math.abs(exactD - stated.doubleValue());
        if (gapD < allowedD * (1 - 1e-6)) {
            return true;
        }
        if (gapD > allowedD * (1 + 1e-6)) {
            return false;
        }
        BigDecimal exact = new BigDecimal(current - base).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal(base), MathContext.DECIMAL128);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, stated.scale()));
        BigDecimal relative = exact.abs().multiply(BigDecimal.valueOf(RELATIVE_TOLERANCE));
        BigDecimal allowed = unit.max(relative).max(BigDecimal.valueOf(ABSOLUTE_TOLERANCE));
        return exact.subtract(stated).abs().compareTo(allowed) <= 0;
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
