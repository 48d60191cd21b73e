package org.cpolens.model.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.cpolens.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceCurveTest {
    /** Wright's law with a 50% learning rate: b = -log2(0.5) = 1, so every doubling halves the cost. */
    @Test
    void aFiftyPercentLearningRateHalvesCostPerDoubling() {
        assertThat(PriceCurve.Wright.cost(800, 1000, 2000, 0.5)).isCloseTo(400, within(1e-9));
        assertThat(PriceCurve.Wright.cost(800, 1000, 4000, 0.5)).isCloseTo(200, within(1e-9));
        assertThat(PriceCurve.Wright.cost(800, 1000, 1000, 0.5)).isEqualTo(800);
    }

    /** 20%: cost x 0.8 per doubling, 0.64 after two; halving needs log(0.5)/log(0.8) = 3.106 doublings. */
    @Test
    void aTwentyPercentLearningRateHalvesAfter3Point1Doublings() {
        assertThat(PriceCurve.Wright.cost(100, 1, 2, 0.2)).isCloseTo(80, within(1e-9));
        assertThat(PriceCurve.Wright.cost(100, 1, 4, 0.2)).isCloseTo(64, within(1e-9));
        double doublings = Math.log(0.5) / Math.log(0.8);
        assertThat(PriceCurve.Wright.cost(100, 1, Math.pow(2, doublings), 0.2)).isCloseTo(50, within(1e-9));
    }

    /** The market's engine price: US$0.6 per Gb/s in 2024 falling 20.5% a year gives US$0.24 in 2028, as projected. */
    @Test
    void enginePricePerGbpsReachesTheProjected2028Figure() {
        PriceCurve engine = new PriceCurve.AnnualDecline(0.6, 0.205);
        // 0.6 x 0.795^4 = 0.2397: the trade-press projection of US$0.24/Gb/s in 2028, within 0.2%
        assertThat(engine.usd(2028 - 2024, 0, 1)).isCloseTo(0.24, within(0.24 * 0.002));
        // a 1.6T port is worth twice an 800G port at the same price per Gb/s
        assertThat(engine.usd(2, 0, 1) * 1600).isEqualTo(2 * engine.usd(2, 0, 1) * 800);
    }

    @Test
    void wrightPriceOfAYearUsesVolumeShippedBeforeIt() {
        PriceCurve.Wright w = new PriceCurve.Wright(480, 0.2, 100_000);
        assertThat(w.usd(0, 0, 1)).isEqualTo(480);
        assertThat(w.usd(3, 100_000, 1)).isCloseTo(384, within(1e-9)); // volume doubled
        assertThat(w.usd(3, 100_000, 0)).isEqualTo(480); // a zero learning rate keeps the price
    }

    @ParameterizedTest
    @CsvSource({"0.5, 1, 240", "0.5, 2, 120", "0.2, 3, 245.76", "0, 5, 480"})
    void annualDeclineCompounds(double decline, int years, double expected) {
        assertThat(new PriceCurve.AnnualDecline(480, decline).usd(years, 0, 1)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void badRatesAreRejected() {
        assertThatThrownBy(() -> new PriceCurve.Wright(480, 1.0, 1)).isInstanceOf(InputException.class)
                .hasMessageContaining("market.price.learningRate").hasMessageContaining("below 1");
        assertThatThrownBy(() -> new PriceCurve.AnnualDecline(0, 0.2)).isInstanceOf(InputException.class)
                .hasMessageContaining("initialUsdPerGbps");
    }
}
