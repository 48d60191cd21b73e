package org.cpolens.model.tco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cpolens.io.Catalogs;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.model.eval.DesignKernel;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.pipeline.Analysis;
import org.cpolens.model.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TcoModelTest {
    private static Scenario scenario(String name) {
        Scenario s = ScenarioLoader.load(name, Catalogs.bundled());
        return s.with(s.tco().with(TcoSettings.ReliabilitySource.ANALYTIC));
    }

    /** The primitives the cost model re-evaluates give back the evaluator's kernel outputs to the bit. */
    @ParameterizedTest
    @ValueSource(strings = {"broadcom-32k", "llama3-405b", "nvidia-quantum-x-photonics"})
    void designReproducesTheEvaluation(String name) {
        Evaluation e = Analysis.evaluate(scenario(name));
        TcoModel.Design d = TcoModel.Design.of(e);
        double[] k = new double[d.archs * DesignKernel.OUTPUTS];
        d.evaluate(TcoParams.of(scenario(name).tco()),
                new double[d.archs * AnalyticReliability.OUTPUTS], 1, 1, 1, -1, 0, 0, k);
        for (int a = 0; a < d.archs; a++) {
            for (int slot = 0; slot < DesignKernel.OUTPUTS; slot++) {
                assertThat(k[a * DesignKernel.OUTPUTS + slot]).as(d.ids[a] + " slot " + slot)
                        .isEqualTo(e.architectures().get(a).output(slot));
            }
        }
    }

    /**
     * The break-even is exact only because the TCO is affine in the CPO's price and watts per port:
     * three points on each must lie on one line (within 1e-9 of the TCO), and the kernel's "part"
     * must be the slope times the figure.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void tcoIsAffineInTheCposPriceAndWatts(boolean price) {
        int slot = price ? DesignKernel.P_COST_PER_PORT_USD : DesignKernel.P_SWITCH_PORT_W;
        Scenario s = scenario("broadcom-32k");
        s = s.with(s.tco().with(TcoInput.REPLACEMENT_COST_SHARE, 0.6).with(TcoInput.PUE, 1.3));
        TcoModel.Design d = TcoModel.Design.of(Analysis.evaluate(s));
        TcoParams t = TcoParams.of(s.tco());
        Evaluation e = Analysis.evaluate(s);
        var in = TcoModel.reliabilityInputs(e, s.reliability());
        double[] r = new double[d.archs * AnalyticReliability.OUTPUTS];
        for (int a = 0; a < d.archs; a++) {
            double[] q = AnalyticReliability.of(in, e.architectures().get(a).architecture());
            System.arraycopy(q, 0, r, a * AnalyticReliability.OUTPUTS, q.length);
        }
        int cpo = List.of(d.ids).indexOf("cpo-bailly-800g");
        double x0 = d.params[cpo * DesignKernel.PARAMS + slot];
        int at = cpo * TcoKernel.OUTPUTS;
        double[] xs = {x0 * 0.3, x0, x0 * 2.7};
        double[] ys = new double[3];
        for (int i = 0; i < 3; i++) {
            ys[i] = d.evaluate(t, r, 1, 1, 1, cpo, slot, xs[i])[at + TcoKernel.TCO_USD];
        }
        double slope = (ys[2] - ys[0]) / (xs[2] - xs[0]);
        assertThat(ys[1]).isCloseTo(ys[0] + slope * (xs[1] - xs[0]), within(1e-9 * ys[1]));
        double[] base = d.evaluate(t, r, 1, 1, 1, -1, 0, 0);
        int part = slot == DesignKernel.P_COST_PER_PORT_USD ? TcoKernel.PRICE_PART : TcoKernel.WATTS_PART;
        assertThat(base[at + part]).isCloseTo(slope * x0, within(1e-9 * ys[1]));
    }

    @Test
    void monteCarloIsSeededAndOrdered() {
        Scenario s = scenario("broadcom-32k");
        Evaluation e = Analysis.evaluate(s);
        TcoResult a = TcoModel.run(e, s.tco(), s.reliability(), Optional.empty(), 11, 2_000, List.of());
        TcoResult b = TcoModel.run(e, s.tco(), s.reliability(), Optional.empty(), 11, 2_000, List.of());
        TcoResult c = TcoModel.run(e, s.tco(), s.reliability(), Optional.empty(), 12, 2_000, List.of());
        assertThat(a.band().advantage()).containsExactly(b.band().advantage());
        assertThat(c.band().advantage()).isNotEqualTo(a.band().advantage());
        for (double[] p : a.band().perAcceleratorYear().values()) {
            assertThat(p[0]).isLessThanOrEqualTo(p[1]);
            assertThat(p[1]).isLessThanOrEqualTo(p[2]);
        }
        // every moving input has a tornado row, and widening an input's spread widens its row
        assertThat(a.tornado()).hasSize(s.tco().moving().size());
        for (TcoResult.TornadoRow row : a.tornado()) {
            assertThat(row.low()).isLessThanOrEqualTo(row.base());
            assertThat(row.high()).isGreaterThanOrEqualTo(row.base());
        }
    }

    /** A scenario's own value of an input re-centres its spread; the rules still hold at the ends. */
    @Test
    void spreadsFollowTheScenariosValue() {
        Scenario s = scenario("broadcom-32k");
        TcoSettings st = s.tco().with(TcoInput.PUE, 1.1).with(TcoInput.ELECTRICITY_USD_PER_KWH, 0.16);
        for (TcoSettings.Uncertain u : st.uncertainty()) {
            var sp = TcoModel.spread(st, u);
            if (u.input() != null) {
                assertThat(sp.mode()).isEqualTo(st.value(u.input()));
                assertThat(u.input().rule().accepts(sp.low())).as(u.key()).isTrue();
                assertThat(u.input().rule().accepts(sp.high())).as(u.key()).isTrue();
            }
        }
    }

    @Test
    void paybackMatchesItsDefinition() {
        double extra = 2_000_000;
        double saving = 700_000;
        double rate = 0.08;
        double t = TcoKernel.payback(extra, saving, rate);
        assertThat(saving * TcoSettings.annuity(rate, t)).isCloseTo(extra, within(1e-6));
        assertThat(TcoKernel.payback(extra, saving, 0)).isCloseTo(extra / saving, within(1e-12));
        assertThat(TcoKernel.payback(-1, 5, rate)).isZero();
        assertThat(TcoKernel.payback(1, -5, rate)).isNaN();
        assertThat(TcoKernel.payback(1e9, 1, rate)).as("savings that never repay at this rate").isNaN();
    }

    private static Scenario inline(String watts) {
        return ScenarioLoader.parse(org.cpolens.io.YamlDoc.parse("f.yaml", """
                name: f
                cluster: { endpoints: 2048, endpointGbps: 800, accelerators: 8192%s }
                fabric: { switch: tomahawk5-64x800g }
                architectures: [pluggable-dsp-800g, cpo-bailly-800g]
                tco: { freedPower: accelerators, reliability: analytic, trials: 10 }
                """.formatted(watts)), Catalogs.bundled());
    }

    @Test
    void freedPowerAsAcceleratorsNeedsWattsPerAccelerator() {
        Scenario s = inline("");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Analysis.run(s, null, null,
                        Analysis.Options.defaults(s, Set.of(Analysis.Stage.TCO)), Analysis.Progress.NONE))
                .hasMessageContaining("tco.freedPower").hasMessageContaining("wattsPerAccelerator");
    }

    /** Each watt saved against the baseline earns net share x accelerator-hour value x hours / watts per accelerator. */
    @Test
    void freedPowerAsAcceleratorsCreditsSavedWatts() {
        Scenario s = inline(", wattsPerAccelerator: 1000");
        TcoResult r = Analysis.run(s, null, null, Analysis.Options.defaults(s, Set.of(Analysis.Stage.TCO)),
                Analysis.Progress.NONE).tco().orElseThrow();
        Evaluation e = Analysis.evaluate(s);
        double saved = e.architectures().get(0).output(DesignKernel.NETWORK_W) - e.architectures().get(1).output(DesignKernel.NETWORK_W);
        double expected = saved / 1000 * s.tco().value(TcoInput.ACCELERATOR_HOUR_USD)
                * s.tco().value(TcoInput.FREED_POWER_NET_SHARE) * org.cpolens.model.units.Units.HOURS_PER_YEAR;
        assertThat(saved).isPositive();
        assertThat(r.architecture("cpo-bailly-800g").orElseThrow().output(TcoKernel.FREED_POWER_USD_PER_YEAR))
                .isCloseTo(expected, within(1e-6 * expected));
        assertThat(r.architecture("pluggable-dsp-800g").orElseThrow().output(TcoKernel.FREED_POWER_USD_PER_YEAR)).isZero();
    }
}
