package org.cpolens.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.cpolens.io.CatalogLoader;
import org.cpolens.io.Catalogs;
import org.cpolens.io.GridLoader;
import org.cpolens.io.sweep.SweepRunner;
import org.cpolens.model.catalog.Catalog;
import org.cpolens.model.eval.DesignKernel;
import org.cpolens.model.fabric.FabricBuilder;
import org.cpolens.model.sweep.DesignBlock;
import org.cpolens.model.sweep.SweepEngine;
import org.cpolens.model.sweep.SweepGrid;
import org.cpolens.model.sweep.SweepPlan;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The design sweep ({@code cpolens sweep}) against the targets of its issue: the evaluator at 5
 * million designs per second per core or more; a 10-million-design sweep written to CSV in under
 * 30 s on 2 cores with the heap under 512 MiB; and how many fabric settings the plan builds per
 * second. One benchmark per target, each with its own state, mode and settings:
 *
 * <ul>
 *   <li>{@link #evaluator}: {@code SweepEngine.evaluate} alone on one thread. Read the secondary
 *       score {@code evaluator:designs} (designs/s); the primary score is whole-plan passes/s.
 *       <pre>java -jar benchmarks/target/benchmarks.jar 'SweepBenchmark.evaluator' -f 2 -wi 3 -i 5 -w 10s -r 10s</pre>
 *   <li>{@link #endToEndCsv}: grid to CSV file, plan build included, in a fork with
 *       {@code -Xmx512m}; the score is seconds per sweep (SingleShotTime).
 *       <pre>java -jar benchmarks/target/benchmarks.jar 'SweepBenchmark.endToEndCsv' -f 1 -wi 1 -i 3</pre>
 *   <li>{@link #fabricBuilds}: {@code SweepPlan.build} on one thread for {@code cpo-map} and
 *       {@code ten-million}. Read {@code fabricBuilds:settings} (fabric settings/s, feasible or
 *       not) and {@code fabricBuilds:fabrics} (feasible fabrics built/s); the primary score is plan
 *       builds/s.
 *       <pre>java -jar benchmarks/target/benchmarks.jar 'SweepBenchmark.fabricBuilds' -f 1 -wi 3 -i 5 -w 5s -r 5s</pre>
 * </ul>
 *
 * {@code -p tco=true,false} (the default runs both) prices every design or not, so the cost of the
 * tco* columns reads as a ratio of two scores measured in the same run.
 *
 * The sweep benchmarks keep their data in nested states, so each benchmark takes only the
 * parameters it uses; {@code -p grid=cpo-map} runs any of them on the other bundled grid.
 */
public class SweepBenchmark {

    static SweepPlan plan(SweepGrid grid, int threads) {
        return SweepPlan.build(grid, FabricBuilder.foldedClos(), threads);
    }

    // ---- 1. evaluator

    /** The plan built once per trial (not timed) and one reused block. */
    @State(Scope.Thread)
    public static class Plan {
        @Param({"ten-million"})
        public String grid;

        /** Price every design (the tco* columns: closed-form reliability and cost of ownership) or not. */
        @Param({"true", "false"})
        public boolean tco;

        SweepPlan plan;
        DesignBlock block;
        int perChunk;

        @Setup(Level.Trial)
        public void build() {
            plan = plan(tco ? GridLoader.load(grid, Catalogs.bundled()) : GridLoader.load(grid, CatalogLoader.load(null)), 1);
            perChunk = SweepRunner.chunkGroups(plan);
            block = new DesignBlock(plan, perChunk);
        }
    }

    /** Designs evaluated; JMH reports it as a rate (designs/s) next to the invocation rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Designs {
        public long designs;

        @Setup(Level.Iteration)
        public void reset() {
            designs = 0;
        }
    }

    /**
     * One invocation evaluates every group of the plan (ten-million: 10,485,090 designs), in
     * {@code SweepRunner}-sized chunks, into the one reused block: the engine as a sweep worker
     * runs it, without the tally, the formatting and the writing. Every result lands in the
     * block's arrays, which outlive the call, so the JIT cannot drop the stores; the last
     * network-watts value of each chunk also goes to the Blackhole to tie the loop to an output.
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    @Fork(2)
    @Warmup(iterations = 3, time = 10)
    @Measurement(iterations = 5, time = 10)
    public void evaluator(Plan p, Designs counter, Blackhole bh) {
        SweepPlan plan = p.plan;
        DesignBlock block = p.block;
        long groups = plan.groups();
        int per = p.perChunk;
        for (long first = 0; first < groups; first += per) {
            int count = (int) Math.min(per, groups - first);
            SweepEngine.evaluate(plan, first, count, block);
            bh.consume(block.result(block.rows() - 1, DesignKernel.NETWORK_W));
        }
        counter.designs += plan.rows();
    }

    // ---- 2. end to end

    /** Where the CSV goes, and what each iteration wrote (checked and printed after it). */
    @State(Scope.Thread)
    public static class Output {
        @Param({"ten-million"})
        public String grid;

        /** Worker threads, as {@code cpolens sweep --threads}: both the plan build and the writer. */
        @Param({"2"})
        public int threads;

        /** Rows with the tco* columns or without. */
        @Param({"true", "false"})
        public boolean tco;

        /** Folder for the temporary CSV (about 2 GB); empty = java.io.tmpdir. */
        @Param({""})
        public String dir;

        Catalog catalog;
        Path folder;
        Path file;
        SweepRunner.Outcome outcome;

        @Setup(Level.Trial)
        public void folder() throws IOException {
            catalog = CatalogLoader.load(null);
            folder = dir.isEmpty() ? Files.createTempDirectory("cpolens-sweep-bench")
                    : Files.createTempDirectory(Path.of(dir), "cpolens-sweep-bench");
            file = folder.resolve(grid + "-sweep.csv");
        }

        @Setup(Level.Iteration)
        public void resetPeaks() {
            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    pool.resetPeakUsage();
                }
            }
        }

        /** Checks and prints what was written, then deletes it, so no run leaves 2 GB behind. */
        @TearDown(Level.Iteration)
        public void check() throws IOException {
            long bytes = Files.exists(file) ? Files.size(file) : -1;
            long peakSum = 0;
            StringBuilder pools = new StringBuilder();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    long peak = pool.getPeakUsage().getUsed();
                    peakSum += peak;
                    pools.append(String.format(Locale.ROOT, " %s %d", pool.getName(), peak >> 20));
                }
            }
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder.resolve("." + file.getFileName() + ".part"));
            if (outcome == null || !outcome.complete()) {
                throw new IllegalStateException("sweep incomplete: " + (outcome == null ? "no outcome"
                        : outcome.rowsWritten() + " of " + outcome.rowsPlanned() + " rows"));
            }
            System.out.printf(Locale.ROOT, "%n  wrote %,d rows, %,d MB; heap peak MiB (per pool, sum %d):%s; max %d%n",
                    outcome.rowsWritten(), bytes / 1_000_000, peakSum >> 20, pools, Runtime.getRuntime().maxMemory() >> 20);
            outcome = null;
        }

        @TearDown(Level.Trial)
        public void removeFolder() throws IOException {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    /**
     * What a user waits for after the catalog is loaded: read the grid, build every fabric and
     * write every row (with the summary tally) to a CSV file on {@code threads} threads, as
     * {@code cpolens sweep --grid ten-million --threads 2 --quiet --yes} does minus printing the
     * summary. The plan build is inside the timing. The fork runs with {@code -Xmx512m}, so a sweep
     * that needs more heap fails with OutOfMemoryError instead of scoring; each iteration prints
     * its per-pool heap peaks (an upper bound on the heap in use at once) and deletes its file.
     * The target is under 30 s per sweep on 2 cores.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    @Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public SweepRunner.Outcome endToEndCsv(Output o) throws IOException {
        SweepPlan plan = plan(o.tco ? GridLoader.load(o.grid, Catalogs.bundled()) : GridLoader.load(o.grid, o.catalog),
                o.threads);
        o.outcome = SweepRunner.toFile(plan, o.file, o.threads, () -> false, null);
        return o.outcome;
    }

    // ---- 3. fabric builds

    /** A grid, loaded once per trial (not timed). */
    @State(Scope.Thread)
    public static class Grid {
        @Param({"cpo-map", "ten-million"})
        public String grid;

        SweepGrid sweepGrid;
        long settings;

        @Setup(Level.Trial)
        public void load() {
            sweepGrid = GridLoader.load(grid, CatalogLoader.load(null));
            settings = sweepGrid.fabricSettings();
        }
    }

    /** Fabric settings tried and feasible fabrics built, reported as rates. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Fabrics {
        public long settings;
        public long fabrics;

        @Setup(Level.Iteration)
        public void reset() {
            settings = 0;
            fabrics = 0;
        }
    }

    /**
     * One invocation builds every fabric setting of the grid on one thread (cpo-map: 558 settings;
     * ten-million: 3,072), including the settings skipped as infeasible and the one-thread pool
     * {@code SweepPlan.build} starts and stops each time.
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    @Fork(1)
    @Warmup(iterations = 3, time = 5)
    @Measurement(iterations = 5, time = 5)
    public SweepPlan fabricBuilds(Grid g, Fabrics counter) {
        SweepPlan plan = plan(g.sweepGrid, 1);
        counter.settings += g.settings;
        counter.fabrics += plan.fabricCount();
        return plan;
    }
}
