package org.cpolens.io.sweep;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer with the number formatting a sweep row needs, without going through
 * {@code String}: {@code Double.toString} alone would take most of a row's budget.
 */
final class AsciiBuffer {
    /** Above this, value x 10^6 could overflow a long; such values take the slow path. */
    private static final double FAST_LIMIT = 9.0e12;

    private byte[] bytes;
    private int size;

    AsciiBuffer(int capacity) {
        bytes = new byte[Math.max(64, capacity)];
    }

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    byte[] array() {
        return bytes;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    AsciiBuffer append(byte[] b) {
        return append(b, b.length);
    }

    AsciiBuffer append(byte[] b, int length) {
        ensure(length);
        if (length < 32) {
            // Most appends are a comma or an id: a plain loop beats arraycopy's set-up at this size.
            byte[] to = bytes;
            int at = size;
            for (int i = 0; i < length; i++) {
                to[at + i] = b[i];
            }
        } else {
            System.arraycopy(b, 0, bytes, size, length);
        }
        size += length;
        return this;
    }

    AsciiBuffer append(char c) {
        ensure(1);
        bytes[size++] = (byte) c;
        return this;
    }

    AsciiBuffer append(String ascii) {
        return append(ascii.getBytes(StandardCharsets.UTF_8));
    }

    AsciiBuffer append(long v) {
        ensure(20);
        if (v == Long.MIN_VALUE) {
            return append(Long.toString(v));
        }
        if (v < 0) {
            bytes[size++] = '-';
            v = -v;
        }
        size = writeDigits(v, digits(v), bytes, size);
        return this;
    }

    /** Writes {@code count} digits of {@code v} (zero-padded) at {@code at}, two at a time; returns the end. */
    private static int writeDigits(long v, int count, byte[] b, int at) {
        int i = at + count;
        // Long division by a constant stays a real division; split off the low 9 digits so the rest
        // runs in int arithmetic, which the JIT turns into multiplications.
        while (v > Integer.MAX_VALUE) {
            long q = v / 1_000_000_000L;
            writeInt((int) (v - q * 1_000_000_000L), 9, b, i - 9);
            i -= 9;
            v = q;
        }
        writeInt((int) v, i - at, b, at);
        return at + count;
    }

    private static void writeInt(int v, int count, byte[] b, int at) {
        int i = at + count;
        while (i - at >= 2) {
            int q = v / 100;
            int r = (v - q * 100) * 2;
            b[--i] = PAIRS[r + 1];
            b[--i] = PAIRS[r];
            v = q;
        }
        if (i > at) {
            b[--i] = (byte) ('0' + v % 10);
        }
    }

    /** "00" to "99". */
    private static final byte[] PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (byte) ('0' + i / 10);
            PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    /**
     * {@code v} rounded half up to six decimals, as {@code Math.round(v * 1e6) / 1e6} would give,
     * with trailing zeros (and a bare point) dropped: 832.14336, 640, -0.5. The constant divisor
     * lets the JIT replace the divisions with multiplications; this is most of a row's cost.
     */
    AsciiBuffer appendMicros(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v) || Math.abs(v) >= FAST_LIMIT) {
            return append(Double.isFinite(v) ? Double.toString(v) : "");
        }
        long scaled = Math.round(v * 1e6);
        ensure(32);
        byte[] b = bytes;
        int at = size;
        if (scaled < 0) {
            b[at++] = '-';
            scaled = -scaled;
        }
        long whole = scaled / 1_000_000L;
        int frac = (int) (scaled - whole * 1_000_000L);
        at = writeDigits(whole, digits(whole), b, at);
        if (frac != 0) {
            b[at++] = '.';
            writeInt(frac, 6, b, at);
            at += 6;
            while (b[at - 1] == '0') {
                at--;
            }
        }
        size = at;
        return this;
    }

    private static int digits(long v) {
        int d = 1;
        long p = 10;
        while (d < 19 && v >= p) {
            p *= 10;
            d++;
        }
        return d;
    }
}
