package org.cpolens.model.sweep;

import java.util.Arrays;

/**
 * Points not dominated in two quantities to minimise (here network watts and optics capex per
 * endpoint), kept sorted by the first ascending, so the second descends. Adding is O(log n) to
 * test and O(n) only when points are removed. Of equal points the first added stays, and adding
 * in row order keeps the earliest row, whatever the chunking.
 */
public final class ParetoFront {
    private double[] x = new double[16];
    private double[] y = new double[16];
    private long[] row = new long[16];
    private int size;

    /** Adds a point; returns whether it joined the front. */
    public boolean add(double px, double py, long prow) {
        if (Double.isNaN(px) || Double.isNaN(py)) {
            return false;
        }
        int upper = upperBound(px); // points with x <= px are [0, upper)
        if (upper > 0 && y[upper - 1] <= py) {
            return false; // dominated by, or equal to, a point already here
        }
        int lower = lowerBound(px); // points with x >= px start here
        int end = lower;
        while (end < size && y[end] >= py) {
            end++;
        }
        int removed = end - lower;
        if (removed == 0) {
            grow();
            System.arraycopy(x, lower, x, lower + 1, size - lower);
            System.arraycopy(y, lower, y, lower + 1, size - lower);
            System.arraycopy(row, lower, row, lower + 1, size - lower);
            size++;
        } else if (removed > 1) {
            System.arraycopy(x, end, x, lower + 1, size - end);
            System.arraycopy(y, end, y, lower + 1, size - end);
            System.arraycopy(row, end, row, lower + 1, size - end);
            size -= removed - 1;
        }
        x[lower] = px;
        y[lower] = py;
        row[lower] = prow;
        return true;
    }

    /** Adds every point of {@code other}, in its order. */
    public void addAll(ParetoFront other) {
        for (int i = 0; i < other.size; i++) {
            add(other.x[i], other.y[i], other.row[i]);
        }
    }

    private int upperBound(double v) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int lowerBound(double v) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void grow() {
        if (size == x.length) {
            x = Arrays.copyOf(x, size * 2);
            y = Arrays.copyOf(y, size * 2);
            row = Arrays.copyOf(row, size * 2);
        }
    }

    public int size() {
        return size;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    public long row(int i) {
        return row[i];
    }
}
