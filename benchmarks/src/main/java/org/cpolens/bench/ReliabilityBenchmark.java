package org.cpolens.bench;

import java.util.concurrent.TimeUnit;
import org.cpolens.io.Catalogs;
import org.cpolens.model.pipeline.Analysis;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.sim.ComponentClass;
import org.cpolens.model.sim.Fleet;
import org.cpolens.model.sim.ReliabilityInputs;
import org.cpolens.model.sim.ReliabilityResult;
import org.cpolens.model.sim.ReliabilitySimulator;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the reliability Monte Carlo in simulated component-years per second: one
 * invocation simulates every architecture of the scenario (plus the catalog's embedded-laser
 * counterfactual) for {@link #TRIALS} trials of {@link #DAYS} days; the aux counter
 * {@code componentYears} adds devices x years x trials per invocation.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ReliabilityBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReliabilityBenchmark {
    static final int TRIALS = 100;
    static final double DAYS = 365.25;

    @Param({"broadcom-32k"})
    public String scenario;

    private ReliabilityInputs inputs;
    private double componentYearsPerRun;

    @Setup(Level.Trial)
    public void load() {
        inputs = Analysis.reliabilityInputs(ScenarioLoader.load(scenario, Catalogs.bundled()));
        double devices = 0;
        for (OpticsArchitecture a : inputs.architectures()) {
            for (ComponentClass c : Fleet.of(inputs, a)) {
                devices += c.count();
            }
        }
        componentYearsPerRun = devices * (DAYS / 365.25) * TRIALS;
    }

    /** Counts simulated component-years; JMH reports it as a rate next to the invocation rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Work {
        public double componentYears;

        @Setup(Level.Iteration)
        public void reset() {
            componentYears = 0;
        }
    }

    @Benchmark
    public ReliabilityResult simulate(Work work) {
        ReliabilityResult r = ReliabilitySimulator.run(inputs, 42L, TRIALS, DAYS);
        work.componentYears += componentYearsPerRun;
        return r;
    }
}
