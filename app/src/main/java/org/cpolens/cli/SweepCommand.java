package org.cpolens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.cpolens.io.GridLoader;
import org.cpolens.io.sweep.RowFormat;
import org.cpolens.io.sweep.SweepRunner;
import org.cpolens.model.InputException;
import org.cpolens.model.fabric.FabricBuilder;
import org.cpolens.model.sweep.SweepGrid;
import org.cpolens.model.sweep.SweepPlan;
import org.cpolens.report.DataTable;
import org.cpolens.report.SweepViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Evaluate every design of a grid (cluster sizes x switches x tiers x oversubscription x host links "
                + "x swept catalog figures x architectures), stream one row per design to a file, and print who wins "
                + "where: winners per endpoint range, where CPO stops winning, and the Pareto front.",
                "Bundled grids: " + "cpo-map (default), ten-million (the benchmark's 10 M designs)."})
final class SweepCommand implements java.util.concurrent.Callable<Integer> {
    /** A grid larger than this needs --yes: a typo should not start an hour-long run. */
    static final long CONFIRM_ABOVE = 1_000_000_000L;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--grid", paramLabel = "FILE", defaultValue = GridLoader.DEFAULT_GRID,
            description = "a grid YAML file or a bundled name (default: ${DEFAULT-VALUE})")
    String grid;

    @Option(names = "--out", paramLabel = "FILE",
            description = "rows go here; .csv, .json, .jsonl or .parquet (default: <grid name>-sweep.csv)")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "worker threads (default: the number of cores); the output is the same for any N")
    Integer threads;

    @Option(names = "--yes", description = "run a grid of more than 1,000,000,000 designs")
    boolean yes;

    @Option(names = "--pareto", paramLabel = "N", defaultValue = "5",
            description = "Pareto designs to print per endpoint range (default: ${DEFAULT-VALUE}; --format json prints all)")
    int pareto;

    @Option(names = "--quiet", description = "no progress on stderr")
    boolean quiet;

    @Option(names = "--summary-only",
            description = "evaluate and tally every design and print the summary, but write no rows (no --out)")
    boolean summaryOnly;

    @Option(names = "--no-tco",
            description = "leave out the cost-of-ownership columns (tco*): the rows are narrower and about twice as fast to "
                    + "evaluate and write (measured, README Benchmarks)")
    boolean noTco;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (summaryOnly && out != null) {
            throw InputException.field("--out", out, "--summary-only writes no rows",
                    "leave out --out, or drop --summary-only to write the rows there");
        }
        // without TCO the grid is read over the interconnect catalog alone: no pricing, no tco* columns
        SweepGrid g = noTco ? GridLoader.load(grid, common.catalog()) : GridLoader.load(grid, common.catalogs());
        // a grid's name comes from a file someone may have shared: it names a file here, never a path
        String stem = OutputPaths.safeBaseName(g.name());
        if (out == null && !summaryOnly && !stem.equals(g.name())) {
            err.println("note: the grid's name '" + g.name() + "' is not a plain file name; the rows go to "
                    + stem + "-sweep.csv (--out FILE to choose)");
        }
        Path file = summaryOnly ? null : out != null ? out : Path.of(stem + "-sweep.csv");
        if (file != null) {
            List<Path> inputs = new ArrayList<>(OutputPaths.catalogFiles(common.catalogDir()));
            inputs.add(Path.of(grid));
            OutputPaths.checkFile(file, "--out", inputs);
            RowFormat.of(file); // refuse an unknown extension before any work
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > 1024) {
            throw InputException.field("--threads", workers, "must be between 1 and 1024", "leave it out to use every core");
        }
        if (pareto < 0) {
            throw InputException.field("--pareto", pareto, "must not be negative", "0 prints no Pareto table");
        }
        long designs = g.designCount();
        if (designs > CONFIRM_ABOVE && !yes) {
            throw InputException.field("grid", String.format(Locale.ROOT, "%,d designs", designs),
                    "more than " + String.format(Locale.ROOT, "%,d", CONFIRM_ABOVE) + " designs",
                    "narrow an axis (fewer endpoint values, a coarser step), or pass --yes to run it anyway");
        }
        long settings = g.fabricSettings();
        if (!quiet) {
            err.printf(Locale.ROOT, "grid %s: %,d designs = %,d fabric settings x %,d figure combinations x %d architectures%n",
                    g.name(), designs, settings, g.figureCombinations(), g.architectures().size());
            err.printf(Locale.ROOT, "building %,d fabrics on %d thread(s) ...%n", settings, workers);
            err.flush();
        }
        long t0 = System.nanoTime();
        SweepPlan plan = SweepPlan.build(g, FabricBuilder.foldedClos(), workers);
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        if (plan.rows() == 0) {
            throw InputException.field("grid", g.name(), "no fabric setting of the grid can be built"
                    + (plan.infeasibleExample() == null ? "" : ", e.g. " + plan.infeasibleExample()),
                    "allow more tiers, a bigger switch, more planes, or fewer endpoints");
        }
        if (!quiet) {
            err.printf(Locale.ROOT, "built %,d fabrics in %.2f s; %,d setting(s) skipped%s%n", plan.fabricCount(),
                    buildSeconds, plan.infeasibleFabrics(),
                    plan.infeasibleExample() == null ? "" : " (e.g. " + plan.infeasibleExample() + ")");
            err.flush();
        }

        AtomicBoolean cancel = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        // Ctrl-C or SIGTERM: ask the writer to close the file at a row boundary, and wait for it.
        Thread hook = new Thread(() -> {
            cancel.set(true);
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cpolens-sweep-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return sweep(plan, file, workers, cancel, err, stdout);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: the JVM exits once this returns
            }
        }
    }

    private int sweep(SweepPlan plan, Path file, int workers, AtomicBoolean cancel, PrintWriter err,
                      PrintWriter stdout) throws IOException {
        ProgressBar bar = quiet ? null : progressBar(err, plan.rows());
        LongConsumer progress = bar == null ? null : bar::stepTo;
        long t1 = System.nanoTime();
        SweepRunner.Outcome outcome;
        try {
            outcome = file == null ? SweepRunner.summaryOnly(plan, workers, cancel::get, progress)
                    : SweepRunner.toFile(plan, file, workers, cancel::get, progress);
        } catch (IOException e) {
            throw OutputPaths.writeFailed(file, "--out", e);
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        double seconds = (System.nanoTime() - t1) / 1e9;
        Map<String, Object> run = new LinkedHashMap<>();
        if (file == null) {
            if (!outcome.complete()) {
                err.printf(Locale.ROOT, "interrupted: evaluated %,d of %,d designs; no summary%n",
                        outcome.rowsWritten(), outcome.rowsPlanned());
                err.flush();
                return Main.USER_ERROR;
            }
            err.printf(Locale.ROOT, "evaluated %,d designs in %.2f s (%,.0f designs/s on %d thread(s)); no rows written "
                    + "(--summary-only)%n", outcome.rowsWritten(), seconds, outcome.rowsWritten() / Math.max(seconds, 1e-9),
                    workers);
            err.flush();
            run.put("output", null);
            run.put("rows", 0L);
            run.put("designsEvaluated", outcome.rowsWritten());
            run.put("threads", workers);
        } else {
            Path shown = file.toAbsolutePath().normalize();
            if (!outcome.complete()) {
                err.printf(Locale.ROOT, "interrupted: wrote %,d of %,d rows to %s (a valid file, cut short)%n",
                        outcome.rowsWritten(), outcome.rowsPlanned(), shown);
                err.flush();
                return Main.USER_ERROR;
            }
            err.printf(Locale.ROOT, "wrote %,d rows to %s in %.2f s (%,.0f designs/s on %d thread(s))%n",
                    outcome.rowsWritten(), shown, seconds, outcome.rowsWritten() / Math.max(seconds, 1e-9), workers);
            err.flush();
            run.put("output", shown.toString());
            run.put("rows", outcome.rowsWritten());
            run.put("threads", workers);
        }
        List<DataTable> tables = new ArrayList<>(List.of(SweepViews.winnersTable(plan, outcome.tally()),
                SweepViews.breakEvenTable(plan, outcome.tally())));
        if (pareto > 0) {
            tables.add(SweepViews.paretoTable(plan, outcome.tally(), pareto));
        }
        Output.print(stdout, common, SweepViews.summaryJson(plan, outcome.tally(), run), tables);
        return Main.OK;
    }

    private static ProgressBar progressBar(PrintWriter err, long rows) {
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName("sweep").setInitialMax(rows)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" designs", 1).showSpeed()
                .setUpdateIntervalMillis(1000);
        if (System.console() == null) {
            b.setConsumer(new DelegatingProgressBarConsumer(line -> {
                err.println(line);
                err.flush();
            }, 100));
        }
        return b.build();
    }
}
