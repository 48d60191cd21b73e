package org.cpolens.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.EnumSet;
import org.cpolens.io.Catalogs;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.io.revenue.SignalsCatalog;
import org.cpolens.io.revenue.SignalsLoader;
import org.cpolens.model.InputException;
import org.cpolens.model.pipeline.Analysis;
import org.cpolens.model.pipeline.AnalysisResult;
import org.cpolens.model.scenario.RunDefaults;
import org.cpolens.model.scenario.Scenario;
import org.cpolens.report.HtmlReport;
import org.cpolens.report.ReportBuilder;
import org.cpolens.report.ReportModel;
import org.cpolens.report.XlsxReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"The main job: run the whole engine on a scenario and write report.html (bilingual, "
                + "works offline), report.xlsx and summary.json.",
                "The same scenario and seed give a byte-identical summary.json."})
final class AnalyzeCommand implements Callable<Integer> {
    static final List<String> FILES = List.of("report.html", "report.xlsx", "summary.json");

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE", defaultValue = ScenarioLoader.DEFAULT_SCENARIO,
            description = "a scenario YAML file or a bundled name (default: ${DEFAULT-VALUE})")
    String scenario;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "cpolens-report",
            description = "folder for the three files, created if missing (default: ./${DEFAULT-VALUE}/)")
    Path out;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "language the report opens in, zh-TW or en; both are embedded (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--catalog", paramLabel = "DIR",
            description = "a folder of catalog YAML files whose entries add to or replace the bundled ones by id")
    Path catalogDir;

    @Option(names = "--db", paramLabel = "PATH",
            description = "revenue database for the signals section (default: the file 'cpolens revenue import' writes)")
    Path db;

    @Mixin
    RunOptions run;

    @Option(names = "--debug", description = "show stack traces on errors")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        String language = language(lang);
        run.checkMarketTrials();
        // a folder that cannot take the report fails now, not after the whole analysis
        List<Path> inputs = new java.util.ArrayList<>(OutputPaths.catalogFiles(catalogDir));
        inputs.add(Path.of(scenario));
        if (db != null) {
            inputs.add(db);
        }
        OutputPaths.checkFolder(out, "--out", FILES, inputs);
        Progress progress = new Progress(err, 10);

        progress.stage("loading scenario " + scenario);
        Catalogs catalogs = Catalogs.load(catalogDir);
        Scenario s = ScenarioLoader.load(scenario, catalogs);
        AnalysisResult result = Analysis.run(s, catalogs.supplyChain(),
                () -> SignalsLoader.load(db, SignalsCatalog.DEFAULT_WATCHLIST),
                run.options(s, EnumSet.allOf(Analysis.Stage.class)),
                what -> progress.stage(what.equals("revenue signals") && db != null ? what + " from " + db : what));

        progress.stage("assembling the report (sensitivity, risks, sources)");
        ReportModel report = ReportBuilder.of(result, catalogs.risks()).build();

        progress.stage("rendering report.html");
        String html = HtmlReport.render(report, language);

        progress.stage("rendering report.xlsx");
        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        XlsxReport.write(report, language, xlsx);

        progress.stage("writing " + out.toAbsolutePath().normalize());
        try {
            writeAtomically(out, html.getBytes(StandardCharsets.UTF_8), xlsx.toByteArray(),
                    report.summaryJson().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw OutputPaths.writeFailed(out, "--out", e);
        }

        progress.finish();
        Path dir = out.toAbsolutePath().normalize();
        stdout.println("report:  " + dir.resolve("report.html"));
        stdout.println("excel:   " + dir.resolve("report.xlsx"));
        stdout.println("summary: " + dir.resolve("summary.json"));
        stdout.println("scenario " + report.scenario() + ", seed " + result.seed()
                + (result.seed() == RunDefaults.SEED ? " (the default; --seed S to change it)" : ""));
        stdout.flush();
        return Main.OK;
    }

    static String language(String lang) {
        if ("zh-TW".equalsIgnoreCase(lang) || "zh".equalsIgnoreCase(lang)) {
            return "zh-TW";
        }
        if ("en".equalsIgnoreCase(lang)) {
            return "en";
        }
        throw InputException.field("--lang", lang, "not a report language", "use zh-TW or en");
    }

    /**
     * Writes the three files into a temporary folder next to {@code dir}, then moves each into place:
     * an error on the way leaves {@code dir} as it was, never with a half-written file.
     */
    static void writeAtomically(Path dir, byte[] html, byte[] xlsx, byte[] summary) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new InputException(null, "--out", dir, "exists and is not a folder", "give a folder path");
        }
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new InputException(null, "--out", dir, "cannot create its parent folder: " + e.getMessage(),
                    "check the path and permissions");
        }
        Path tmp = Files.createTempDirectory(parent, ".cpolens-report-");
        try {
            write(tmp.resolve("report.html"), html);
            write(tmp.resolve("report.xlsx"), xlsx);
            write(tmp.resolve("summary.json"), summary);
            Files.createDirectories(target);
            for (String f : FILES) {
                move(tmp.resolve(f), target.resolve(f));
            }
        } finally {
            deleteTree(tmp);
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        try (OutputStream o = Files.newOutputStream(file)) {
            o.write(bytes);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }

    /** One line per stage on stderr, so stdout stays the list of written files. */
    static final class Progress {
        private final PrintWriter err;
        private final int stages;
        private int done;
        private long started = System.nanoTime();

        Progress(PrintWriter err, int stages) {
            this.err = err;
            this.stages = stages;
        }

        void stage(String what) {
            finish();
            started = System.nanoTime();
            done++;
            err.printf(java.util.Locale.ROOT, "[%d/%d] %s ...%n", done, stages, what);
            err.flush();
        }

        void finish() {
            if (done > 0) {
                err.printf(java.util.Locale.ROOT, "      done in %.1f s%n", (System.nanoTime() - started) / 1e9);
                err.flush();
            }
        }
    }
}
