package org.cpolens.model.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cpolens.io.MarketInputsParser;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Status;
import org.cpolens.model.eval.OpticsLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TopDownSourceTest {
    private static final ForecastScope SCOPE = ForecastScope.all("test", ValueScope.OPTICS, Status.ASSUMPTION, "");

    private static TopDownSource bundled(String id) {
        List<TopDownSource> all = MarketInputsParser.bundledSources();
        return all.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * Golden (figures.md s6, Morgan Stanley Jan 2025 via the seed): 2023 -> 2030 at 172% CAGR to ~US$9.3B.
     * From the catalog's 2023 base of US$8.4M: 8.4e6 x 2.72^7 = 8.4e6 x 1101.5 = US$9.25B, 0.5% under 9.3B.
     */
    @Test
    void morganStanleyBaseReaches93BillionIn2030FromAn84MillionBase() {
        TopDownSource ms = bundled("morgan-stanley-base");
        assertThat(ms.fromYear()).isEqualTo(2023);
        assertThat(ms.fromValue()).isEqualTo(8.4e6);
        assertThat(ms.valueAt(2030)).isCloseTo(9.3e9, within(0.02 * 9.3e9));
    }

    /** Golden: bull case 210% CAGR: 8.4e6 x 3.1^7 = 8.4e6 x 2751.3 = US$23.11B, 0.5% over ~US$23B. */
    @Test
    void morganStanleyBullReaches23BillionIn2030() {
        TopDownSource bull = bundled("morgan-stanley-bull");
        assertThat(bull.valueAt(2030)).isCloseTo(23e9, within(0.02 * 23e9));
    }

    /** Yole states 137% CAGR; its two points US$46M (2024) -> US$8.1B (2030) imply (8100/46)^(1/6) - 1 = 136.7%. */
    @Test
    void twoPointsDeriveTheCagrYoleStates() {
        TopDownSource yole = bundled("yole");
        assertThat(yole.cagr()).isCloseTo(1.37, within(0.01));
    }

    @Test
    void bothFormsAgree() {
        TopDownSource a = TopDownSource.fromCagr("a", "a", Metric.REVENUE_USD, 2023, 8.4e6, 1.72, 2030, SCOPE, "s",
                Status.STATED, "");
        TopDownSource b = TopDownSource.fromPoints("b", "b", Metric.REVENUE_USD, 2023, 8.4e6, 2030, a.toValue(), SCOPE, "s",
                Status.STATED, "");
        assertThat(b.cagr()).isCloseTo(1.72, within(1e-12));
        for (int y = 2023; y <= 2030; y++) {
            assertThat(b.valueAt(y)).isCloseTo(a.valueAt(y), within(a.valueAt(y) * 1e-12));
        }
        assertThat(a.valueAt(2031)).isNaN();
        assertThat(a.valueAt(2022)).isNaN();
    }

    static List<double[]> growthCases() {
        // seeded: the same cases every run
        java.util.Random r = new java.util.Random(20260101L);
        List<double[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(new double[] {1e6 + r.nextDouble() * 1e9, -0.9 + r.nextDouble() * 3.5, 1 + r.nextInt(12)});
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("growthCases")
    void cagrRoundTripsThroughPoints(double[] c) {
        int years = (int) c[2];
        TopDownSource a = TopDownSource.fromCagr("x", "x", Metric.REVENUE_USD, 2020, c[0], c[1], 2020 + years, SCOPE, "s",
                Status.ASSUMPTION, "");
        assertThat(TopDownSource.impliedCagr(a.fromValue(), a.toValue(), years)).isCloseTo(c[1], within(1e-9));
    }

    @Test
    void aCagrBelowMinus100PercentIsRejected() {
        assertThatThrownBy(() -> TopDownSource.fromCagr("x", "x", Metric.REVENUE_USD, 2023, 1e6, -1.2, 2030, SCOPE, "s",
                Status.ASSUMPTION, ""))
                .isInstanceOf(InputException.class).hasMessageContaining("x.cagr").hasMessageContaining("-1.2")
                .hasMessageContaining("above -100%");
    }

    @Test
    void pointsOutOfOrderAreRejected() {
        assertThatThrownBy(() -> TopDownSource.fromPoints("x", "x", Metric.PORTS, 2030, 1, 2025, 2, SCOPE, "s",
                Status.ASSUMPTION, ""))
                .isInstanceOf(InputException.class).hasMessageContaining("years out of order");
    }

    /** Every bundled forecast declares what it counts; TrendForce and LightCounting include NPO and scale-up. */
    @Test
    void everyBundledForecastDeclaresItsScope() {
        for (TopDownSource s : MarketInputsParser.bundledSources()) {
            assertThat(s.scope().layers()).as(s.id()).isNotEmpty();
        }
        assertThat(bundled("trendforce").scope().npo()).isTrue();
        assertThat(bundled("trendforce").scope().covers(OpticsLayer.SCALE_UP)).isTrue();
        assertThat(bundled("lightcounting").scope().npo()).isTrue();
        assertThat(bundled("lightcounting-2023").scope().layers()).containsExactly(OpticsLayer.SWITCH);
        // a definition not found is read by CPO Lens, and says so
        assertThat(bundled("morgan-stanley-base").scope().status()).isEqualTo(Status.ASSUMPTION);
    }
}
