package org.cpolens.model.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cpolens.model.InputException;
import org.cpolens.report.Json;
import org.cpolens.report.MarketViews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarketEngineTest {
    private static final MarketInputs IN = MarketFixtures.defaults();

    @Test
    void sameSeedGivesByteIdenticalJson() {
        String a = Json.write(MarketViews.marketJson(MarketEngine.run(IN, 7L, 3_000)));
        String b = Json.write(MarketViews.marketJson(MarketEngine.run(IN, 7L, 3_000)));
        assertThat(a).isEqualTo(b).contains("\"seed\" : 7");
        String c = Json.write(MarketViews.marketJson(MarketEngine.run(IN, 8L, 3_000)));
        assertThat(c).isNotEqualTo(a);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void threadCountDoesNotChangeTheBands(int threads) {
        MonteCarlo.Bands one = MonteCarlo.run(IN, 99L, 2_345, 1);
        MonteCarlo.Bands many = MonteCarlo.run(IN, 99L, 2_345, threads);
        for (int k = 0; k < 3; k++) {
            assertThat(many.revenueP()[k]).containsExactly(one.revenueP()[k]);
            assertThat(many.portsP()[k]).containsExactly(one.portsP()[k]);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 42L, -5L, Long.MAX_VALUE})
    void percentilesAreOrderedEveryYear(long seed) {
        MarketResult r = MarketEngine.run(IN, seed, 2_000);
        for (YearResult y : r.years()) {
            assertThat(y.p10()).isLessThanOrEqualTo(y.p50());
            assertThat(y.p50()).isLessThanOrEqualTo(y.p90());
            assertThat(y.portsP10()).isLessThanOrEqualTo(y.portsP50());
            assertThat(y.portsP50()).isLessThanOrEqualTo(y.portsP90());
        }
        assertThat(r.year(2030).p90()).isGreaterThan(r.year(2030).p10()); // the default spreads do spread
    }

    @Test
    void zeroVarianceBandsEqualTheDeterministicResult() {
        MarketResult r = MarketEngine.run(IN.withUncertainty(Uncertainty.none()), 123L, 1_001);
        for (YearResult y : r.years()) {
            assertThat(y.p10()).isEqualTo(y.revenueUsd());
            assertThat(y.p50()).isEqualTo(y.revenueUsd());
            assertThat(y.p90()).isEqualTo(y.revenueUsd());
            assertThat(y.portsP50()).isEqualTo(y.ports());
        }
    }

    /**
     * Bottom-up 2026 by hand: 200,000 GPUs x 1.25 ports x Bass F(1) (p 0.03, q 0.38: 0.035750) = 8,937.6
     * CPO ports; the first year's price is the initial US$480 (0.6 $/Gb/s x 800G), so revenue = US$4.29M.
     */
    @Test
    void bottomUpFirstYearByHand() {
        YearResult y = MarketEngine.run(IN, 1L, 10).year(2026);
        double share = AdoptionCurve.Bass.cumulative(0.03, 0.38, 1);
        assertThat(y.adoptionShare()).isEqualTo(share);
        assertThat(y.ports()).isCloseTo(200_000 * 1.25 * share, within(1e-6));
        assertThat(y.aspUsdPerPort()).isEqualTo(480);
        assertThat(y.revenueUsd()).isCloseTo(y.ports() * 480, within(1e-6));
        assertThat(y.engines()).isCloseTo(y.ports() / 8, within(1e-9));
        assertThat(y.epiWafers()).isCloseTo(y.lasers() / 4000, within(1e-9));
    }

    @Test
    void whatIfCopiesMoveRevenueTheRightWay() {
        double base = MarketEngine.deterministic(IN).revenue()[4];
        assertThat(MarketEngine.deterministic(IN.withAdoptionQ(0.5)).revenue()[4]).isGreaterThan(base);
        assertThat(MarketEngine.deterministic(IN.withAdoptionP(0.01)).revenue()[4]).isLessThan(base);
        assertThat(MarketEngine.deterministic(IN.withLearningRate(0.3)).revenue()[4]).isLessThan(base);
        assertThat(MarketEngine.deterministic(IN.withAspUsdPerPort(960)).revenue()[4]).isCloseTo(2 * base,
                within(base * 1e-12));
        assertThat(MarketEngine.deterministic(IN.withDeploymentScale(2)).revenue()[0])
                .isCloseTo(2 * MarketEngine.deterministic(IN).revenue()[0], within(1e-6));
    }

    /**
     * Reconciliation of Morgan Stanley's base 2030 (US$9.25B): at the bottom-up 2030 ASP the revenue buys
     * 9.25e9 / ASP ports, which the fabric's 1.25 ports per accelerator turn into accelerators.
     */
    @Test
    void reconciliationTurnsRevenueIntoUnitsAndAccelerators() {
        MarketResult r = MarketEngine.run(IN, 1L, 10);
        Reconciliation ms = r.reconciliation().stream().filter(c -> c.sourceId().equals("morgan-stanley-base"))
                .findFirst().orElseThrow();
        YearResult y = r.year(2030);
        assertThat(ms.year()).isEqualTo(2030);
        assertThat(ms.impliedPorts()).isCloseTo(ms.topDownRevenueUsd() / y.aspUsdPerPort(), within(1e-3));
        assertThat(ms.impliedCpoAccelerators()).isCloseTo(ms.impliedPorts() / 1.25, within(1e-3));
        assertThat(ms.impliedDeployments()).isCloseTo(ms.impliedCpoAccelerators() / y.adoptionShare(), within(1e-3));
        assertThat(ms.ratio()).isCloseTo(ms.topDownRevenueUsd() / y.revenueUsd(), within(1e-9));
        assertThat(ms.impliedPortsPerAccelerator() * y.deployments() * y.adoptionShare())
                .isCloseTo(ms.impliedPorts(), within(1e-3));
        Reconciliation lc = r.reconciliation().stream().filter(c -> c.sourceId().equals("lightcounting-2023"))
                .findFirst().orElseThrow();
        assertThat(lc.year()).isEqualTo(2027); // its forecast ends in 2027
        assertThat(lc.impliedPorts()).isEqualTo(4.5e6);
    }

    @Test
    void sensitivitySwingsEachInputAroundTheSameBase() {
        MarketResult r = MarketEngine.run(IN, 1L, 10);
        List<SensitivityRow> rows = r.sensitivity();
        assertThat(rows).extracting(SensitivityRow::input).containsExactlyInAnyOrder("adoptionP", "adoptionQ", "asp",
                "learningRate", "deployments", "riskDelay");
        double base = r.year(2030).revenueUsd();
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).baseRevenueUsd()).isEqualTo(base);
            if (i > 0) {
                assertThat(rows.get(i).swing()).isLessThanOrEqualTo(rows.get(i - 1).swing());
            }
        }
        SensitivityRow asp = rows.stream().filter(s -> s.input().equals("asp")).findFirst().orElseThrow();
        assertThat(asp.lowRevenueUsd()).isCloseTo(base * 0.8, within(base * 1e-12));
        assertThat(asp.highRevenueUsd()).isCloseTo(base * 1.25, within(base * 1e-12));
        SensitivityRow delay = rows.stream().filter(s -> s.input().equals("riskDelay")).findFirst().orElseThrow();
        assertThat(delay.highInput()).isEqualTo(3.5); // 1 + 0.5 + 0.5 + 1 + 0.5 years
        assertThat(delay.highRevenueUsd()).isLessThan(base);
    }

    @Test
    void trialsOutsideTheRangeAreRejected() {
        assertThatThrownBy(() -> MarketEngine.run(IN, 1L, 0)).isInstanceOf(InputException.class)
                .hasMessageContaining("--trials").hasMessageContaining("'0'");
        assertThatThrownBy(() -> MarketEngine.run(IN, 1L, 1_000_001)).isInstanceOf(InputException.class)
                .hasMessageContaining("between 1 and 1000000");
    }

    @Test
    void oneTrialIsItsOwnP10P50P90() {
        YearResult y = MarketEngine.run(IN, 5L, 1).year(2030);
        assertThat(y.p10()).isEqualTo(y.p50()).isEqualTo(y.p90());
    }
}
