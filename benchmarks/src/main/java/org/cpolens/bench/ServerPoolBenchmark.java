package org.cpolens.bench;

import java.util.concurrent.TimeUnit;
import org.cpolens.io.ServerPoolInputsParser;
import org.cpolens.model.sim.ServerPoolParams;
import org.cpolens.model.sim.ServerPoolRun;
import org.cpolens.model.sim.ServerPoolSimulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time per replication of the bundled {@code airesim-4096} case (AIReSim's 4,096-server, 30-day job:
 * about 1,740 failures and 1,740 repairs per replication), single-threaded, one replication per
 * invocation with a fresh seed each time. The peer takes 5-13 s per replication (median 6.3 s) on
 * this machine class; compare in the same run with the peer, or a stand-in for it, timed beside.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ServerPoolBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ServerPoolBenchmark {
    private ServerPoolParams params;
    private long seed;

    @Setup(Level.Trial)
    public void load() {
        params = ServerPoolInputsParser.parse(ServerPoolInputsParser.read("airesim-4096")).params();
        seed = 1;
    }

    @Benchmark
    public ServerPoolRun replication() {
        return ServerPoolSimulator.replicate(params, seed++);
    }
}
