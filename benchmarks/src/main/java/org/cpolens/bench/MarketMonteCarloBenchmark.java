package org.cpolens.bench;

import java.util.concurrent.TimeUnit;
import org.cpolens.io.Catalogs;
import org.cpolens.model.pipeline.Analysis;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.model.market.MarketInputs;
import org.cpolens.model.market.MonteCarlo;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Monte Carlo throughput of the market model with the default inputs (the bundled fleet of 11
 * platforms, three optical layers, 2026-2030, scenario broadcom-32k for the bridge): trials per second
 * on one thread and on every core. The score is trials/s because each invocation runs {@link #TRIALS}
 * trials ({@code @OperationsPerInvocation}).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MarketMonteCarlo -f 1 -wi 2 -i 3 -w 2s -r 2s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class MarketMonteCarloBenchmark {
    static final int TRIALS = 10_000;

    /** 1 = the calling thread only; 0 = every core (the common fork-join pool), as {@code cpolens market} runs. */
    @Param({"1", "0"})
    int threads;

    MarketInputs inputs;
    long seed;

    @Setup
    public void setUp() {
        inputs = Analysis.marketInputs(ScenarioLoader.load(ScenarioLoader.DEFAULT_SCENARIO, Catalogs.bundled()));
    }

    @Benchmark
    @OperationsPerInvocation(TRIALS)
    public MonteCarlo.Bands trials() {
        // a new seed per call keeps the JIT from seeing the same work twice; results are checked by the tests
        return MonteCarlo.run(inputs, ++seed, TRIALS, threads);
    }
}
