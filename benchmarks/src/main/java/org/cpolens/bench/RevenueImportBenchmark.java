package org.cpolens.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cpolens.io.revenue.ImportSummary;
import org.cpolens.io.revenue.ParsedRevenueFile;
import org.cpolens.io.revenue.RevenueColumns;
import org.cpolens.io.revenue.RevenueFileParser;
import org.cpolens.io.revenue.RevenueStore;
import org.cpolens.io.revenue.RocDates;
import org.cpolens.model.signals.RevenueMath;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Imports 10 years x 12 months x 1,800 companies (216,000 rows) of generated, format-exact MOPS CSV
 * (UTF-8 BOM, every field quoted, ROC dates, percentages rounded as the exchange prints them) into a
 * fresh H2 database. The score is rows per second (one operation = one row). Data come from a fixed
 * seed, so every run imports the same bytes; the generated companies are fictitious.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar RevenueImportBenchmark -f 1 -wi 1 -i 3 -w 2s -r 2s</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RevenueImportBenchmark {
    static final int YEARS = 10;
    static final int COMPANIES = 1_800;
    static final int ROWS = YEARS * 12 * COMPANIES;
    static final long SEED = 20_241_107L;

    /** One CSV per month, oldest first. */
    private List<byte[]> files;
    private Path dir;

    @Setup(Level.Trial)
    public void generate() {
        files = generate(SEED, YEARS, COMPANIES);
    }

    @Setup(Level.Invocation)
    public void freshDatabase() throws IOException {
        dir = Files.createTempDirectory("cpolens-bench");
    }

    @TearDown(Level.Invocation)
    public void removeDatabase() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Parse every month's file, then store all rows in one transaction. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public int parseAndImport() {
        List<ParsedRevenueFile> parsed = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            parsed.add(RevenueFileParser.parse("month-" + i + ".csv", files.get(i)));
        }
        try (RevenueStore store = RevenueStore.open(dir.resolve("revenue"))) {
            ImportSummary s = store.importFiles(parsed);
            if (s.inserted() != ROWS) {
                throw new IllegalStateException("imported " + s.inserted() + " rows, expected " + ROWS);
            }
            return s.inserted();
        }
    }

    /** Parsing and checking alone, to see how the time splits between the parser and the database. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public int parseOnly() {
        int n = 0;
        for (int i = 0; i < files.size(); i++) {
            n += RevenueFileParser.parse("month-" + i + ".csv", files.get(i)).rows().size();
        }
        return n;
    }

    /** Monthly CSVs for {@code years} years from 2015-01, with one extra earlier year as the YoY base. */
    static List<byte[]> generate(long seed, int years, int companies) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int months = (years + 1) * 12;
        long[][] revenue = new long[companies][months];
        for (int c = 0; c < companies; c++) {
            double level = 1_000 + rnd.nextDouble() * 50_000_000;
            for (int m = 0; m < months; m++) {
                level *= 0.97 + rnd.nextDouble() * 0.07;
                // about 1 % of company-months report nothing, which exercises the empty YoY cell
                revenue[c][m] = rnd.nextInt(100) == 0 ? 0 : Math.max(1, Math.round(level));
            }
        }
        YearMonth first = YearMonth.of(2014, 1);
        List<byte[]> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder(companies * 220);
        for (int m = 12; m < months; m++) {
            YearMonth ym = first.plusMonths(m);
            String reportDate = RocDates.rocDate(LocalDate.of(ym.plusMonths(1).getYear(), ym.plusMonths(1).getMonthValue(), 10));
            String month = RocDates.rocMonth(ym);
            sb.setLength(0);
            sb.append('\uFEFF');
            for (int i = 0; i < RevenueColumns.ALL.size(); i++) {
                sb.append(i == 0 ? "" : ",").append('"').append(RevenueColumns.ALL.get(i)).append('"');
            }
            sb.append("\r\n");
            int monthOfYear = ym.getMonthValue();
            for (int c = 0; c < companies; c++) {
                long cur = revenue[c][m];
                long prev = revenue[c][m - 1];
                long ly = revenue[c][m - 12];
                long cum = 0;
                long lcum = 0;
                for (int k = 0; k < monthOfYear; k++) {
                    cum += revenue[c][m - k];
                    lcum += revenue[c][m - 12 - k];
                }
                field(sb, reportDate, true);
                field(sb, month, false);
                field(sb, Integer.toString(1101 + c), false);
                field(sb, "產生公司" + c, false);
                field(sb, "電子零組件業", false);
                field(sb, Long.toString(cur), false);
                field(sb, Long.toString(prev), false);
                field(sb, Long.toString(ly), false);
                field(sb, pct(cur, prev), false);
                field(sb, pct(cur, ly), false);
                field(sb, Long.toString(cum), false);
                field(sb, Long.toString(lcum), false);
                field(sb, pct(cum, lcum), false);
                field(sb, "-", false);
                sb.append("\r\n");
            }
            out.add(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static void field(StringBuilder sb, String v, boolean first) {
        if (!first) {
            sb.append(',');
        }
        sb.append('"').append(v).append('"');
    }

    private static String pct(long cur, long base) {
        var p = RevenueMath.roundedPercent(cur, base, 2);
        return p == null ? "" : p.toPlainString();
    }
}
