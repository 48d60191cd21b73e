package org.cpolens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.cpolens.io.revenue.LoopbackMops;
import org.cpolens.io.revenue.LoopbackMops.Act;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The revenue history workflow through the CLI on the live-shape fixtures: fetch from a loopback
 * archive, import, coverage, signals as of a past day, and the refusals around them. "Today" is
 * fixed with --today so that filing deadlines are judged the same on every run.
 */
class RevenueHistoryCommandTest {
    static final String TODAY = "2025-04-30";
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> MONTHS = List.of("113_10", "113_11", "113_12", "114_1", "114_2", "114_3");

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("revenue.mv.db").toString();
    }

    static String live(String name) {
        return RevenueCommandTest.fixture("live/" + name);
    }

    private CliRun importLive(String... names) {
        List<String> args = new ArrayList<>(List.of("revenue", "import", "--db", db(), "--today", TODAY));
        Arrays.stream(names).map(RevenueHistoryCommandTest::live).forEach(args::add);
        return CliRun.of(args.toArray(String[]::new));
    }

    private CliRun importAllMonths() {
        List<String> names = new ArrayList<>();
        for (String m : MONTHS) {
            names.add("t21sc03_" + m + "_sii.csv");
            names.add("t21sc03_" + m + "_otc.csv");
        }
        return importLive(names.toArray(String[]::new));
    }

    private JsonNode json(String... args) throws Exception {
        CliRun r = CliRun.of(args);
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private static JsonNode company(JsonNode signals, String code) {
        for (JsonNode c : signals.get("companies")) {
            if (c.get("code").asText().equals(code)) {
                return c;
            }
        }
        throw new AssertionError(code + " not ranked");
    }

    @Test
    void liveShapeFilesImportWithoutFalseMismatchesAndACorruptOneChangesNothing() throws Exception {
        CliRun r = importAllMonths();
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode again = json(List.of("revenue", "import", "--db", db(), "--today", TODAY, "--format", "json",
                live("t21sc03_114_1_sii.csv"), live("mopsfin_t187ap05_O-11403.json")).toArray(String[]::new));
        assertThat(again.get("inserted").asInt()).isZero();
        for (JsonNode f : again.get("files")) {
            assertThat(f.get("mismatches")).isEmpty();
        }
        byte[] before = Files.readAllBytes(Path.of(db()));
        CliRun bad = importLive("t21sc03_114_3_sii-corrupt.csv");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("t21sc03_114_3_sii-corrupt.csv:4").contains("1.911３854858374115")
                .contains("營業收入-上月比較增減(%)").doesNotContain("Exception");
        assertThat(bad.err().lines().count()).isEqualTo(1);
        assertThat(Files.readAllBytes(Path.of(db()))).isEqualTo(before);
    }

    @Test
    void monthsNotOverAreRefusedWithFileAndLine() {
        CliRun r = CliRun.of("revenue", "import", "--db", db(), "--today", "2025-03-20", live("t21sc03_114_3_sii.csv"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("t21sc03_114_3_sii.csv:2").contains("after today");
        assertThat(Path.of(db())).doesNotExist();
    }

    @Test
    void coverageSaysPresentNotYetDueAndMissing() throws Exception {
        importAllMonths();
        JsonNode c = json("revenue", "coverage", "--db", db(), "--today", TODAY, "--format", "json");
        JsonNode foci = null;
        for (JsonNode x : c.get("companies")) {
            if (x.get("code").asText().equals("3363")) {
                foci = x;
            }
        }
        assertThat(foci).isNotNull();
        assertThat(foci.get("missing").toString()).isEqualTo("[\"2025-01\"]");
        assertThat(foci.get("present").asInt()).isEqualTo(5);
        // on 2025-05-05 April is not due yet (deadline 2025-05-10); on 2025-05-11 it is missing for everyone
        JsonNode early = json("revenue", "coverage", "--db", db(), "--today", "2025-05-05", "--format", "json");
        assertThat(early.get("companies").get(0).get("notYetDue").toString()).isEqualTo("[\"2025-04\"]");
        CliRun late = CliRun.of("revenue", "coverage", "--db", db(), "--today", "2025-05-11", "--watchlist", "supply-chain");
        assertThat(late.code()).as(late.err()).isZero();
        assertThat(late.out()).contains("2025-01 2025-04").contains("companies miss months");
        CliRun zh = CliRun.of("revenue", "coverage", "--db", db(), "--today", TODAY, "--lang", "zh-TW");
        assertThat(zh.out()).contains("各公司營收資料完整度").contains("缺漏");
    }

    @Test
    void signalsNeverCountAMissingMonthAsZeroAndSaySo() throws Exception {
        importAllMonths();
        JsonNode s = json("signals", "--db", db(), "--today", TODAY, "--format", "json");
        assertThat(s.get("rankingMonth").asText()).isEqualTo("2025-03");
        assertThat(s.get("incomplete").asBoolean()).isTrue();
        JsonNode foci = company(s, "3363");
        // 2025-01 is missing: the 3-month YoY that needs it is undefined, and 3363 ranks after every scored company
        assertThat(foci.get("momentum").isNull()).isTrue();
        assertThat(foci.get("gaps").toString()).isEqualTo("[\"2025-01\"]");
        int scored = 0;
        for (JsonNode c : s.get("companies")) {
            if (!c.get("momentum").isNull()) {
                scored++;
                assertThat(c.get("rank").asInt()).isLessThan(foci.get("rank").asInt());
            }
        }
        assertThat(scored).isPositive();
        CliRun table = CliRun.of("signals", "--db", db(), "--today", TODAY);
        assertThat(table.out()).contains("rests on incomplete months").contains("3363 (2025-01)");
        assertThat(CliRun.of("signals", "--db", db(), "--today", TODAY, "--lang", "zh-TW").out())
                .contains("此排名所依據的月份不完整");
    }

    @Test
    void signalsAsOfUseOnlyWhatWasPublishedByThen() throws Exception {
        importAllMonths();
        importLive("t21sc03_114_3_otc-corrected.csv");
        // 3081's March was filed on 2025-04-10 and corrected on 2025-04-25 (+4,321 thousand NT$)
        JsonNode before = json("signals", "--db", db(), "--today", TODAY, "--as-of", "2025-04-24", "--format", "json");
        JsonNode after = json("signals", "--db", db(), "--today", TODAY, "--as-of", "2025-04-25", "--format", "json");
        long original = company(before, "3081").get("latest").get("revenueThousandNtd").asLong();
        assertThat(company(after, "3081").get("latest").get("revenueThousandNtd").asLong()).isEqualTo(original + 4321);
        // on 2025-03-15 March was not over: February is the latest month, January the latest due
        JsonNode march = json("signals", "--db", db(), "--today", TODAY, "--as-of", "2025-03-15", "--format", "json");
        assertThat(company(march, "2330").get("latest").get("month").asText()).isEqualTo("2025-02");
        assertThat(march.get("rankingMonth").asText()).isEqualTo("2025-02");
        JsonNode show = json("revenue", "show", "3081", "--db", db(), "--today", TODAY, "--as-of", "2025-04-24",
                "--format", "json");
        assertThat(show.get("months").get(show.get("months").size() - 1).get("revenueThousandNtd").asLong())
                .isEqualTo(original);
        CliRun future = CliRun.of("signals", "--db", db(), "--today", TODAY, "--as-of", "2025-05-01");
        assertThat(future.code()).isEqualTo(1);
        assertThat(future.err()).contains("--as-of").contains("after today");
    }

    @Test
    void januaryAndFebruaryCanBeCombined() throws Exception {
        importAllMonths();
        JsonNode plain = json("revenue", "show", "2330", "--db", db(), "--today", TODAY, "--format", "json");
        JsonNode combined = json("revenue", "show", "2330", "--db", db(), "--today", TODAY, "--format", "json",
                "--combine-jan-feb");
        // 114/01 and 114/02 rows of 2330 in the live fixtures: revenue and last year's month
        long[] jan = amounts("t21sc03_114_1_sii.csv", "2330");
        long[] feb = amounts("t21sc03_114_2_sii.csv", "2330");
        double expected = (double) (jan[0] + feb[0] - jan[1] - feb[1]) / (jan[1] + feb[1]) * 100;
        for (JsonNode m : combined.get("months")) {
            String month = m.get("month").asText();
            if (month.equals("2025-01") || month.equals("2025-02")) {
                // JSON numbers carry 6 decimals
                assertThat(m.get("yoy").asDouble()).isCloseTo(expected, within(5e-7));
            }
        }
        assertThat(plain.get("months").get(3).get("yoy").asDouble()).isNotCloseTo(expected, within(1e-3));
        assertThat(combined.get("months").get(5).get("yoy").asDouble())
                .isEqualTo(plain.get("months").get(5).get("yoy").asDouble());
    }

    /** Revenue and last year's month of one company in one live fixture, read straight from the CSV text. */
    private static long[] amounts(String file, String code) throws Exception {
        for (String line : Files.readAllLines(Path.of(live(file)))) {
            String[] f = line.split("\",\"");
            if (f.length > 7 && f[2].equals(code)) {
                return new long[] {Long.parseLong(f[5]), Long.parseLong(f[7])};
            }
        }
        throw new AssertionError(code + " not in " + file);
    }

    @Test
    void eventStudyShowsYoyAroundEventsAndLeavesMissingMonthsBlank() throws Exception {
        importAllMonths();
        Path catalog = Files.createDirectory(dir.resolve("catalog"));
        Files.writeString(catalog.resolve("events.yaml"), """
                events:
                  - date: "2024-12-15"
                    ticker: "3363"
                    kind: order
                    text: { en: "=HYPERLINK(\\"http://x\\") fixture order", zh-TW: "範例訂單" }
                    source: "test fixture"
                    status: assumption
                """);
        JsonNode s = json("signals", "--db", db(), "--today", TODAY, "--catalog", catalog.toString(), "--event-study",
                "--window", "2", "--format", "json");
        JsonNode row = null;
        for (JsonNode w : s.get("eventStudy")) {
            if (w.get("event").get("ticker").asText().equals("3363") && w.get("code").asText().equals("3363")) {
                row = w;
            }
        }
        assertThat(row).isNotNull();
        // offsets -2..+2 around 2024-12: 2024-10, 2024-11, 2024-12, 2025-01 (missing), 2025-02
        assertThat(row.get("yoy")).hasSize(5);
        assertThat(row.get("yoy").get(3).isNull()).isTrue();
        assertThat(row.get("after").asDouble()).isEqualTo(row.get("yoy").get(4).asDouble());
        // the same text, as CSV, cannot run as a spreadsheet formula
        CliRun csv = CliRun.of("signals", "--db", db(), "--today", TODAY, "--catalog", catalog.toString(), "--format", "csv");
        assertThat(csv.out()).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").doesNotContain("\"=HYPERLINK");
    }

    @Test
    void catalogIsAppliedOrRefusedAndAMissingFolderIsAnError() {
        importAllMonths();
        String missing = dir.resolve("no-such-catalog").toString();
        for (String[] args : List.of(
                new String[] {"signals", "--db", db(), "--catalog", missing},
                new String[] {"revenue", "show", "2330", "--db", db(), "--catalog", missing},
                new String[] {"revenue", "coverage", "--db", db(), "--catalog", missing})) {
            CliRun r = CliRun.of(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(r.err()).contains("no-such-catalog").contains("not a directory");
        }
        CliRun imp = CliRun.of("revenue", "import", "--db", db(), "--catalog", dir.toString(), live("t21sc03_114_1_sii.csv"));
        assertThat(imp.code()).isEqualTo(1);
        assertThat(imp.err()).contains("--catalog").contains("reads no catalog");
    }

    @Test
    void aReadOnlyDatabaseFolderIsOneLineNotAStackTrace() {
        // /sys refuses new files even to root: a folder nobody can write in
        CliRun r = CliRun.of("revenue", "import", "--db", "/sys/kernel/revenue.mv.db", "--today", TODAY,
                live("t21sc03_114_1_sii.csv"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("/sys/kernel").contains("permission denied").doesNotContain("Exception")
                .doesNotContain("org.h2");
    }

    @Test
    void fetchDownloadsSeveralMonthsThroughErrorsAndResumesAfterAnInterruption() throws Exception {
        Path into = dir.resolve("files");
        try (LoopbackMops mops = new LoopbackMops().withLiveFixtures(Path.of(live("t21sc03_114_1_sii.csv")).getParent())) {
            mops.script("sii", "t21sc03_113_11.csv", Act.RATE_LIMITED);
            mops.script("otc", "t21sc03_113_11.csv", Act.TRUNCATED);
            mops.script("sii", "t21sc03_113_12.csv", Act.BAN_PAGE, Act.UNAVAILABLE);
            // 2025-01 of the OTC market keeps failing: the run stops there, like a dropped connection would
            mops.script("otc", "t21sc03_114_1.csv", Act.UNAVAILABLE, Act.UNAVAILABLE, Act.UNAVAILABLE);
            String[] fetch = {"revenue", "fetch", "--db", db(), "--today", TODAY, "--base-url", mops.base(),
                    "--from", "2024-09", "--to", "2025-03", "--into", into.toString(), "--pause", "0",
                    "--retry-wait", "0", "--retries", "2", "--format", "json"};
            CliRun first = CliRun.of(fetch);
            assertThat(first.code()).isEqualTo(1);
            assertThat(first.err()).contains("t21sc03_114_1.csv").contains("HTTP 503").contains("after 2 retries")
                    .contains("downloaded are kept");
            assertThat(Path.of(db())).doesNotExist();
            // 2024-09 is a 404 (noted), 2024-10 .. 2024-12 both markets and 2025-01 listed are on disk
            try (Stream<Path> s = Files.list(into)) {
                assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList())
                        .containsExactly("t21sc03_113_10_otc.csv", "t21sc03_113_10_sii.csv", "t21sc03_113_11_otc.csv",
                                "t21sc03_113_11_sii.csv", "t21sc03_113_12_otc.csv", "t21sc03_113_12_sii.csv",
                                "t21sc03_114_1_sii.csv");
            }
            JsonNode manifest = JSON.readTree(into.resolve("manifest.json").toFile());
            assertThat(manifest.get("files")).hasSize(7);
            for (JsonNode f : manifest.get("files")) {
                byte[] bytes = Files.readAllBytes(into.resolve(f.get("file").asText()));
                assertThat(f.get("sha256").asText()).isEqualTo(sha256(bytes));
                assertThat(f.get("bytes").asLong()).isEqualTo(bytes.length);
                assertThat(f.get("url").asText()).startsWith(mops.base() + "/server-java/FileDownLoad?");
                assertThat(f.get("fetchedAt").asText()).isNotBlank();
            }
            int requestsBefore = mops.requests("sii", "t21sc03_113_10.csv");

            JsonNode second = json(fetch);
            assertThat(mops.requests("sii", "t21sc03_113_10.csv")).isEqualTo(requestsBefore);
            assertThat(second.get("skipped")).hasSize(7);
            assertThat(second.get("fetched")).hasSize(5);
            assertThat(second.get("notes").toString()).contains("2024-09").contains("404");
            assertThat(second.get("import").get("inserted").asInt()).isEqualTo(83);
            assertThat(second.get("import").get("files")).hasSize(12);

            JsonNode third = json(fetch);
            assertThat(third.get("fetched")).isEmpty();
            assertThat(third.get("import").get("inserted").asInt()).isZero();
        }
    }

    static String sha256(byte[] b) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    }
}
