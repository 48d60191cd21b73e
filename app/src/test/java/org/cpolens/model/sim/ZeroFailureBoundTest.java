package org.cpolens.model.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.cpolens.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZeroFailureBoundTest {
    /**
     * By hand: with no failure in T hours, the 95% upper bound m/T solves P(N = 0 | m) = e^-m = 0.05,
     * so m = ln 20 = 2.995732. Broadcom's release (2025-10-01, Meta's ECOC 2025 data): 1,000,000
     * 400G-equivalent port-hours, no failure: 2.995732e-6 per port-hour = 2,995.7 FIT per 400G port.
     * A 6.4T engine carries 16 such ports: 47,931.7 FIT, i.e. an MTBF of at least 20,863 h. The later
     * ~15 M port-hours (secondary) give 199.72 FIT per port and 3,195.4 FIT per engine.
     */
    @Test
    void zeroFailuresAtNinetyFivePercentIsLn20OverTheExposure() {
        RateEstimate perPort = ZeroFailureBound.upperBound(1.0e6, 0, 0.95, "1/h per 400G port");
        assertThat(perPort.value()).isCloseTo(Math.log(20) / 1.0e6, within(1e-12));
        assertThat(perPort.kind()).isEqualTo(RateEstimate.Kind.UPPER_BOUND);
        assertThat(perPort.label()).isEqualTo("upper bound (95%)");

        RateEstimate engine = ZeroFailureBound.engineFit(1.0e6, 0, 0.95, 400, 6400);
        assertThat(engine.value()).isCloseTo(47_931.7, within(0.1));
        assertThat(engine.unit()).isEqualTo("FIT per 6400 Gb/s engine");
        assertThat(1.0e9 / engine.value()).isCloseTo(20_863, within(1.0));

        assertThat(ZeroFailureBound.engineFit(15.0e6, 0, 0.95, 400, 400).value()).isCloseTo(199.72, within(0.01));
        assertThat(ZeroFailureBound.engineFit(15.0e6, 0, 0.95, 400, 6400).value()).isCloseTo(3_195.4, within(0.1));
        assertThat(ZeroFailureBound.fitPerGbps(1.0e6, 0, 0.95, 400).value()).isCloseTo(2_995.732 / 400, within(1e-3));
    }

    /**
     * The chi-square bound against its Poisson identity, solved here by bisection without the
     * chi-square distribution: the upper bound m/T on the mean count m satisfies
     * P(N <= r | m) = sum_{k<=r} e^-m m^k / k! = 1 - c. Hand values: r = 1, c = 0.95 gives
     * e^-m (1 + m) = 0.05, m = 4.7439; r = 0, c = 0.6 gives m = -ln 0.4 = 0.9163.
     */
    @ParameterizedTest
    @CsvSource({"0, 0.95", "0, 0.6", "1, 0.95", "2, 0.90", "5, 0.99", "20, 0.95"})
    void theBoundMatchesThePoissonIdentity(int failures, double confidence) {
        double exposure = 3.0e6;
        double m = ZeroFailureBound.upperBound(exposure, failures, confidence, "1/h").value() * exposure;
        double lo = 0;
        double hi = 200;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (poissonCdf(failures, mid) > 1 - confidence) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        assertThat(m).isCloseTo(lo, within(1e-7 * Math.max(1, lo)));
    }

    @Test
    void handValuesOfThePoissonIdentity() {
        assertThat(ZeroFailureBound.upperBound(1, 1, 0.95, "1/h").value()).isCloseTo(4.7439, within(1e-4));
        assertThat(ZeroFailureBound.upperBound(1, 0, 0.6, "1/h").value()).isCloseTo(-Math.log(0.4), within(1e-9));
    }

    private static double poissonCdf(int r, double m) {
        double term = Math.exp(-m);
        double sum = term;
        for (int k = 1; k <= r; k++) {
            term *= m / k;
            sum += term;
        }
        return sum;
    }

    /**
     * The engine rate is a property of the engine, not of the fabric's port speed: the same field
     * hours counted as 800G-equivalent port-hours (half as many) give the same bound per 6.4T engine,
     * 8 ports of 800G or 16 of 400G.
     */
    @Test
    void theEngineRateIsTheSameWhetherPortsAreCountedAt400gOr800g() {
        RateEstimate at400 = ZeroFailureBound.engineFit(15.0e6, 0, 0.95, 400, 6400);
        RateEstimate at800 = ZeroFailureBound.engineFit(7.5e6, 0, 0.95, 800, 6400);
        assertThat(at800.value()).isCloseTo(at400.value(), within(1e-9 * at400.value()));
        RateEstimate per800Port = ZeroFailureBound.engineFit(15.0e6, 0, 0.95, 400, 800);
        assertThat(8 * per800Port.value()).isCloseTo(at400.value(), within(1e-9 * at400.value()));
    }

    @Test
    void moreExposureTightensTheBoundAndAFailureLoosensIt() {
        double one = ZeroFailureBound.upperBound(1.0e6, 0, 0.95, "1/h").value();
        assertThat(ZeroFailureBound.upperBound(15.0e6, 0, 0.95, "1/h").value()).isCloseTo(one / 15, within(1e-15));
        assertThat(ZeroFailureBound.upperBound(1.0e6, 1, 0.95, "1/h").value()).isGreaterThan(one);
        assertThat(ZeroFailureBound.upperBound(1.0e6, 0, 0.99, "1/h").value()).isGreaterThan(one);
    }

    @Test
    void zeroFailuresHaveNoPointEstimateAndBadInputNamesTheField() {
        assertThatThrownBy(() -> ZeroFailureBound.pointEstimate(1.0e6, 0, "1/h")).isInstanceOf(InputException.class)
                .hasMessageContaining("failures").hasMessageContaining("upper bound");
        assertThat(ZeroFailureBound.pointEstimate(1.0e6, 3, "1/h").value()).isEqualTo(3.0e-6);
        assertThat(ZeroFailureBound.pointEstimate(1.0e6, 3, "1/h").label()).isEqualTo("point estimate");
        assertThatThrownBy(() -> ZeroFailureBound.upperBound(0, 0, 0.95, "1/h")).hasMessageContaining("exposureHours");
        assertThatThrownBy(() -> ZeroFailureBound.upperBound(1, -1, 0.95, "1/h")).hasMessageContaining("failures");
        assertThatThrownBy(() -> ZeroFailureBound.upperBound(1, 0, 1.0, "1/h")).hasMessageContaining("confidence");
        assertThatThrownBy(() -> ZeroFailureBound.engineFit(1, 0, 0.95, 400, 0)).hasMessageContaining("engineGbps");
    }
}
