package org.cpolens.model.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.cpolens.io.Catalogs;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SensitivityTest {
    private static final InterconnectEvaluator EVAL = InterconnectEvaluator.standard();
    private static final Evaluation BROADCOM = EVAL.evaluate(
            ScenarioLoader.load("broadcom-32k", Catalogs.bundled()).interconnect());

    private static Sensitivity.Swing swing(Sensitivity.Result r, String arch, String figure) {
        return r.swings().stream().filter(s -> s.architectureId().equals(arch) && s.figure().equals(figure))
                .findFirst().orElseThrow();
    }

    @Test
    void cpoSwitchWattsMoveTheSavingByTheirShareOfSwitchPorts() {
        // CPO keeps the baseline's host-side modules, so saving = S x (w_base - w_cpo) with S the
        // switch-side ports. Moving w_cpo by +/-20% moves the saving by -/+ S x 0.2 x w_cpo.
        Sensitivity.Result r = Sensitivity.oneAtATime(EVAL, BROADCOM, "cpo-bailly-800g", 0.2);
        long s = BROADCOM.fabric().opticalSwitchEnds();
        double wCpo = BROADCOM.interconnect().architectures().get(3).value(ArchitectureFigure.SWITCH_PORT_WATTS);
        double base = r.baseSaving().savedKw();
        Sensitivity.Swing cpo = swing(r, "cpo-bailly-800g", "switchPortWatts");
        assertThat(cpo.low().savedKw() - base).isCloseTo(s * 0.2 * wCpo / 1000, within(1e-9));
        assertThat(cpo.high().savedKw() - base).isCloseTo(-s * 0.2 * wCpo / 1000, within(1e-9));
        assertThat(base).isCloseTo(BROADCOM.architecture("cpo-bailly-800g").orElseThrow().powerSavedKw(), within(1e-9));
    }

    @Test
    void widestSwingComesFirstAndBaselineSwitchWattsLead() {
        Sensitivity.Result r = Sensitivity.oneAtATime(EVAL, BROADCOM, "cpo-bailly-800g", 0.2);
        // 16.93 W of the baseline outweighs 5.55 W of CPO on the same 40,960 switch ports
        assertThat(r.swings().get(0).architectureId()).isEqualTo("pluggable-dsp-800g");
        assertThat(r.swings().get(0).figure()).isEqualTo("switchPortWatts");
        for (int i = 1; i < r.swings().size(); i++) {
            assertThat(r.swings().get(i - 1).widthKw()).isGreaterThanOrEqualTo(r.swings().get(i).widthKw());
        }
        // every figure of both architectures is covered
        assertThat(r.swings()).hasSize(2 * ArchitectureFigure.values().length);
    }

    @Test
    void hostWattsCancelInKwButNotInShare() {
        // the host side uses the baseline's module in both architectures: it cancels in the kW saving
        // but changes the baseline's total, so the saved share moves.
        Sensitivity.Result r = Sensitivity.oneAtATime(EVAL, BROADCOM, "cpo-bailly-800g", 0.2);
        Sensitivity.Swing host = swing(r, "pluggable-dsp-800g", "hostPortWatts");
        assertThat(host.widthKw()).isLessThan(1e-9);
        assertThat(host.widthPercent()).isGreaterThan(1.0);
        assertThat(host.low().savedPercent()).isGreaterThan(host.high().savedPercent());
        for (String f : List.of("lasersPerPort", "edgeDensityGbpsPerMm", "addedLatencyNs", "costPerPortUsd",
                "laserWattsPerPort", "engineGbps", "fausPerEngine")) {
            assertThat(swing(r, "cpo-bailly-800g", f).widthKw()).as(f).isLessThan(1e-9);
            assertThat(swing(r, "cpo-bailly-800g", f).widthPercent()).as(f).isLessThan(1e-9);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void swingIsLinearInTheFractionForWattFigures(long seed) {
        // The saving is linear in each watt figure, so the swing at fraction f is f/0.1 times the
        // swing at 0.1, for any fraction and either architecture.
        Random rnd = new Random(seed);
        double f = 0.05 + 0.9 * rnd.nextDouble();
        Sensitivity.Result tenth = Sensitivity.oneAtATime(EVAL, BROADCOM, "cpo-bailly-800g", 0.1);
        Sensitivity.Result at = Sensitivity.oneAtATime(EVAL, BROADCOM, "cpo-bailly-800g", f);
        for (String arch : List.of("pluggable-dsp-800g", "cpo-bailly-800g")) {
            assertThat(swing(at, arch, "switchPortWatts").widthKw())
                    .isCloseTo(swing(tenth, arch, "switchPortWatts").widthKw() * f / 0.1, within(1e-6));
        }
    }

    @Test
    void inputsAreLeftUntouched() {
        Interconnect before = BROADCOM.interconnect();
        Sensitivity.oneAtATime(EVAL, BROADCOM, "cpo-bailly-800g", 0.2);
        OpticsArchitecture cpo = before.architectures().get(3);
        assertThat(cpo.value(ArchitectureFigure.SWITCH_PORT_WATTS)).isEqualTo(5.55);
    }

    @Test
    void refusesBadArguments() {
        assertThatThrownBy(() -> Sensitivity.oneAtATime(EVAL, BROADCOM, "cpo-bailly-800g", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sensitivity.oneAtATime(EVAL, BROADCOM, "cpo-bailly-800g", 1.0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sensitivity.oneAtATime(EVAL, BROADCOM, "no-such", 0.2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such");
    }
}
