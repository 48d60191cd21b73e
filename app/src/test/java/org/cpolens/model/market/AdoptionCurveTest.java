package org.cpolens.model.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cpolens.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AdoptionCurveTest {
    static List<double[]> bassParameters() {
        Random r = new Random(42);
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            out.add(new double[] {0.005 + r.nextDouble() * 0.095, 0.05 + r.nextDouble() * 0.9});
        }
        return out;
    }

    /**
     * The closed form F(t) = (1 - e^-(p+q)t) / (1 + (q/p) e^-(p+q)t) must solve the Bass equation
     * dF/dt = (p + q F)(1 - F), F(0) = 0. Integrating that ODE with RK4 (step 1e-3) checks the closed form
     * independently of its own algebra.
     */
    @ParameterizedTest
    @MethodSource("bassParameters")
    void bassClosedFormSolvesTheBassEquation(double[] pq) {
        double p = pq[0];
        double q = pq[1];
        double f = 0;
        double h = 1e-3;
        for (int step = 1; step <= 10_000; step++) {
            double k1 = rate(p, q, f);
            double k2 = rate(p, q, f + h / 2 * k1);
            double k3 = rate(p, q, f + h / 2 * k2);
            double k4 = rate(p, q, f + h * k3);
            f += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
            if (step % 1000 == 0) {
                double t = step * h;
                assertThat(AdoptionCurve.Bass.cumulative(p, q, t)).as("t=%s", t).isCloseTo(f, within(1e-9));
            }
        }
    }

    private static double rate(double p, double q, double f) {
        return (p + q * f) * (1 - f);
    }

    /** With p = 0.03, q = 0.38 and launch 2025: F(1) = (1 - e^-0.41) / (1 + 12.667 e^-0.41) = 0.3363 / 9.407 = 0.03575. */
    @Test
    void bassShareByCalendarYear() {
        AdoptionCurve.Bass b = new AdoptionCurve.Bass(0.03, 0.38, 1.0, 2025);
        assertThat(b.share(2026)).isCloseTo(0.03575, within(1e-5));
        assertThat(b.share(2025)).isZero();
        assertThat(b.share(2024)).isZero();
        assertThat(new AdoptionCurve.Bass(0.03, 0.38, 0.5, 2025).share(2026)).isCloseTo(0.03575 / 2, within(1e-5));
    }

    @Test
    void logisticIsHalfTheCeilingAtItsMidpoint() {
        AdoptionCurve.Logistic l = new AdoptionCurve.Logistic(0.9, 2031.5, 0.8);
        assertThat(l.share(2031.5)).isCloseTo(0.4, within(1e-15));
        assertThat(l.share(2031.5 + 1) + l.share(2031.5 - 1)).isCloseTo(0.8, within(1e-12)); // point symmetry
    }

    @Test
    void gompertzStartsAtCeilingTimesEToMinusB() {
        AdoptionCurve.Gompertz g = new AdoptionCurve.Gompertz(3.0, 0.5, 2026, 1.0);
        assertThat(g.share(2026)).isCloseTo(Math.exp(-3.0), within(1e-15));
        assertThat(g.share(2100)).isCloseTo(1.0, within(1e-6));
    }

    @ParameterizedTest
    @MethodSource("bassParameters")
    void everyCurveRisesAndStaysWithinItsCeiling(double[] pq) {
        List<AdoptionCurve> curves = List.of(new AdoptionCurve.Bass(pq[0], pq[1], 0.9, 2025),
                new AdoptionCurve.Logistic(pq[1] * 2, 2030, 0.9), new AdoptionCurve.Gompertz(4, pq[1], 2026, 0.9));
        for (AdoptionCurve c : curves) {
            double prev = -1;
            for (double y = 2020; y <= 2060; y += 0.5) {
                double s = c.share(y);
                assertThat(s).isBetween(0.0, 0.9).isGreaterThanOrEqualTo(prev);
                prev = s;
            }
        }
    }

    @Test
    void bassRejectsNonPositiveCoefficients() {
        assertThatThrownBy(() -> new AdoptionCurve.Bass(0, 0.38, 1, 2025)).isInstanceOf(InputException.class)
                .hasMessageContaining("market.adoption.p").hasMessageContaining("greater than zero");
        assertThatThrownBy(() -> new AdoptionCurve.Bass(0.03, -0.1, 1, 2025)).isInstanceOf(InputException.class)
                .hasMessageContaining("market.adoption.q").hasMessageContaining("'-0.1'");
        assertThatThrownBy(() -> new AdoptionCurve.Bass(0.03, 0.38, 1.5, 2025)).isInstanceOf(InputException.class)
                .hasMessageContaining("share outside (0, 1]");
    }
}
