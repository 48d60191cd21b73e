package org.cpolens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.cpolens.io.revenue.RevenueColumns;
import org.cpolens.io.revenue.RevenueStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash at any moment of an import leaves either the old database or the whole import, a database
 * that opens, a log that agrees with the rows, and a next import that works. Each case starts a real
 * JVM running {@code cpolens revenue import} on a large generated history and kills it with SIGKILL
 * after a delay drawn from a fixed seed across the whole length of an uninterrupted import, and once
 * right after the new database file is renamed into place.
 */
class ImportCrashTest {
    static final long SEED = 20_260_301L;
    static final int KILL_POINTS = 8;
    static final int COMPANIES = 800;
    static final int MONTHS = 18;
    static final String TODAY = "2026-01-15";

    @TempDir
    static Path dir;

    static List<String> files = new ArrayList<>();
    static Path baseDb;
    static long baseRows;
    static long baseImports;

    /** Generated live-shape monthly files (fictitious companies) and a base database holding an earlier import. */
    @BeforeAll
    static void generate() throws IOException {
        SplittableRandom rnd = new SplittableRandom(SEED);
        YearMonth first = YearMonth.of(2020, 1);
        long[][] revenue = new long[COMPANIES][MONTHS + 12];
        for (int c = 0; c < COMPANIES; c++) {
            double level = 1_000 + rnd.nextDouble() * 5_000_000;
            for (int m = 0; m < MONTHS + 12; m++) {
                level *= 0.95 + rnd.nextDouble() * 0.1;
                revenue[c][m] = Math.max(1, Math.round(level));
            }
        }
        for (int m = 12; m < MONTHS + 12; m++) {
            YearMonth ym = first.plusMonths(m - 12);
            StringBuilder sb = new StringBuilder("\uFEFF");
            sb.append('"').append(String.join("\",\"", RevenueColumns.ALL)).append("\"\r\n");
            String roc = (ym.getYear() - 1911) + "/" + String.format("%02d", ym.getMonthValue());
            YearMonth next = ym.plusMonths(1);
            String report = (next.getYear() - 1911) + "/" + String.format("%02d", next.getMonthValue()) + "/10";
            for (int c = 0; c < COMPANIES; c++) {
                long cur = revenue[c][m];
                long prev = revenue[c][m - 1];
                long ly = revenue[c][m - 12];
                long cum = 0;
                long lcum = 0;
                for (int k = 0; k < ym.getMonthValue(); k++) {
                    cum += revenue[c][m - k];
                    lcum += revenue[c][m - 12 - k];
                }
                String[] cells = {report, roc, Integer.toString(10_000 + c), "產生公司" + c, "電子零組件業",
                        Long.toString(cur), Long.toString(prev), Long.toString(ly), pct(cur, prev), pct(cur, ly),
                        Long.toString(cum), Long.toString(lcum), pct(cum, lcum), c % 97 == 0 ? "因應客戶拉貨，營收成長，較去年同期增加。" : "-"};
                sb.append('"').append(String.join("\",\"", cells)).append("\"\r\n");
            }
            Path f = dir.resolve("t21sc03_" + (ym.getYear() - 1911) + "_" + ym.getMonthValue() + "_sii.csv");
            Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
            files.add(f.toString());
        }
        // the "old database": the first month imported alone
        baseDb = dir.resolve("base.mv.db");
        CliRun r = CliRun.of("revenue", "import", "--db", baseDb.toString(), "--today", TODAY, files.get(0));
        assertThat(r.code()).as(r.err()).isZero();
        try (RevenueStore s = RevenueStore.openIfExists(baseDb).orElseThrow()) {
            baseRows = s.rowCount();
            baseImports = s.importLog().size();
        }
    }

    private static String pct(long cur, long base) {
        return Double.toString((double) (cur - base) / base * 100.0);
    }

    private static Process importInChildJvm(Path db) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.cpolens.cli.Main",
                "revenue", "import", "--db", db.toString(), "--today", TODAY));
        cmd.addAll(files);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static Path freshCopy(String name) throws IOException {
        Path d = Files.createDirectories(dir.resolve(name));
        Path db = d.resolve("revenue.mv.db");
        Files.copy(baseDb, db, StandardCopyOption.REPLACE_EXISTING);
        return db;
    }

    @Test
    void aKilledImportLeavesTheOldDatabaseOrTheWholeImport() throws Exception {
        // one uninterrupted run measures how long an import lasts, and what "whole" looks like
        Path full = freshCopy("full");
        long start = System.nanoTime();
        Process p = importInChildJvm(full);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isZero();
        Duration length = Duration.ofNanos(System.nanoTime() - start);
        long wholeRows;
        long wholeImports;
        try (RevenueStore s = RevenueStore.openIfExists(full).orElseThrow()) {
            wholeRows = s.rowCount();
            wholeImports = s.importLog().size();
        }
        assertThat(wholeRows).isEqualTo((long) COMPANIES * MONTHS);
        System.out.println("ImportCrashTest: an uninterrupted import of " + wholeRows + " rows took " + length.toMillis() + " ms");

        SplittableRandom rnd = new SplittableRandom(SEED);
        int old = 0;
        int whole = 0;
        for (int i = 0; i < KILL_POINTS; i++) {
            Path db = freshCopy("kill-" + i);
            Object before = Files.readAttributes(db, BasicFileAttributes.class).fileKey();
            Process child = importInChildJvm(db);
            String at;
            if (i < KILL_POINTS - 1) {
                // seeded delays spread over the run (the machine's load varies, so a late one may find it done)
                long killAfterMs = (long) (length.toMillis() * (i + rnd.nextDouble()) / (KILL_POINTS - 1));
                if (!child.waitFor(killAfterMs, TimeUnit.MILLISECONDS)) {
                    child.destroyForcibly(); // SIGKILL on Linux
                }
                at = "kill point " + i + " after " + killAfterMs + " ms (an import lasts about " + length.toMillis() + " ms)";
            } else {
                // the last one the moment the new file is in place: after the publishing rename, before the JVM exits
                while (child.isAlive() && before.equals(Files.readAttributes(db, BasicFileAttributes.class).fileKey())) {
                    Thread.sleep(2);
                }
                child.destroyForcibly();
                at = "kill point " + i + " right after the database file was replaced";
            }
            child.waitFor();
            long rows;
            long imports;
            long logged;
            try (RevenueStore s = RevenueStore.openIfExists(db).orElseThrow()) {
                rows = s.rowCount();
                imports = s.importLog().size();
                logged = s.importLog().stream().mapToLong(e -> e.inserted()).sum();
            }
            assertThat(rows).as(at).isIn(baseRows, wholeRows);
            assertThat(imports).as(at).isEqualTo(rows == baseRows ? baseImports : wholeImports);
            assertThat(logged).as(at + ": the log accounts for every row").isEqualTo(rows);
            if (rows == baseRows) {
                old++;
            } else {
                whole++;
            }
            // the next import works: the last month adds its rows to the old database, or nothing to the whole one
            CliRun next = CliRun.of("revenue", "import", "--db", db.toString(), "--today", TODAY, files.get(files.size() - 1));
            assertThat(next.code()).as(at + ": " + next.err()).isZero();
            try (RevenueStore s = RevenueStore.openIfExists(db).orElseThrow()) {
                assertThat(s.rowCount()).as(at).isEqualTo(rows == baseRows ? baseRows + COMPANIES : wholeRows);
                assertThat(s.importLog()).as(at).hasSize((int) imports + (rows == baseRows ? 1 : 0));
            }
        }
        // the first seeded point falls in the JVM's start, long before the import is published; the last after it
        assertThat(old).isPositive();
        assertThat(whole).isPositive();
    }
}
