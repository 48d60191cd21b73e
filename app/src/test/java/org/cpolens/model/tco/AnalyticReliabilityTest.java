package org.cpolens.model.tco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.cpolens.io.Catalogs;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.model.pipeline.Analysis;
import org.cpolens.model.scenario.Scenario;
import org.cpolens.model.sim.ArchitectureReliability;
import org.cpolens.model.sim.Part;
import org.cpolens.model.sim.ReliabilityResult;
import org.cpolens.model.units.Units;
import org.hipparchus.distribution.discrete.PoissonDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sweep's closed-form reliability costs are the fault simulation's own analytic expectation
 * (printed beside every simulated mean), recomputed on primitives: they must agree to rounding on
 * every architecture of fabrics with optical and copper host links, so a change to the fleet or
 * job model that is not carried over shows here.
 */
class AnalyticReliabilityTest {
    @ParameterizedTest
    @ValueSource(strings = {"broadcom-32k", "llama3-405b", "nvidia-quantum-x-photonics"})
    void matchesTheSimulatorsAnalyticExpectation(String name) {
        Scenario s = ScenarioLoader.load(name, Catalogs.bundled());
        Analysis.Options o = Analysis.Options.defaults(s, Set.of(Analysis.Stage.RELIABILITY)).withReliability(2, 365);
        var run = Analysis.run(s, null, null, o, Analysis.Progress.NONE);
        ReliabilityResult sim = run.reliability().orElseThrow();
        TcoParams params = TcoParams.of(s.tco(), s.reliability());
        AnalyticReliability analytic = new AnalyticReliability(params);
        TcoModel.Design d = TcoModel.Design.of(run.evaluation());
        for (int a = 0; a < d.archs; a++) {
            ArchitectureReliability x = sim.architecture(d.ids[a]).orElseThrow();
            double[] r = new double[AnalyticReliability.OUTPUTS];
            d.reliability(analytic, a, r, 0);
            double perYear = Units.HOURS_PER_YEAR / (365 * 24.0);
            assertThat(r[AnalyticReliability.LOST_HOURS]).as(d.ids[a] + " lost accelerator-hours")
                    .isCloseTo(x.analytic().lostGpuHours() * perYear, within(1e-9 * x.analytic().lostGpuHours()));
            assertThat(r[AnalyticReliability.TECHNICIAN_HOURS]).as(d.ids[a] + " technician hours")
                    .isCloseTo(x.analytic().technicianHoursPerYear(), within(1e-9 * x.analytic().technicianHoursPerYear()));
            assertThat(r[AnalyticReliability.INTERRUPTIONS]).as(d.ids[a] + " interruptions")
                    .isCloseTo(x.analytic().interruptionsPerDay() * 365 * perYear, within(1e-9));
            for (Part p : Part.values()) {
                double expected = x.analytic().partsPerYear().getOrDefault(p, 0.0);
                assertThat(r[AnalyticReliability.PARTS + p.ordinal()]).as(d.ids[a] + " " + p)
                        .isCloseTo(expected, within(1e-9 * Math.max(1, expected)));
                int spares = x.spares().getOrDefault(p, 0);
                assertThat(r[AnalyticReliability.SPARES + p.ordinal()]).as(d.ids[a] + " spares " + p)
                        .isCloseTo(spares, within(0.0));
            }
        }
    }

    /**
     * The spares quantile: exact (term by term) below a demand of 100, the Cornish-Fisher expansion
     * above, within one spare of Hipparchus's exact Poisson quantile at every demand tried.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.01, 0.4, 1, 3.7, 12, 25, 60, 99.9, 100, 150, 400, 1000, 2688, 50_000})
    void sparesQuantile(double demand) {
        Scenario s = ScenarioLoader.load("broadcom-32k", Catalogs.bundled());
        AnalyticReliability a = new AnalyticReliability(TcoParams.of(s.tco(), s.reliability()));
        int exact = new PoissonDistribution(demand).inverseCumulativeProbability(0.99);
        double q = a.poissonQuantile(demand);
        if (demand < AnalyticReliability.EXACT_QUANTILE_BELOW) {
            assertThat(q).isEqualTo(exact);
        } else {
            assertThat(q).isCloseTo(exact, within(1.0));
        }
    }
}
