package org.cpolens.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
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
import org.cpolens.io.revenue.RevenueImporter;
import org.cpolens.io.revenue.RocDates;
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
 * A large history in the live shape: 13 years x 12 months x 1,900 issuers (1,000 listed + 900 OTC,
 * one CSV per market and month: 312 files, 296,400 rows) with full-precision percentages and
 * free-text remarks, generated from a fixed seed (fictitious companies). Every score is rows per
 * second (one operation = one row), so the scores compare directly, and the README quotes them as
 * ratios to two references measured in the same run: parsing alone, and writing the same bytes
 * raw to disk with one fsync. The import is the crash-safe one (a private copy renamed over the
 * database), into an empty database, then one more month into the 13-year database.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar RevenueImportBenchmark -f 1 -wi 1 -i 3 -w 1 -r 1</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RevenueImportBenchmark {
    static final int YEARS = 13;
    static final int LISTED = 1_000;
    static final int OTC = 900;
    static final int ISSUERS = LISTED + OTC;
    static final int ROWS = YEARS * 12 * ISSUERS;
    static final long SEED = 20_260_310L;
    /** Later than every generated month and report date. */
    static final LocalDate TODAY = LocalDate.of(2027, 1, 31);

    /** One CSV per market and month, oldest first; the last month is held back for the incremental case. */
    private List<byte[]> files;
    private byte[] nextMonth;
    private Path dir;
    private Path history;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        List<byte[]> all = generate(SEED, YEARS + 1);
        files = all.subList(0, YEARS * 12 * 2);
        // the month after the 13 years, both markets, as one more import
        byte[] a = all.get(YEARS * 12 * 2);
        byte[] b = all.get(YEARS * 12 * 2 + 1);
        nextMonth = a; // listed market of the next month: 1,000 rows
        long bytes = files.stream().mapToLong(f -> f.length).sum();
        System.out.println("# " + files.size() + " files, " + ROWS + " rows, " + bytes + " bytes; next month "
                + a.length + " + " + b.length + " bytes");
        Path base = Files.createTempDirectory("cpolens-bench-history");
        history = base.resolve("revenue.mv.db");
        RevenueImporter.importFiles(history, parse(files), Instant.EPOCH);
        System.out.println("# database of the 13-year history: " + Files.size(history) + " bytes ("
                + Files.size(history) / ROWS + " bytes per row)");
    }

    @Setup(Level.Invocation)
    public void freshFolder() throws IOException {
        dir = Files.createTempDirectory("cpolens-bench");
    }

    @TearDown(Level.Invocation)
    public void removeFolder() throws IOException {
        delete(dir);
    }

    @TearDown(Level.Trial)
    public void removeHistory() throws IOException {
        delete(history.getParent());
    }

    private static void delete(Path d) throws IOException {
        try (Stream<Path> s = Files.walk(d)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static List<ParsedRevenueFile> parse(List<byte[]> fs) {
        List<ParsedRevenueFile> parsed = new ArrayList<>(fs.size());
        for (int i = 0; i < fs.size(); i++) {
            parsed.add(RevenueFileParser.parse("month-" + i + ".csv", fs.get(i), TODAY));
        }
        return parsed;
    }

    /** Parse all 312 files, then import them in one crash-safe import into an empty database. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public int parseAndImport() {
        ImportSummary s = RevenueImporter.importFiles(dir.resolve("revenue.mv.db"), parse(files), Instant.EPOCH);
        if (s.inserted() != ROWS) {
            throw new IllegalStateException("imported " + s.inserted() + " rows, expected " + ROWS);
        }
        return s.inserted();
    }

    /** Reference 1: parsing and checking alone. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public int parseOnly() {
        int n = 0;
        for (ParsedRevenueFile f : parse(files)) {
            n += f.rows().size();
        }
        return n;
    }

    /** Reference 2: the same bytes written raw to one file and forced to disk once. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long rawWrite() throws IOException {
        long n = 0;
        try (FileChannel c = FileChannel.open(dir.resolve("raw.bin"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            for (byte[] f : files) {
                n += c.write(ByteBuffer.wrap(f));
            }
            c.force(true);
        }
        return n;
    }

    /** One more month (1,000 listed issuers) into the 13-year database: the copy of the whole file is the price of crash safety. */
    @Benchmark
    @OperationsPerInvocation(LISTED)
    public int oneMonthIntoTheHistory() throws IOException {
        Path db = dir.resolve("revenue.mv.db");
        Files.copy(history, db, StandardCopyOption.REPLACE_EXISTING);
        ImportSummary s = RevenueImporter.importFiles(db, parse(List.of(nextMonth)), Instant.EPOCH);
        if (s.inserted() != LISTED) {
            throw new IllegalStateException("imported " + s.inserted() + " rows, expected " + LISTED);
        }
        return s.inserted();
    }

    /**
     * Monthly CSVs of both markets for {@code years} years from 2013-01 (plus one earlier year as the
     * YoY base), in the live shape: percentages as the full double, remarks with full-width punctuation.
     */
    static List<byte[]> generate(long seed, int years) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int months = (years + 1) * 12;
        long[][] revenue = new long[ISSUERS][months];
        for (int c = 0; c < ISSUERS; c++) {
            double level = 1_000 + rnd.nextDouble() * 50_000_000;
            for (int m = 0; m < months; m++) {
                level *= 0.97 + rnd.nextDouble() * 0.07;
                // about 1 % of company-months report nothing, which exercises the empty YoY cell
                revenue[c][m] = rnd.nextInt(100) == 0 ? 0 : Math.max(1, Math.round(level));
            }
        }
        YearMonth first = YearMonth.of(2012, 1);
        List<byte[]> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder(LISTED * 320);
        for (int m = 12; m < months; m++) {
            YearMonth ym = first.plusMonths(m);
            String reportDate = RocDates.rocDate(ym.plusMonths(1).atDay(10));
            String month = RocDates.rocMonth(ym);
            for (int market = 0; market < 2; market++) {
                int from = market == 0 ? 0 : LISTED;
                int to = market == 0 ? LISTED : ISSUERS;
                sb.setLength(0);
                sb.append('\uFEFF');
                for (int i = 0; i < RevenueColumns.ALL.size(); i++) {
                    sb.append(i == 0 ? "" : ",").append('"').append(RevenueColumns.ALL.get(i)).append('"');
                }
                sb.append("\r\n");
                for (int c = from; c < to; c++) {
                    long cur = revenue[c][m];
                    long prev = revenue[c][m - 1];
                    long ly = revenue[c][m - 12];
                    long cum = 0;
                    long lcum = 0;
                    for (int k = 0; k < ym.getMonthValue(); k++) {
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
                    field(sb, c % 50 == 0 ? "本月因客戶拉貨，營收較上月增加，另匯率升值 1.8%，換算後減少；詳見重大訊息。" : "-", false);
                    sb.append("\r\n");
                }
                out.add(sb.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void field(StringBuilder sb, String v, boolean first) {
        if (!first) {
            sb.append(',');
        }
        sb.append('"').append(v).append('"');
    }

    /** The full double, as the live files print it; empty when the base is 0. */
    private static String pct(long cur, long base) {
        return base == 0 ? "" : Double.toString((double) (cur - base) / base * 100.0);
    }
}
