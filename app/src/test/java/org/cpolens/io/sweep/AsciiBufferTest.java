package org.cpolens.io.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The digits written straight into the buffer are the text the plain definitions give. */
class AsciiBufferTest {
    /** What {@code appendMicros} promises: Math.round(v * 1e6) / 1e6 in plain notation, no trailing zeros. */
    private static String micros(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (Math.abs(v) >= 9.0e12) {
            return Double.toString(v);
        }
        long scaled = Math.round(v * 1e6);
        return scaled == 0 ? "0" : BigDecimal.valueOf(scaled, 6).stripTrailingZeros().toPlainString();
    }

    private static String text(AsciiBuffer b) {
        return new String(b.array(), 0, b.size(), StandardCharsets.US_ASCII);
    }

    @Test
    void fixedPointMatchesTheRoundedDecimal() {
        SplittableRandom random = new SplittableRandom(20);
        AsciiBuffer b = new AsciiBuffer(16);
        for (int i = 0; i < 400_000; i++) {
            // every magnitude from 1e-8 to 1e13, both signs, and values on exact micro steps
            double v = switch (i % 4) {
                case 0 -> Math.pow(10, random.nextDouble(-8, 13)) * (random.nextBoolean() ? 1 : -1);
                case 1 -> random.nextLong(-9_000_000_000_000_000L, 9_000_000_000_000_000L) / 1e6;
                case 2 -> random.nextInt(-2_000_000, 2_000_000) / 1000.0;
                default -> random.nextLong(0, 10_000_000_000_000L);
            };
            b.clear();
            b.append(',').appendMicros(v).append(',');
            assertThat(text(b)).as("%s", v).isEqualTo("," + micros(v) + ",");
        }
    }

    @Test
    void edgeValues() {
        double[] values = {0, -0.0, 0.5e-6, -0.5e-6, 0.4999e-6, 1e-6, 999_999.999999, 1_000_000, 8.99999999e12,
                9e12, -9e12, 1e300, Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, 832.14336, 640, -0.5, 0.001, 0.000123, 123.1, 100.01, 1000.000001};
        AsciiBuffer b = new AsciiBuffer(1);
        for (double v : values) {
            b.clear();
            b.appendMicros(v);
            assertThat(text(b)).as("%s", v).isEqualTo(micros(v));
        }
    }

    @Test
    void longsMatchLongToString() {
        SplittableRandom random = new SplittableRandom(7);
        AsciiBuffer b = new AsciiBuffer(1);
        long[] edges = {0, 1, -1, 9, 10, 99, 100, 999, 1000, 999_999, 1_000_000, 999_999_999, 1_000_000_000,
                999_999_999_999_999_999L, 1_000_000_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1};
        for (long v : edges) {
            b.clear();
            b.append(v);
            assertThat(text(b)).isEqualTo(Long.toString(v));
        }
        for (int i = 0; i < 200_000; i++) {
            long v = random.nextLong() >> random.nextInt(64);
            b.clear();
            b.append(v).append(';');
            assertThat(text(b)).isEqualTo(v + ";");
        }
    }

    @Test
    void packedAndRememberedBytesComeBackExactly() {
        AsciiBuffer b = new AsciiBuffer(1);
        b.append(AsciiBuffer.pack("\"opticsWattsPerAccelerator\":".getBytes(StandardCharsets.US_ASCII)));
        long[] words = new long[8];
        int start = b.mark(words.length);
        b.append(',').appendMicros(-1234567.125);
        int length = b.saveWords(start, words, 0, words.length);
        b.append(AsciiBuffer.pack(new byte[0])).appendWords(words, 0, length).append('!');
        assertThat(text(b)).isEqualTo("\"opticsWattsPerAccelerator\":,-1234567.125,-1234567.125!");
        assertThat(b.saveWords(0, new long[1], 0, 1)).as("too long to keep").isEqualTo(-1);
    }
}
