package org.cpolens.model.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The bands use type-7 quantiles (linear between order statistics, as R and NumPy default to). */
class PercentilesTest {
    @Test
    void typeSevenOnSmallSamples() {
        // {1,2,3,4}: h = (n-1)q -> P10 at h=0.3 -> 1.3; P50 at 1.5 -> 2.5; P90 at 2.7 -> 3.7
        double[][] out = MonteCarlo.percentiles(new double[][] {{4, 1, 3, 2}}, false);
        assertThat(out[0][0]).isCloseTo(1.3, within(1e-12));
        assertThat(out[1][0]).isCloseTo(2.5, within(1e-12));
        assertThat(out[2][0]).isCloseTo(3.7, within(1e-12));
    }

    @Test
    void parallelRowsGiveTheSameBands() {
        double[][] rows = new double[7][1001];
        for (int y = 0; y < rows.length; y++) {
            for (int i = 0; i < rows[y].length; i++) {
                rows[y][i] = ((i * 7919L + y * 104729L) % 1001) * (y + 1); // a permutation of 0..1000, scaled
            }
        }
        double[][] serial = MonteCarlo.percentiles(copy(rows), false);
        double[][] parallel = MonteCarlo.percentiles(copy(rows), true);
        assertThat(parallel).isDeepEqualTo(serial);
        for (int y = 0; y < rows.length; y++) {
            // 1,001 values 0..1000 x (y+1): P10 = 100 (y+1), P50 = 500 (y+1), P90 = 900 (y+1)
            assertThat(serial[0][y]).isEqualTo(100.0 * (y + 1));
            assertThat(serial[1][y]).isEqualTo(500.0 * (y + 1));
            assertThat(serial[2][y]).isEqualTo(900.0 * (y + 1));
        }
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
