package org.cpolens.io.sweep;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer with the number formatting a sweep row needs, without going through
 * {@code String}: {@code Double.toString} alone would take most of a row's budget.
 *
 * <p>Digits go straight into the array three at a time: a table holds "000" to "999" packed into
 * the low three bytes of an int, and one little-endian int or long store (a single machine store
 * once the JIT is done) writes a group, or a whole six-digit fraction with its point. Stores may
 * write up to {@link #SLACK} bytes past the end of what they add; those bytes are overwritten by
 * the next append or lie beyond {@link #size()}, so the buffer always keeps that much room spare.
 */
final class AsciiBuffer {
    /** Above this, value x 10^6 could overflow a long; such values take the slow path. */
    private static final double FAST_LIMIT = 9.0e12;

    /** Bytes a packed store may write past the end of what it appends. */
    static final int SLACK = 8;

    /** The most bytes {@link #appendMicros} adds: "-", 13 digits, "." and 6 digits, or a {@code Double.toString}. */
    static final int MAX_NUMBER = 26;

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** n = 0..999 as three ASCII digits, the first in the lowest byte. */
    private static final int[] TRIPLE = new int[1000];
    /** Trailing zero digits of the three-digit group n (3 for 0). */
    private static final byte[] TRAILING_ZEROS = new byte[1000];

    static {
        for (int n = 0; n < 1000; n++) {
            TRIPLE[n] = ('0' + n / 100) | ('0' + n / 10 % 10) << 8 | ('0' + n % 10) << 16;
            int z = 0;
            for (int m = n; z < 3 && m % 10 == 0; m /= 10) {
                z++;
            }
            TRAILING_ZEROS[n] = (byte) z;
        }
    }

    private byte[] bytes;
    private int size;

    AsciiBuffer(int capacity) {
        bytes = new byte[Math.max(64, capacity) + SLACK];
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

    /** Makes room for {@code more} bytes (plus the slack packed stores need). */
    void ensure(int more) {
        if (size + more + SLACK > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more + SLACK));
        }
    }

    AsciiBuffer append(byte[] b) {
        return append(b, b.length);
    }

    AsciiBuffer append(byte[] b, int length) {
        ensure(length);
        System.arraycopy(b, 0, bytes, size, length);
        size += length;
        return this;
    }

    /**
     * Appends a short constant (a separator, an id, a JSON key) given as {@link #pack}ed words:
     * whole-word stores instead of a byte loop or an {@code arraycopy} set-up for a few bytes.
     */
    AsciiBuffer append(Packed p) {
        long[] words = p.words;
        ensure(words.length * 8);
        byte[] b = bytes;
        int at = size;
        for (int i = 0; i < words.length; i++) {
            LONG.set(b, at + 8 * i, words[i]);
        }
        size = at + p.length;
        return this;
    }

    /** Appends {@code length} bytes kept as words from {@code from} on by {@link #saveWords}. */
    AsciiBuffer appendWords(long[] words, int from, int length) {
        int count = (length + 7) >>> 3;
        ensure(count * 8);
        byte[] b = bytes;
        int at = size;
        for (int i = 0; i < count; i++) {
            LONG.set(b, at + 8 * i, words[from + i]);
        }
        size = at + length;
        return this;
    }

    /** Makes room for {@code words} words, for what follows to be read back by {@link #saveWords}; returns where it starts. */
    int mark(int words) {
        ensure(words * 8);
        return size;
    }

    /**
     * Copies what was appended since {@code start} (a {@link #mark} of at least {@code count} words)
     * into {@code words} from {@code at} on; returns its length in bytes, or -1 when it does not fit.
     */
    int saveWords(int start, long[] words, int at, int count) {
        int length = size - start;
        if (length > count * 8) {
            return -1;
        }
        byte[] b = bytes;
        for (int i = 0; i < count; i++) {
            words[at + i] = (long) LONG.get(b, start + 8 * i);
        }
        return length;
    }

    /** Bytes in 8-byte little-endian words, for {@link #append(Packed)}. */
    record Packed(long[] words, int length) {
    }

    static Packed pack(byte[] b) {
        long[] words = new long[(b.length + 7) / 8];
        for (int i = 0; i < b.length; i++) {
            words[i / 8] |= (b[i] & 0xffL) << (8 * (i % 8));
        }
        return new Packed(words, b.length);
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
        byte[] b = bytes;
        int at = size;
        if (v < 0) {
            b[at++] = '-';
            v = -v;
        }
        size = writeWhole(v, b, at);
        return this;
    }

    /**
     * {@code v} rounded half up to six decimals, as {@code Math.round(v * 1e6) / 1e6} would give,
     * with trailing zeros (and a bare point) dropped: 832.14336, 640, -0.5. This is most of a
     * row's cost, so it runs on ints where it can and stores digits in groups.
     */
    AsciiBuffer appendMicros(double v) {
        if (!(Math.abs(v) < FAST_LIMIT)) { // NaN, infinite, or too large for the fixed-point path
            return append(Double.isFinite(v) ? Double.toString(v) : "");
        }
        long scaled = Math.round(v * 1e6);
        ensure(MAX_NUMBER);
        byte[] b = bytes;
        int at = size;
        if (scaled < 0) {
            b[at++] = '-';
            scaled = -scaled;
        }
        long whole = scaled / 1_000_000L;
        int frac = (int) (scaled - whole * 1_000_000L);
        at = writeWhole(whole, b, at);
        if (frac != 0) {
            int hi = frac / 1000;
            int lo = frac - hi * 1000;
            // '.', then six digits in one store; the length drops the trailing zeros
            LONG.set(b, at, '.' | (long) TRIPLE[hi] << 8 | (long) TRIPLE[lo] << 32);
            at += lo == 0 ? 4 - TRAILING_ZEROS[hi] : 7 - TRAILING_ZEROS[lo];
        }
        size = at;
        return this;
    }

    /** Writes {@code v >= 0} at {@code at} without leading zeros; returns the end. Needs 20 + SLACK bytes of room. */
    private static int writeWhole(long v, byte[] b, int at) {
        if (v < 1_000_000_000L) {
            return writeSmall((int) v, b, at);
        }
        if (v < 1_000_000_000_000_000_000L) {
            long high = v / 1_000_000_000L;
            at = writeSmall((int) high, b, at);
            return writeNine((int) (v - high * 1_000_000_000L), b, at);
        }
        long high = v / 1_000_000_000_000_000_000L; // 1..9
        b[at++] = (byte) ('0' + high);
        v -= high * 1_000_000_000_000_000_000L;
        long mid = v / 1_000_000_000L;
        at = writeNine((int) mid, b, at);
        return writeNine((int) (v - mid * 1_000_000_000L), b, at);
    }

    /** {@code 0 <= v < 10^9} without leading zeros. */
    private static int writeSmall(int v, byte[] b, int at) {
        if (v < 1000) {
            return writeLead(v, b, at);
        }
        if (v < 1_000_000) {
            int q = v / 1000;
            at = writeLead(q, b, at);
            INT.set(b, at, TRIPLE[v - q * 1000]);
            return at + 3;
        }
        int q = v / 1_000_000;
        int r = v - q * 1_000_000;
        int m = r / 1000;
        at = writeLead(q, b, at);
        LONG.set(b, at, TRIPLE[m] | (long) TRIPLE[r - m * 1000] << 24);
        return at + 6;
    }

    /** Exactly nine digits, zero-padded. */
    private static int writeNine(int v, byte[] b, int at) {
        int q = v / 1_000_000;
        int r = v - q * 1_000_000;
        int m = r / 1000;
        LONG.set(b, at, TRIPLE[q] | (long) TRIPLE[m] << 24 | (long) TRIPLE[r - m * 1000] << 48);
        b[at + 8] = (byte) ('0' + (r - m * 1000) % 10);
        return at + 9;
    }

    /** {@code 0 <= v < 1000} without leading zeros. */
    private static int writeLead(int v, byte[] b, int at) {
        int skip = v < 10 ? 2 : v < 100 ? 1 : 0;
        INT.set(b, at, TRIPLE[v] >>> (8 * skip));
        return at + 3 - skip;
    }
}
