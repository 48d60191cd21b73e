package org.cpolens.model.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Status;
import org.cpolens.model.eval.OpticsLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarketInputsParserTest {
    @TempDir
    Path dir;

    @Test
    void withoutAMarketSectionTheCatalogDefaultsApply() {
        MarketInputs in = MarketFixtures.defaults();
        assertThat(in.startYear()).isEqualTo(2026);
        assertThat(in.endYear()).isEqualTo(2030);
        assertThat(in.settings().headline()).isEqualTo(ValueScope.OPTICS);
        assertThat(in.adoption()).isInstanceOf(AdoptionCurve.Bass.class);
        assertThat(in.settings().layer(OpticsLayer.NIC).curve()).isInstanceOf(AdoptionCurve.Logistic.class);
        assertThat(in.settings().layer(OpticsLayer.SCALE_UP).launchYear()).isEqualTo(2027);
        assertThat(in.prices().engine()).isInstanceOf(PriceCurve.AnnualDecline.class);
        assertThat(in.prices().engine().initialUsd()).isEqualTo(0.6);
        assertThat(in.prices().baseYear()).isEqualTo(2024);
        assertThat(in.uncertainty().risks()).extracting(Risk::id)
                .containsExactly("yield", "thermal", "coupling", "cost", "standards");
        assertThat(in.sources()).extracting(TopDownSource::id).contains("morgan-stanley-base", "morgan-stanley-bull",
                "trendforce", "lightcounting", "yole", "jpmorgan");
        assertThat(in.settings().notCompared()).extracting(NotCompared::id).contains("goldman-sachs", "cignal-ai");
        assertThat(in.platforms()).extracting(p -> p.platform().id()).contains("hopper", "gb200", "gb300",
                "vera-rubin", "rubin-ultra", "feynman", "tpu", "trainium", "amd-mi300", "amd-mi450", "other-asics");
        // sourced where a source exists, reconstructed where arithmetic on sources, labelled assumptions elsewhere
        assertThat(figure(in, "fleet.tpu.shipments.2026").status()).isEqualTo(Status.SECONDARY);
        assertThat(figure(in, "fleet.gb300.shipments.2026").status()).isEqualTo(Status.RECONSTRUCTED);
        assertThat(figure(in, "fleet.feynman.shipments.2030").status()).isEqualTo(Status.ASSUMPTION);
        assertThat(figure(in, "market.price.annualDecline").status()).isEqualTo(Status.RECONSTRUCTED);
        assertThat(figure(in, "market.units.lasersPerWafer").status()).isEqualTo(Status.ASSUMPTION);
        in.figures().forEach(f -> assertThat(f.figure().source()).as(f.name()).isNotBlank());
        // the fleet's 2025 is DIGITIMES' > 10 M high-end accelerators, by construction of Hopper's remainder
        assertThat(in.settings().fleet().shipmentsIn(2025)).isCloseTo(10_000_000, within(1.0));
    }

    private static org.cpolens.model.catalog.Figure figure(MarketInputs in, String name) {
        return in.figures().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().figure();
    }

    @Test
    void aScenarioOverridesYearsLayersPriceScopeAndSources() {
        MarketInputs in = MarketFixtures.parse(dir, """
                market:
                  startYear: 2027
                  endYear: 2029
                  scope: system
                  adoption: {model: logistic, points: {2027: 0.02, 2029: 0.2}}
                  layers:
                    scaleUp: {launchYear: 2028, midpointYear: 2029.5}
                  price: {model: annual-decline, initialUsdPerGbps: 0.5, annualDecline: 0.15}
                  sources:
                    - id: my-broker
                      source: "my broker note"
                      status: assumption
                      points: {2027: 1.0e9, 2029: 4.0e9}
                """);
        assertThat(in.years()).isEqualTo(3);
        assertThat(in.settings().headline()).isEqualTo(ValueScope.SYSTEM);
        assertThat(in.adoption().share(2027)).isCloseTo(0.02, within(1e-8));
        assertThat(in.adoption().share(2029)).isCloseTo(0.2, within(1e-8));
        assertThat(in.adoptionFit()).isNotNull();
        LayerAdoption su = in.settings().layer(OpticsLayer.SCALE_UP);
        assertThat(su.launchYear()).isEqualTo(2028);
        assertThat(su.share(2029)).isCloseTo(1 / (1 + Math.exp(2 * 0.5)), within(1e-12)); // k 2 kept from the defaults
        assertThat(in.prices().engineUsdPerGbps(2026, 0, 1)).isCloseTo(0.5 * 0.85 * 0.85, within(1e-12));
        TopDownSource mine = in.sources().get(in.sources().size() - 1);
        assertThat(mine.id()).isEqualTo("my-broker");
        assertThat(mine.cagr()).isCloseTo(1.0, within(1e-12)); // 4x in two years = 100% a year
        // no scope given: read at the headline scope, every layer, and labelled as a reading
        assertThat(mine.scope().value()).isEqualTo(ValueScope.SYSTEM);
        assertThat(mine.scope().status()).isEqualTo(Status.ASSUMPTION);
    }

    @Test
    void bassCoefficientsOverrideOneAtATime() {
        MarketInputs in = MarketFixtures.parse(dir, "market:\n  adoption: {q: 0.5}\n");
        AdoptionCurve.Bass b = (AdoptionCurve.Bass) in.adoption();
        assertThat(b.p()).isEqualTo(0.03);
        assertThat(b.q()).isEqualTo(0.5);
    }

    /** Bad input: one line naming file:line, the field and value, and a hint. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            years out of order       | market: {startYear: 2030, endYear: 2027}                                  | market.endYear' = '2027': years out of order
            years without a fleet    | market: {endYear: 2034}                                                   | no platform of the fleet ships in 2031
            old deployments key      | market: {deployments: {2026: 1}}                                          | accelerator volumes now come from the fleet
            share above one          | market: {adoption: {model: logistic, points: {2026: 0.01, 2030: 1.35}}}   | market.adoption.points.2030' = '1.35': must be between 0 and 1
            negative share           | market: {adoption: {model: logistic, points: {2026: -0.01, 2030: 0.35}}}  | must be between 0 and 1
            p not positive           | market: {adoption: {p: 0}}                                                | market.adoption.p' = '0': must be greater than zero
            q not positive           | market: {adoption: {q: -0.2}}                                             | market.adoption.q' = '-0.2': must be greater than zero
            unfittable points        | market: {adoption: {model: logistic, points: {2026: 0.3, 2030: 0.1}}}     | cannot be fitted
            one point                | market: {adoption: {model: gompertz, points: {2026: 0.3}}}                | at least two points
            unknown model            | market: {adoption: {model: bas}}                                          | maybe you meant
            model without parameters | market: {layers: {nic: {model: gompertz}}}                                | market.layers.nic.b': missing for model gompertz
            launch after end year    | market: {layers: {scaleUp: {launchYear: 2031}}}                           | market.layers.scaleUp.launchYear' = '2031': the launch year is after endYear 2030
            scope word               | market: {scope: revenue}                                                  | market.scope' = 'revenue': not a known value
            forecast scope word      | market: {sources: [{id: x, source: s, status: assumption, scope: {value: modules, layers: [switch], status: assumption}, points: {2030: 1e9}}]} | market.sources[0].scope.value' = 'modules': not a known value
            forecast layer word      | market: {sources: [{id: x, source: s, status: assumption, scope: {value: optics, layers: [spine], status: assumption}, points: {2030: 1e9}}]} | layers[0]' = 'spine': not a known value
            CAGR below -100%         | market: {sources: [{id: x, source: s, status: assumption, baseYear: 2024, baseValue: 1e9, cagr: -1.5, toYear: 2030}]} | a CAGR below -100% is impossible
            learning rate one        | market: {price: {model: wright, learningRate: 1.0}}                       | market.price.learningRate' = '1.0': must be at least 0 and below 1
            price per port           | market: {price: {initialUsdPerPort: 480}}                                 | prices are per Gb/s of engine
            margin too high          | market: {price: {systemGrossMargin: 0.99}}                                | must be at least 0 and below 0.95
            unknown key              | market: {adoptoin: {}}                                                    | market.adoptoin': unknown key
            unknown architecture     | market: {architecture: cpo-bally}                                         | unknown architecture id
            """)
    void badInputIsOneClearLine(String what, String yaml, String expected) {
        Path p = MarketFixtures.scenarioWith(dir, yaml);
        assertThatThrownBy(() -> MarketFixtures.load(p))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(expected)
                .hasMessageContaining(p + ":")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
