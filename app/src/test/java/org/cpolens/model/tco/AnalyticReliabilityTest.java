package org.cpolens.model.tco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.cpolens.io.Catalogs;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.model.eval.ArchitectureResult;
import org.cpolens.model.pipeline.Analysis;
import org.cpolens.model.pipeline.AnalysisResult;
import org.cpolens.model.scenario.Scenario;
import org.cpolens.model.sim.ArchitectureReliability;
import org.cpolens.model.sim.Part;
import org.cpolens.model.sim.ReliabilityInputs;
import org.cpolens.model.sim.ReliabilityResult;
import org.cpolens.model.units.Units;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The closed-form reliability costs the sweep and an analytic run price are the fault simulation's
 * own analytic expectation (printed beside every simulated mean), taken without drawing a trial:
 * they must agree to rounding on every compared architecture of fabrics with optical and copper host
 * links, planes and a scale-up layer, so a change to the job model that is not carried over shows here.
 */
class AnalyticReliabilityTest {
    @ParameterizedTest
    @ValueSource(strings = {"broadcom-32k", "llama3-405b", "nvidia-quantum-x-photonics", "gb300-rail-planes",
            "rubin-ultra-cpo", "vera-rubin-th6"})
    void matchesTheSimulatorsAnalyticExpectation(String name) {
        Scenario s = ScenarioLoader.load(name, Catalogs.bundled());
        Analysis.Options o = Analysis.Options.defaults(s, Set.of(Analysis.Stage.RELIABILITY)).withReliability(2, 365);
        AnalysisResult run = Analysis.run(s, null, null, o, Analysis.Progress.NONE);
        ReliabilityResult sim = run.reliability().orElseThrow();
        ReliabilityInputs in = TcoModel.reliabilityInputs(run.evaluation(), s.reliability());
        double perYear = Units.HOURS_PER_YEAR / (365 * 24.0);
        int compared = 0;
        for (ArchitectureResult ar : run.evaluation().architectures()) {
            var found = sim.architecture(ar.id());
            if (found.isEmpty()) {
                continue;
            }
            compared++;
            ArchitectureReliability x = found.get();
            double[] r = AnalyticReliability.of(in, ar.architecture());
            String id = name + " " + ar.id();
            assertThat(r[AnalyticReliability.LOST_HOURS]).as(id + " lost accelerator-hours")
                    .isCloseTo(x.analytic().lostGpuHours() * perYear, within(1e-9 * Math.max(1, x.analytic().lostGpuHours())));
            assertThat(r[AnalyticReliability.TECHNICIAN_HOURS]).as(id + " technician hours")
                    .isCloseTo(x.analytic().technicianHoursPerYear(), within(1e-9 * Math.max(1, x.analytic().technicianHoursPerYear())));
            assertThat(r[AnalyticReliability.INTERRUPTIONS]).as(id + " interruptions")
                    .isCloseTo(x.analytic().interruptionsPerDay() * 365 * perYear, within(1e-9));
            for (Part p : Part.values()) {
                double expected = x.analytic().partsPerYear().getOrDefault(p, 0.0);
                assertThat(r[AnalyticReliability.PARTS + p.ordinal()]).as(id + " " + p)
                        .isCloseTo(expected, within(1e-9 * Math.max(1, expected)));
                assertThat(r[AnalyticReliability.SPARES + p.ordinal()]).as(id + " spares " + p)
                        .isEqualTo((double) x.spares().getOrDefault(p, 0));
            }
        }
        assertThat(compared).isPositive();
    }
}
