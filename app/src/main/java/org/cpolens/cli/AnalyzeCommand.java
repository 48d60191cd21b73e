package org.cpolens.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
import org.cpolens.report.SideBySide;
import org.cpolens.report.XlsxReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"The main job: run the whole engine on a scenario and write report.html (bilingual, "
                + "works offline), report.xlsx and summary.json; with --pdf also report.pdf.",
                "The same scenario and seed give a byte-identical summary.json. When the folder already holds a "
                        + "summary.json, the report opens with what changed since that run.",
                "Several --scenario options write one folder per scenario and comparison.html side by side."})
final class AnalyzeCommand implements Callable<Integer> {
    static final List<String> FILES = List.of("report.html", "report.xlsx", "summary.json");
    static final String PDF = "report.pdf";
    static final String COMPARISON = "comparison.html";

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "a scenario YAML file or a bundled name (default: " + ScenarioLoader.DEFAULT_SCENARIO
                    + "); give it several times to compare scenarios side by side")
    List<String> scenarios = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "cpolens-report",
            description = "folder for the files, created if missing (default: ./${DEFAULT-VALUE}/)")
    Path out;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "language the report opens in, zh-TW or en; both are embedded (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--pdf", description = "also print report.pdf (A4 landscape, a page per section) with headless Chromium")
    boolean pdf;

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
        PdfPrinter printer = pdf ? PdfPrinter.find() : null;
        List<String> names = scenarios.isEmpty() ? List.of(ScenarioLoader.DEFAULT_SCENARIO) : List.copyOf(scenarios);
        // POI's schemas take seconds to load: load them on another core while the engine runs
        Thread warmUp = new Thread(XlsxReport::warmUp, "xlsx-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        if (names.size() == 1) {
            Written w = analyze(names.get(0), out, language, printer, err);
            w.print(stdout);
            stdout.println("scenario " + w.report().scenario() + ", seed " + w.report().seed()
                    + (w.report().seed() == RunDefaults.SEED ? " (the default; --seed S to change it)" : ""));
            stdout.flush();
            return Main.OK;
        }
        List<ReportModel> reports = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String folder = folderName(names.get(i), i, seen);
            folders.add(folder);
            Written w = analyze(names.get(i), out.resolve(folder), language, printer, err);
            reports.add(w.report());
            w.print(stdout);
        }
        ReportModel side = SideBySide.of(reports, folders);
        Path page = out.toAbsolutePath().normalize().resolve(COMPARISON);
        writeFile(page, HtmlReport.render(side, language).getBytes(StandardCharsets.UTF_8));
        stdout.println("compare: " + page);
        stdout.println("scenarios " + String.join(", ", reports.stream().map(ReportModel::scenario).toList()) + ", seed "
                + reports.get(0).seed());
        stdout.flush();
        return Main.OK;
    }

    /** What one scenario's run wrote. */
    private record Written(ReportModel report, Path dir, boolean pdf) {
        void print(PrintWriter stdout) {
            stdout.println("report:  " + dir.resolve("report.html"));
            stdout.println("excel:   " + dir.resolve("report.xlsx"));
            stdout.println("summary: " + dir.resolve("summary.json"));
            if (pdf) {
                stdout.println("pdf:     " + dir.resolve(PDF));
            }
        }
    }

    /** A folder name for a scenario (its file name without .yaml), unique among the run's. */
    static String folderName(String scenario, int index, java.util.Set<String> seen) {
        String base = Path.of(scenario).getFileName().toString().replaceAll("\\.ya?ml$", "")
                .replaceAll("[^A-Za-z0-9._-]", "-");
        if (base.isEmpty() || base.startsWith(".")) {
            base = "scenario-" + (index + 1);
        }
        String name = base;
        for (int i = 2; !seen.add(name); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    private Written analyze(String scenario, Path dir, String language, PdfPrinter printer, PrintWriter err)
            throws IOException {
        // a folder that cannot take the report fails now, not after the whole analysis
        List<Path> inputs = new ArrayList<>(OutputPaths.catalogFiles(catalogDir));
        inputs.add(Path.of(scenario));
        if (db != null) {
            inputs.add(db);
        }
        OutputPaths.checkFolder(dir, "--out", FILES, inputs);
        Progress progress = new Progress(err, printer == null ? STEPS : STEPS + 1);
        progress.stage("loading scenario " + scenario);
        Catalogs catalogs = Catalogs.load(catalogDir);
        Scenario s = ScenarioLoader.load(scenario, catalogs);
        Map<String, Object> previous = previousSummary(dir, err);
        AnalysisResult result = Analysis.run(s, catalogs.supplyChain(),
                () -> SignalsLoader.load(db, SignalsCatalog.DEFAULT_WATCHLIST),
                run.options(s, EnumSet.allOf(Analysis.Stage.class)),
                what -> progress.stage(what.equals("revenue signals") && db != null ? what + " from " + db : what));

        progress.stage("assembling the report (takeaways, sensitivity, risks, sources)");
        ReportBuilder builder = ReportBuilder.of(result, catalogs.risks()).catalogDigest(catalogs.digest());
        if (previous != null) {
            builder.previous(previous);
        }
        ReportModel report = builder.build();

        progress.stage("rendering report.html and report.xlsx in parallel");
        CompletableFuture<byte[]> xlsx = CompletableFuture.supplyAsync(() -> {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try {
                XlsxReport.write(report, language, bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return bytes.toByteArray();
        });
        byte[] html = HtmlReport.render(report, language).getBytes(StandardCharsets.UTF_8);
        byte[] workbook = join(xlsx);

        Path target = dir.toAbsolutePath().normalize();
        progress.stage("writing " + target);
        try {
            writeAtomically(dir, html, workbook, report.summaryJson().getBytes(StandardCharsets.UTF_8),
                    printer == null ? null : (tmp -> {
                        progress.stage("printing report.pdf with headless Chromium");
                        printer.print(tmp.resolve("report.html"), tmp.resolve(PDF), tmp.resolve(".chromium-profile"));
                    }));
        } catch (IOException e) {
            throw OutputPaths.writeFailed(dir, "--out", e);
        }
        progress.finish();
        return new Written(report, target, printer != null);
    }

    private static byte[] join(CompletableFuture<byte[]> f) throws IOException {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable c = e.getCause();
            if (c instanceof java.io.UncheckedIOException u) {
                throw u.getCause();
            }
            if (c instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(c);
        }
    }

    /**
     * The summary.json an earlier run left in {@code dir}, or null: none there, or not a summary
     * (then a note on stderr, and the report carries no comparison).
     */
    static Map<String, Object> previousSummary(Path dir, PrintWriter err) {
        Path f = dir.resolve("summary.json");
        if (!Files.isRegularFile(f)) {
            return null;
        }
        try {
            Map<String, Object> m = org.cpolens.report.Json.MAPPER.readValue(f.toFile(),
                    new com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, Object>>() { });
            if (!m.containsKey("scenario")) {
                err.println("note: " + f + " is not a CPO Lens summary; the report says nothing of the last run");
                return null;
            }
            return m;
        } catch (IOException | RuntimeException e) {
            err.println("note: " + f + " could not be read as JSON (" + e.getMessage().lines().findFirst().orElse("")
                    + "); the report says nothing of the last run");
            return null;
        }
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

    /** A step run in the temporary folder before the files move into place (the PDF print). */
    @FunctionalInterface
    interface Extra {
        void run(Path tmp) throws IOException;
    }

    static void writeAtomically(Path dir, byte[] html, byte[] xlsx, byte[] summary) throws IOException {
        writeAtomically(dir, html, xlsx, summary, null);
    }

    /**
     * Writes the three files (and what {@code extra} adds) into a temporary folder next to
     * {@code dir}, then moves each into place: an error on the way leaves {@code dir} as it was,
     * never with a half-written file.
     */
    static void writeAtomically(Path dir, byte[] html, byte[] xlsx, byte[] summary, Extra extra) throws IOException {
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
            if (extra != null) {
                extra.run(tmp);
            }
            Files.createDirectories(target);
            for (String f : FILES) {
                move(tmp.resolve(f), target.resolve(f));
            }
            if (Files.exists(tmp.resolve(PDF))) {
                move(tmp.resolve(PDF), target.resolve(PDF));
            }
        } finally {
            deleteTree(tmp);
        }
    }

    /** One file, written beside its place and moved in. */
    private static void writeFile(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), ".cpolens-", ".part");
        try {
            write(tmp, bytes);
            move(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
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

    /** Lines of progress: loading, the fabric, one per pipeline stage, then the report's three steps (the PDF adds one). */
    static final int STEPS = 2 + Analysis.Stage.values().length + 3;

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
