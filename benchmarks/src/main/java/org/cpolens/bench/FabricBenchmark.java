package org.cpolens.bench;

import java.util.concurrent.TimeUnit;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.io.Catalogs;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.eval.InterconnectEvaluator;
import org.cpolens.model.fabric.Fabric;
import org.cpolens.model.fabric.FabricBuilder;
import org.cpolens.model.fabric.FabricRequest;
import org.cpolens.model.eval.Interconnect;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How long the fabric search and the evaluator take: the dashboard calls them on every edit, so they
 * must stay interactive even for radix-512 switches and millions of endpoints.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FabricBenchmark {
    @Param({"8192:64", "100000:144", "3000000:512"})
    public String shape;

    private FabricRequest request;
    private Interconnect broadcom;

    @Setup
    public void setUp() {
        String[] p = shape.split(":");
        request = FabricRequest.nonBlocking(Long.parseLong(p[0]), Integer.parseInt(p[1]), 800);
        broadcom = ScenarioLoader.load("broadcom-32k", Catalogs.bundled()).interconnect();
    }

    @Benchmark
    public Fabric buildFabric() {
        return FabricBuilder.foldedClos().build(request);
    }

    @Benchmark
    public Evaluation evaluateBroadcom32k() {
        return InterconnectEvaluator.standard().evaluate(broadcom);
    }
}
