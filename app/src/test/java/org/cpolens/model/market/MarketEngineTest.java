package org.cpolens.model.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.cpolens.model.InputException;
import org.cpolens.model.eval.OpticsLayer;
import org.cpolens.report.Json;
import org.cpolens.report.MarketViews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarketEngineTest {
    private static final MarketInputs IN = MarketFixtures.defaults();
    private static final MarketResult R = MarketEngine.run(IN, 1L, 200);

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
        for (ValueScope s : ValueScope.values()) {
            for (int k = 0; k < 3; k++) {
                assertThat(many.revenueP(s)[k]).containsExactly(one.revenueP(s)[k]);
            }
        }
        for (int k = 0; k < 3; k++) {
            assertThat(many.portsP()[k]).containsExactly(one.portsP()[k]);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 42L, -5L, Long.MAX_VALUE})
    void percentilesAreOrderedEveryYearAndScope(long seed) {
        MarketResult r = MarketEngine.run(IN, seed, 2_000);
        for (YearResult y : r.years()) {
            for (ValueScope s : ValueScope.values()) {
                Band b = y.band(s);
                assertThat(b.p10()).isLessThanOrEqualTo(b.p50());
                assertThat(b.p50()).isLessThanOrEqualTo(b.p90());
            }
            // engines <= engines + laser modules <= system, trial by trial, so percentile by percentile
            assertThat(y.band(ValueScope.ENGINES).p50()).isLessThanOrEqualTo(y.band(ValueScope.OPTICS).p50());
            assertThat(y.band(ValueScope.OPTICS).p50()).isLessThanOrEqualTo(y.band(ValueScope.SYSTEM).p50());
            assertThat(y.portsBand().p10()).isLessThanOrEqualTo(y.portsBand().p90());
        }
        assertThat(r.year(2030).p90()).isGreaterThan(r.year(2030).p10()); // the default spreads do spread
    }

    @Test
    void zeroVarianceBandsEqualTheDeterministicResult() {
        MarketResult r = MarketEngine.run(IN.withUncertainty(Uncertainty.none()), 123L, 1_001);
        for (YearResult y : r.years()) {
            for (ValueScope s : ValueScope.values()) {
                assertThat(y.band(s).p10()).isEqualTo(y.revenueUsd(s));
                assertThat(y.band(s).p90()).isEqualTo(y.revenueUsd(s));
            }
            assertThat(y.portsBand().p50()).isEqualTo(y.ports());
        }
    }

    /**
     * Golden, by hand: Rubin Ultra (NVL576 Kyber) in 2028, every layer, from the bundled fleet and defaults.
     *
     * <pre>
     * shipments            3,400,000 packages (fleet.yaml, an assumption)
     * engine price 2028    US$0.6/Gb/s (2024) x (1 - 0.205)^4 = 0.6 x 0.3994556 = US$0.23967/Gb/s
     * laser module 2028    US$1,000 (2026) x 0.795^2 = US$632.03
     * switch side          6 x 1.6T CPO ports per package (8 planes of 2-tier TH6 64 x 1.6T: 3 switch ends per
     *                      1.6T endpoint, 2 endpoints per package); NVIDIA Photonics: 4 ports per laser module
     *                      share: Bass p 0.03, q 0.38 from 2025, t = 3: F = (1 - e^-1.23) / (1 + 12.667 e^-1.23) = 0.150500
     * NIC side             2 x 1.6T ports per package on one 3.2T co-packaged engine, one laser module;
     *                      share: logistic k 2, midpoint 2027.5: 1 / (1 + e^-1) = 0.731059
     * scale-up             copper reading 0, CPO reading 4.5 x 3.2T ports per package (accelerator ends; 2 ports per
     *                      laser module): weighted 0.5 / 0.5 = 2.25 ports, 1.125 modules;
     *                      share: logistic k 2, midpoint 2028.5: 1 / (1 + e^1) = 0.268941
     * value, layer L       ports x port Gb/s x engine price (+ modules x module price for engines + laser modules)
     * </pre>
     */
    @Test
    void rubinUltra2028ByHand() {
        double shipped = 3_400_000;
        double engine = 0.6 * Math.pow(1 - 0.205, 4);
        double module = 1000 * Math.pow(1 - 0.205, 2);
        double fSwitch = bass(0.03, 0.38, 3);
        double fNic = 1 / (1 + Math.exp(-2 * (2028 - 2027.5)));
        double fScaleUp = 1 / (1 + Math.exp(-2 * (2028 - 2028.5)));
        assertThat(fSwitch).isCloseTo(0.150500, within(5e-7));

        Map<OpticsLayer, PlatformLayerYear> rows = new java.util.EnumMap<>(OpticsLayer.class);
        R.platformLayers().stream().filter(p -> p.year() == 2028 && p.platform().equals("rubin-ultra"))
                .forEach(p -> rows.put(p.layer(), p));
        check(rows.get(OpticsLayer.SWITCH), shipped * 6 * fSwitch, 1600, shipped * 6 * fSwitch / 4, engine, module);
        check(rows.get(OpticsLayer.NIC), shipped * 2 * fNic, 1600, shipped * 1 * fNic, engine, module);
        check(rows.get(OpticsLayer.SCALE_UP), shipped * 2.25 * fScaleUp, 3200, shipped * 1.125 * fScaleUp, engine, module);
    }

    private static void check(PlatformLayerYear row, double ports, double portGbps, double modules, double engine,
                              double module) {
        assertThat(row.ports()).isCloseTo(ports, within(ports * 1e-12));
        assertThat(row.gbps()).isCloseTo(ports * portGbps, within(ports * portGbps * 1e-12));
        assertThat(row.laserModules()).isCloseTo(modules, within(modules * 1e-12));
        double engines = ports * portGbps * engine;
        double optics = engines + modules * module;
        assertThat(row.value().get(ValueScope.ENGINES)).isCloseTo(engines, within(engines * 1e-12));
        assertThat(row.value().get(ValueScope.OPTICS)).isCloseTo(optics, within(optics * 1e-12));
        // the whole system premium at J.P. Morgan's > 50% margin: optics / (1 - 0.5)
        assertThat(row.value().get(ValueScope.SYSTEM)).isCloseTo(2 * optics, within(optics * 1e-12));
    }

    private static double bass(double p, double q, double t) {
        double e = Math.exp(-(p + q) * t);
        return (1 - e) / (1 + q / p * e);
    }

    /** The platform-layer rows add up to the layers, and the layers to the year, in every scope. */
    @Test
    void platformsAddUpToLayersAndLayersToYears() {
        for (YearResult y : R.years()) {
            for (ValueScope s : ValueScope.values()) {
                double layers = 0;
                for (OpticsLayer l : OpticsLayer.values()) {
                    LayerYear ly = R.layer(y.year(), l);
                    double platforms = R.platformLayers().stream().filter(p -> p.year() == y.year() && p.layer() == l)
                            .mapToDouble(p -> p.value().get(s)).sum();
                    assertThat(platforms).isCloseTo(ly.value().get(s), within(1e-6 * Math.max(1, ly.value().get(s))));
                    layers += ly.value().get(s);
                }
                assertThat(layers).isCloseTo(y.revenueUsd(s), within(1e-6 * Math.max(1, y.revenueUsd(s))));
            }
        }
    }

    /**
     * What has shipped (TH6-Davisson 2025, Quantum-X Photonics 2026) is not delayed: 2026 is not zero at
     * P10, and a risk delay of any length leaves 2026's switch share as it is and holds 2027 at it.
     */
    @Test
    void shippedProductsAreNotDelayedOnlyTheRamp() {
        assertThat(R.year(2026).p10()).isGreaterThan(0);
        assertThat(R.year(2026).p50()).isGreaterThan(0);
        LayerAdoption sw = IN.settings().layer(OpticsLayer.SWITCH);
        assertThat(sw.shippedThrough().getAsInt()).isEqualTo(2026);
        assertThat(sw.share(2026, 1, 1, 0, 3.5)).isEqualTo(sw.share(2026));
        assertThat(sw.share(2027, 1, 1, 0, 1.0)).isEqualTo(sw.share(2026));
        assertThat(sw.share(2029, 1, 1, 0, 1.0)).isEqualTo(sw.share(2028));
        // the scale-up layer has shipped nothing: a delay moves its whole curve
        LayerAdoption su = IN.settings().layer(OpticsLayer.SCALE_UP);
        assertThat(su.share(2028, 1, 1, 0, 1.0)).isEqualTo(su.share(2027));
        assertThat(su.share(2027, 1, 1, 0, 0.5)).isZero(); // before its 2027 launch once delayed
    }

    @Test
    void whatIfCopiesMoveValueTheRightWay() {
        double base = MarketEngine.deterministic(IN, ValueScope.OPTICS)[4];
        assertThat(MarketEngine.deterministic(IN.withAdoptionQ(0.5), ValueScope.OPTICS)[4]).isGreaterThan(base);
        assertThat(MarketEngine.deterministic(IN.withAdoptionP(0.01), ValueScope.OPTICS)[4]).isLessThan(base);
        assertThat(MarketEngine.deterministic(IN.withLearningRate(0.3), ValueScope.OPTICS)[4]).isLessThan(base);
        double engines = MarketEngine.deterministic(IN, ValueScope.ENGINES)[4];
        assertThat(MarketEngine.deterministic(IN.withEngineUsdPerGbps(1.2), ValueScope.ENGINES)[4])
                .isCloseTo(2 * engines, within(engines * 1e-12));
        // with an annual-decline price, value is linear in volumes: twice the fleet, twice every year
        double[] one = MarketEngine.deterministic(IN, ValueScope.SYSTEM);
        double[] two = MarketEngine.deterministic(IN.withDeploymentScale(2), ValueScope.SYSTEM);
        for (int i = 0; i < one.length; i++) {
            assertThat(two[i]).isCloseTo(2 * one[i], within(one[i] * 1e-12));
        }
    }

    /**
     * The bridge: its first bar is the single-fabric model (2,000,000 Rubin GPUs x 1.25 ports x the switch
     * share x Wright's per-port price), its steps add up bar to bar, and its subtotals are the fleet's
     * deterministic values of the three scopes.
     */
    @Test
    void bridgeWalksFromTheSingleFabricFigureToTheFleets() {
        List<BridgeStep> b = R.bridge();
        assertThat(b.get(0).kind()).isEqualTo(BridgeStep.Kind.START);
        double share = IN.settings().layer(OpticsLayer.SWITCH).share(2030);
        // Wright per port from US$480 at 100k prior ports, 20% per doubling, over 2026-2029's old ports
        double cumulative = 0;
        double price = 480;
        double[] old = {200_000, 700_000, 1_200_000, 1_600_000, 2_000_000};
        for (int i = 0; i < 5; i++) {
            price = PriceCurve.Wright.cost(480, 100_000, 100_000 + cumulative, 0.2);
            cumulative += old[i] * 1.25 * IN.settings().layer(OpticsLayer.SWITCH).share(2026 + i);
        }
        assertThat(b.get(0).valueUsd()).isCloseTo(2_000_000 * 1.25 * share * price, within(1e-3));
        assertThat(b.get(0).valueUsd()).isBetween(1.9e8, 2.0e8); // the single-fabric US$~198 M of 2030
        double running = b.get(0).valueUsd();
        for (BridgeStep s : b) {
            if (s.kind() == BridgeStep.Kind.STEP) {
                running += s.deltaUsd();
                assertThat(s.valueUsd()).isCloseTo(running, within(1e-3));
            } else if (s.kind() == BridgeStep.Kind.SUBTOTAL) {
                assertThat(s.valueUsd()).isCloseTo(running, within(1e-3));
            }
        }
        YearResult y = R.year(2030);
        assertThat(step(b, "enginesTotal").valueUsd()).isCloseTo(y.revenueUsd(ValueScope.ENGINES), within(1e-3));
        assertThat(step(b, "opticsTotal").valueUsd()).isCloseTo(y.revenueUsd(ValueScope.OPTICS), within(1e-3));
        assertThat(step(b, "systemTotal").valueUsd()).isCloseTo(y.revenueUsd(ValueScope.SYSTEM), within(1e-3));
        // volume: the fleet's 2030 accelerators replace the seed's 2.0 M at the old ports and price
        assertThat(step(b, "volume").valueUsd()).isCloseTo(b.get(0).valueUsd() * y.accelerators() / 2_000_000,
                within(1e-3));
        assertThat(b).filteredOn(s -> s.kind() == BridgeStep.Kind.FORECAST).extracting(BridgeStep::id)
                .contains("forecast.morgan-stanley-base", "forecast.trendforce", "forecast.jpmorgan");
    }

    private static BridgeStep step(List<BridgeStep> b, String id) {
        return b.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /** Each forecast meets the bottom-up of its own scope: its value scope over its layers only. */
    @Test
    void forecastsAreComparedLikeWithLike() {
        Reconciliation ms = rec(R, "morgan-stanley-base");
        assertThat(ms.year()).isEqualTo(2030);
        double optics = 0;
        double engines = 0;
        for (OpticsLayer l : OpticsLayer.values()) {
            optics += R.layer(2030, l).value().get(ValueScope.OPTICS);
            engines += R.layer(2030, l).value().get(ValueScope.ENGINES);
        }
        assertThat(ms.bottomUp()).isCloseTo(optics, within(1e-3));
        assertThat(ms.byScope().get(ValueScope.ENGINES)).isCloseTo(engines, within(1e-3));
        assertThat(ms.ratio()).isCloseTo(ms.topDown() / ms.bottomUp(), within(1e-12));
        assertThat(ms.impliedShare()).isCloseTo(ms.topDown() / ms.potential(), within(1e-12));
        // where it sits without the scale-up layer: the same scope over switch and NIC sides only
        assertThat(ms.withoutScaleUp()).isCloseTo(optics - R.layer(2030, OpticsLayer.SCALE_UP).value()
                .get(ValueScope.OPTICS), within(1e-3));
        // the earlier LightCounting forecast counts switch ports only, and ends in 2027
        Reconciliation lc = rec(R, "lightcounting-2023");
        assertThat(lc.year()).isEqualTo(2027);
        assertThat(lc.bottomUp()).isCloseTo(R.layer(2027, OpticsLayer.SWITCH).ports(), within(1e-6));
        assertThat(lc.topDown()).isEqualTo(4.5e6);
    }

    /** A forecast above what every optical port of its layers could be worth is flagged impossible. */
    @Test
    void aForecastAboveTheFleetsOpticsIsImpossible(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        MarketInputs in = MarketFixtures.parse(dir, """
                market:
                  sources:
                    - id: too-big
                      source: "a made-up test figure"
                      status: assumption
                      scope: { value: engines, layers: [switch], npo: false, status: assumption }
                      points: {2030: 5.0e12}
                """);
        Reconciliation r = rec(MarketEngine.run(in, 1L, 10), "too-big");
        assertThat(r.impliedShare()).isGreaterThan(1);
        assertThat(r.impossible()).isTrue();
        assertThat(rec(R, "morgan-stanley-base").impossible()).isFalse();
    }

    private static Reconciliation rec(MarketResult r, String id) {
        return r.reconciliation().stream().filter(c -> c.sourceId().equals(id)).findFirst().orElseThrow();
    }

    /**
     * Conflicting readings are scenarios, not a silent pick: each is reported, and with a price that does
     * not depend on volume the deterministic figure is their weighted mean.
     */
    @Test
    void conflictingReadingsAreReportedAndWeighted() {
        List<ReadingImpact> kyber = R.readings().stream().filter(x -> x.platform().equals("rubin-ultra")).toList();
        assertThat(kyber).extracting(ReadingImpact::reading).containsExactly("copper", "cpo");
        double mean = 0.5 * kyber.get(0).valueUsd() + 0.5 * kyber.get(1).valueUsd();
        assertThat(mean).isCloseTo(R.year(2030).revenueUsd(), within(R.year(2030).revenueUsd() * 1e-12));
        assertThat(kyber.get(1).valueUsd()).isGreaterThan(kyber.get(0).valueUsd());
    }

    @Test
    void theTornadoCoversEveryDriverTheMonteCarloVaries() {
        List<SensitivityRow> rows = R.sensitivity();
        assertThat(rows).extracting(SensitivityRow::input).contains("volumes", "bandwidth", "adoptionP", "adoptionQ",
                "nicGrowth", "nicLaunchShift", "scaleUpGrowth", "scaleUpLaunchShift", "asp", "learningRate",
                "grossMargin", "riskDelay", "scopeReading", "reading.rubin-ultra", "reading.feynman");
        double base = R.year(2030).revenueUsd();
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).baseRevenueUsd()).isEqualTo(base);
            if (i > 0) {
                assertThat(rows.get(i).swing()).isLessThanOrEqualTo(rows.get(i - 1).swing());
            }
        }
        SensitivityRow asp = rows.stream().filter(s -> s.input().equals("asp")).findFirst().orElseThrow();
        assertThat(asp.lowRevenueUsd()).isCloseTo(base * 0.8, within(base * 1e-12));
        SensitivityRow scope = rows.stream().filter(s -> s.input().equals("scopeReading")).findFirst().orElseThrow();
        assertThat(scope.lowRevenueUsd()).isEqualTo(R.year(2030).revenueUsd(ValueScope.ENGINES));
        assertThat(scope.highRevenueUsd()).isEqualTo(R.year(2030).revenueUsd(ValueScope.SYSTEM));
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
