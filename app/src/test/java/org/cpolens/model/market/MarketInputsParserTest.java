package org.cpolens.model.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Status;
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
        assertThat(in.deploymentsIn(2026)).isEqualTo(200_000);
        assertThat(in.deploymentsIn(2027)).isEqualTo(700_000);
        assertThat(in.adoption()).isInstanceOf(AdoptionCurve.Bass.class);
        assertThat(in.price()).isInstanceOf(PriceCurve.Wright.class);
        assertThat(in.price().initialUsdPerPort()).isEqualTo(480);
        assertThat(in.uncertainty().risks()).extracting(Risk::id)
                .containsExactly("yield", "thermal", "coupling", "cost", "standards");
        assertThat(in.sources()).extracting(TopDownSource::id).contains("morgan-stanley-base", "morgan-stanley-bull",
                "trendforce", "lightcounting", "yole", "jpmorgan");
        // the seed's Rubin figures are stated; later years are labelled assumptions
        assertThat(figure(in, "market.deployments.2026").status()).isEqualTo(Status.STATED);
        assertThat(figure(in, "market.deployments.2030").status()).isEqualTo(Status.ASSUMPTION);
        assertThat(figure(in, "market.units.lasersPerWafer").status()).isEqualTo(Status.ASSUMPTION);
        in.figures().forEach(f -> assertThat(f.figure().source()).as(f.name()).isNotBlank());
    }

    private static org.cpolens.model.catalog.Figure figure(MarketInputs in, String name) {
        return in.figures().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().figure();
    }

    @Test
    void aScenarioOverridesYearsDeploymentsAdoptionAndPrice() {
        MarketInputs in = MarketFixtures.parse(dir, """
                market:
                  startYear: 2027
                  endYear: 2029
                  deployments: {2027: 500000, 2028: 900000, 2029: 1300000}
                  adoption: {model: logistic, points: {2027: 0.02, 2029: 0.2}}
                  price: {model: annual-decline, initialUsdPerPort: 400, annualDecline: 0.15}
                  sources:
                    - id: my-broker
                      source: "my broker note"
                      status: assumption
                      points: {2027: 1.0e9, 2029: 4.0e9}
                """);
        assertThat(in.years()).isEqualTo(3);
        assertThat(in.deployments()).containsExactly(500_000, 900_000, 1_300_000);
        assertThat(in.adoption().share(2027)).isCloseTo(0.02, within(1e-8));
        assertThat(in.adoption().share(2029)).isCloseTo(0.2, within(1e-8));
        assertThat(in.adoptionFit()).isNotNull();
        assertThat(in.price().aspUsdPerPort(2, 0, 1)).isCloseTo(400 * 0.85 * 0.85, within(1e-9));
        TopDownSource mine = in.sources().get(in.sources().size() - 1);
        assertThat(mine.id()).isEqualTo("my-broker");
        assertThat(mine.cagr()).isCloseTo(1.0, within(1e-12)); // 4x in two years = 100% a year
        assertThat(figure(in, "market.deployments.2028").source()).contains("scenario broadcom-32k");
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
            deployment years order   | market: {deployments: {2027: 1, 2026: 2, 2028: 3, 2029: 4, 2030: 5}}      | market.deployments.2026' = '2026': years out of order
            missing deployment year  | market: {deployments: {2026: 1, 2027: 2, 2029: 4, 2030: 5}}               | no accelerator deployments for 2028
            share above one          | market: {adoption: {model: logistic, points: {2026: 0.01, 2030: 1.35}}}   | market.adoption.points.2030' = '1.35': must be between 0 and 1
            negative share           | market: {adoption: {model: logistic, points: {2026: -0.01, 2030: 0.35}}}  | must be between 0 and 1
            p not positive           | market: {adoption: {p: 0}}                                                | market.adoption.p' = '0': must be greater than zero
            q not positive           | market: {adoption: {q: -0.2}}                                             | market.adoption.q' = '-0.2': must be greater than zero
            unfittable points        | market: {adoption: {model: logistic, points: {2026: 0.3, 2030: 0.1}}}     | cannot be fitted
            one point                | market: {adoption: {model: gompertz, points: {2026: 0.3}}}                | at least two points
            unknown model            | market: {adoption: {model: bas}}                                          | maybe you meant
            CAGR below -100%         | market: {sources: [{id: x, source: s, status: assumption, baseYear: 2024, baseValue: 1e9, cagr: -1.5, toYear: 2030}]} | a CAGR below -100% is impossible
            learning rate one        | market: {price: {learningRate: 1.0}}                                      | market.price.learningRate' = '1.0': must be at least 0 and below 1
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
