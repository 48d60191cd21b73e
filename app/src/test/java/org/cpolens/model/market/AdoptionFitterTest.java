package org.cpolens.model.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.TreeMap;
import org.cpolens.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdoptionFitterTest {
    private static TreeMap<Integer, Double> points(Object... yearShare) {
        TreeMap<Integer, Double> m = new TreeMap<>();
        for (int i = 0; i < yearShare.length; i += 2) {
            m.put((Integer) yearShare[i], (Double) yearShare[i + 1]);
        }
        return m;
    }

    /** The example: "1% in 2026, 35% in 2030". Two parameters, two points: both must be hit. */
    @ParameterizedTest
    @CsvSource({"logistic", "gompertz", "bass"})
    void twoPointsAreHitExactly(String model) {
        AdoptionFit f = AdoptionFitter.fit(model, points(2026, 0.01, 2030, 0.35), 1.0, 2025);
        assertThat(f.curve().model()).isEqualTo(model);
        assertThat(f.curve().share(2026)).isCloseTo(0.01, within(1e-8));
        assertThat(f.curve().share(2030)).isCloseTo(0.35, within(1e-8));
        assertThat(f.rms()).isLessThan(1e-8);
        assertThat(f.residuals()).hasSize(2);
    }

    /** Logistic through (2026, 1%) and (2030, 35%): k = (logit 0.35 - logit 0.01) / 4 = (-0.619 + 4.595) / 4 = 0.994. */
    @Test
    void logisticParametersMatchTheAlgebra() {
        AdoptionCurve.Logistic l = (AdoptionCurve.Logistic) AdoptionFitter
                .fit("logistic", points(2026, 0.01, 2030, 0.35), 1.0, 2025).curve();
        double k = (Math.log(0.35 / 0.65) - Math.log(0.01 / 0.99)) / 4;
        assertThat(l.k()).isCloseTo(k, within(1e-8));
        assertThat(l.midpointYear()).isCloseTo(2026 - Math.log(0.01 / 0.99) / k, within(1e-6));
    }

    @Test
    void pointsOnAKnownCurveRecoverItsParameters() {
        AdoptionCurve.Bass truth = new AdoptionCurve.Bass(0.02, 0.45, 0.8, 2024);
        TreeMap<Integer, Double> pts = new TreeMap<>();
        for (int y = 2026; y <= 2032; y++) {
            pts.put(y, truth.share(y));
        }
        AdoptionCurve.Bass fit = (AdoptionCurve.Bass) AdoptionFitter.fit("bass", pts, 0.8, 2024).curve();
        assertThat(fit.p()).isCloseTo(0.02, within(1e-6));
        assertThat(fit.q()).isCloseTo(0.45, within(1e-6));
    }

    @Test
    void morePointsThanParametersReportResiduals() {
        AdoptionFit f = AdoptionFitter.fit("logistic", points(2026, 0.01, 2028, 0.12, 2030, 0.35), 1.0, 2025);
        double[] res = f.residuals();
        assertThat(res).hasSize(3);
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            assertThat(res[i]).isCloseTo(f.fitted()[i] - f.observed()[i], within(1e-15));
            sum += res[i] * res[i];
        }
        assertThat(f.rms()).isCloseTo(Math.sqrt(sum / 3), within(1e-15)).isGreaterThan(1e-6);
    }

    /** With more points than parameters the fit must be a least-squares minimum: nudging b or c never lowers the cost. */
    @Test
    void overdeterminedGompertzFitIsALeastSquaresMinimum() {
        TreeMap<Integer, Double> pts = points(2026, 0.01, 2028, 0.1, 2030, 0.35);
        AdoptionFit f = AdoptionFitter.fit("gompertz", pts, 1.0, 2025);
        AdoptionCurve.Gompertz g = (AdoptionCurve.Gompertz) f.curve();
        double best = cost(g, pts);
        assertThat(best).isCloseTo(3 * f.rms() * f.rms(), within(1e-15));
        for (double db : new double[] {-1e-3, 1e-3}) {
            for (double dc : new double[] {-1e-3, 0, 1e-3}) {
                AdoptionCurve.Gompertz nudged = new AdoptionCurve.Gompertz(g.b() * (1 + db), g.c() * (1 + dc),
                        g.referenceYear(), 1.0);
                assertThat(cost(nudged, pts)).isGreaterThanOrEqualTo(best);
            }
        }
    }

    private static double cost(AdoptionCurve c, TreeMap<Integer, Double> pts) {
        double sum = 0;
        for (var e : pts.entrySet()) {
            double r = c.share(e.getKey()) - e.getValue();
            sum += r * r;
        }
        return sum;
    }

    @Test
    void unfittablePointSetsAreOneClearError() {
        assertThatThrownBy(() -> AdoptionFitter.fit("logistic", points(2026, 0.2), 1.0, 2025))
                .isInstanceOf(InputException.class).hasMessageContaining("at least two points");
        assertThatThrownBy(() -> AdoptionFitter.fit("logistic", points(2026, 0.3, 2030, 0.1), 1.0, 2025))
                .isInstanceOf(InputException.class).hasMessageContaining("market.adoption.points.2030")
                .hasMessageContaining("must rise");
        assertThatThrownBy(() -> AdoptionFitter.fit("logistic", points(2026, 0.0, 2030, 0.3), 1.0, 2025))
                .isInstanceOf(InputException.class).hasMessageContaining("strictly between 0 and the ceiling");
        assertThatThrownBy(() -> AdoptionFitter.fit("gompertz", points(2026, 0.1, 2030, 0.6), 0.5, 2025))
                .isInstanceOf(InputException.class).hasMessageContaining("'0.6'");
        assertThatThrownBy(() -> AdoptionFitter.fit("bass", points(2024, 0.01, 2030, 0.3), 1.0, 2025))
                .isInstanceOf(InputException.class).hasMessageContaining("after the launch year 2025");
    }
}
