package org.cpolens.model.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RevenueMathTest {
    @Test
    void growthIsChangeOverBaseInPercent() {
        // (110 - 100) / 100 x 100 = 10 %; (90 - 120) / 120 x 100 = -25 %
        assertThat(RevenueMath.growthPercent(110, 100).getAsDouble()).isCloseTo(10.0, within(1e-12));
        assertThat(RevenueMath.growthPercent(90, 120).getAsDouble()).isCloseTo(-25.0, within(1e-12));
    }

    @Test
    void growthIsEmptyWhenLastYearWasZero() {
        assertThat(RevenueMath.growthPercent(6741, 0)).isEmpty();
        assertThat(RevenueMath.growthPercent(new long[] {1, 2, 3}, new long[] {0, 0, 0})).isEmpty();
    }

    @Test
    void sumGrowthWeighsMonthsByTheirSize() {
        // (100 + 300) / (100 + 100) - 1 = 100 %, not the mean of 0 % and 200 %
        assertThat(RevenueMath.growthPercent(new long[] {100, 300}, new long[] {100, 100}).getAsDouble())
                .isCloseTo(100.0, within(1e-12));
    }

    @Test
    void statedValueAgreesWithinTheFilesRounding() {
        // exact: (538465 - 347397) / 347397 x 100 = 54.9998992..., rounded 55.00, cut toward zero 54.99
        assertThat(RevenueMath.statedAgrees(538465, 347397, new BigDecimal("55.00"))).isTrue();
        assertThat(RevenueMath.statedAgrees(538465, 347397, new BigDecimal("54.99"))).isTrue();
        assertThat(RevenueMath.statedAgrees(538465, 347397, new BigDecimal("55.01"))).isFalse();
        assertThat(RevenueMath.statedAgrees(538465, 347397, new BigDecimal("54.98"))).isFalse();
        assertThat(RevenueMath.statedAgrees(538465, 347397, new BigDecimal("55.0"))).isTrue();
        assertThat(RevenueMath.statedAgrees(538465, 347397, new BigDecimal("55.2"))).isFalse();
        // an empty cell agrees only with a zero base, and a zero base only with an empty cell
        assertThat(RevenueMath.statedAgrees(6741, 0, null)).isTrue();
        assertThat(RevenueMath.statedAgrees(6741, 0, new BigDecimal("0.00"))).isFalse();
        assertThat(RevenueMath.statedAgrees(6741, 6525, null)).isFalse();
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 20);
    }

    /** Seeded random filings: the value a file prints (rounded half-up to 2 decimals) always agrees; one unit off never does. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void roundedValuesAgreeAndPerturbedOnesDoNot(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < 500; i++) {
            long base = 1 + rnd.nextLong(1_000_000_000L);
            long current = rnd.nextLong(2_000_000_000L);
            BigDecimal printed = RevenueMath.roundedPercent(current, base, 2);
            assertThat(RevenueMath.statedAgrees(current, base, printed)).as("seed %d: %d over %d", seed, current, base).isTrue();
            double exact = RevenueMath.growthPercent(current, base).getAsDouble();
            assertThat(Math.abs(exact - printed.doubleValue())).isLessThanOrEqualTo(0.005 + 1e-12);
            assertThat(RevenueMath.statedAgrees(current, base, printed.add(new BigDecimal("0.02")))).isFalse();
        }
    }

    /**
     * The live files print the full double, computed in an order we do not know: both orders agree,
     * and the same cell against amounts one thousand NT$ off does not.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void fullPrecisionValuesAgreeInAnyOperationOrder(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < 500; i++) {
            long base = 1_000 + rnd.nextLong(100_000_000L);
            long current = base / 2 + rnd.nextLong(base);
            BigDecimal differenceFirst = new BigDecimal(Double.toString((double) (current - base) / base * 100.0));
            BigDecimal ratioFirst = new BigDecimal(Double.toString((double) current / base * 100.0 - 100.0));
            assertThat(RevenueMath.statedAgrees(current, base, differenceFirst)).as("%d over %d", current, base).isTrue();
            assertThat(RevenueMath.statedAgrees(current, base, ratioFirst)).as("%d over %d", current, base).isTrue();
            assertThat(RevenueMath.statedAgrees(current + 1, base, differenceFirst)).as("%d+1 over %d", current, base)
                    .isFalse();
        }
    }
}
