package org.cpolens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The revenue and signals commands through Main.run, each on a database in a temp folder. */
class RevenueCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    static String fixture(String name) {
        try {
            return Path.of(RevenueCommandTest.class.getResource("/fixtures/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private String db() {
        return dir.resolve("revenue.mv.db").toString();
    }

    private Run importFixtures(String... names) {
        String[] args = new String[names.length + 4];
        args[0] = "revenue";
        args[1] = "import";
        args[2] = "--db";
        args[3] = db();
        for (int i = 0; i < names.length; i++) {
            args[i + 4] = fixture(names[i]);
        }
        return run(args);
    }

    @Test
    void importsThenReimportChangesNothing() throws Exception {
        Run first = importFixtures("mops-revenue-fixture-11310.csv", "openapi-revenue-fixture-t187ap05_L.json");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("9 new, 0 corrected");
        Run again = run("revenue", "import", "--db", db(), "--format", "json", fixture("mops-revenue-fixture-11310.csv"));
        assertThat(again.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(again.out());
        assertThat(j.get("inserted").asInt()).isZero();
        assertThat(j.get("updated").asInt()).isZero();
        assertThat(j.get("unchanged").asInt()).isEqualTo(5);
    }

    @Test
    void aCorruptFileIsRejectedWholeAndTheDatabaseIsUnchanged() {
        importFixtures("mops-revenue-fixture-11309.csv");
        String before = run("revenue", "show", "2330", "--db", db(), "--format", "csv").out();
        Run bad = importFixtures("mops-revenue-fixture-11310.csv", "mops-revenue-fixture-11310-corrupt.csv");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("mops-revenue-fixture-11310-corrupt.csv:4").contains("12O456")
                .doesNotContain("Exception");
        assertThat(run("revenue", "show", "2330", "--db", db(), "--format", "csv").out()).isEqualTo(before);
    }

    @Test
    void correctionsAndMismatchesAreReported() {
        importFixtures("mops-revenue-fixture-11310.csv");
        Run corrected = importFixtures("mops-revenue-fixture-11310-corrected.csv");
        assertThat(corrected.out()).contains("0 new, 1 corrected").contains("3363 2024-10").contains("189819 -> 191053");
        Run mismatch = importFixtures("mops-revenue-fixture-11310-mismatch.csv");
        assertThat(mismatch.code()).isZero();
        assertThat(mismatch.out()).contains("mismatch").contains("'99.99'").contains("recomputed value is used");
        Run log = run("revenue", "log", "--db", db(), "--format", "csv");
        assertThat(log.code()).as(log.err()).isZero();
        assertThat(log.out()).contains("mops-revenue-fixture-11310-corrected.csv").contains("3363,2024-10")
                .contains("當月營收 189819 -> 191053");
    }

    @Test
    void headerOnlyFileIsANoteAndCreatesNoDatabase() {
        Run r = importFixtures("mops-revenue-fixture-11311-header-only.csv");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("not published yet").contains("nothing changed");
        assertThat(Path.of(db())).doesNotExist();
    }

    @Test
    void badInputIsOneClearLineAndExit1() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        Run e = run("revenue", "import", "--db", db(), empty.toString());
        assertThat(e.code()).isEqualTo(1);
        assertThat(e.err()).contains("empty.csv").contains("empty");
        Path unknown = Files.writeString(dir.resolve("other.csv"), "a,b,c\n1,2,3\n");
        assertThat(run("revenue", "import", "--db", db(), unknown.toString()).err()).contains("unknown format");
        Path latin = Files.write(dir.resolve("bad.csv"), new byte[] {(byte) 0xFF, (byte) 0xFE - 1, (byte) 0x80, 0x41});
        assertThat(run("revenue", "import", "--db", db(), latin.toString()).err()).contains("neither UTF-8 nor Big5");
        Run missingDir = run("revenue", "import", "--db", dir.resolve("no/such/dir/r.mv.db").toString(),
                fixture("mops-revenue-fixture-11310.csv"));
        assertThat(missingDir.code()).isEqualTo(1);
        assertThat(missingDir.err()).contains("folder does not exist");
        assertThat(dir.resolve("no")).doesNotExist();
        assertThat(Path.of(db())).doesNotExist();
        assertThat(run("revenue", "show", "2330", "--db", db()).err()).contains("no revenue database");
        assertThat(run("revenue", "show", "2330", "--db", db(), "--format", "xml").code()).isEqualTo(1);
    }

    @Test
    void showsOneCompanyAndSuggestsUnknownTickers() throws Exception {
        importFixtures("mops-revenue-fixture-11307.csv", "mops-revenue-fixture-11308.csv",
                "mops-revenue-fixture-11309.csv", "mops-revenue-fixture-11310.csv");
        Run show = run("revenue", "show", "3081", "--db", db(), "--from", "2024-09", "--format", "json");
        assertThat(show.code()).as(show.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(show.out());
        assertThat(j.get("months")).hasSize(2);
        // 3-month YoY for 2024-09 uses July and August though they are not shown:
        // (372266 + 421933 + 507585) / (338424 + 337547 + 362561) - 1
        double expected = (372266.0 + 421933 + 507585) / (338424.0 + 337547 + 362561) * 100 - 100;
        // JSON outputs round to 1e-6 of their unit (Numbers.round6)
        assertThat(j.get("months").get(0).get("yoy3m").asDouble()).isCloseTo(expected, org.assertj.core.api.Assertions.within(5e-7));
        Run byName = run("revenue", "show", "範例磊晶(fixture)", "--db", db(), "--format", "csv");
        assertThat(byName.code()).isZero();
        assertThat(byName.out()).startsWith("month,revenue,mom,yoy,ytdYoy,yoy3m");
        Run typo = run("revenue", "show", "3018", "--db", db());
        assertThat(typo.code()).isEqualTo(1);
        assertThat(typo.err()).contains("maybe you meant '3081'");
        assertThat(run("revenue", "show", "3081", "--db", db(), "--from", "2024/09").err()).contains("YYYY-MM");
    }

    @Test
    void signalsWithoutDataSaysHowToImport() {
        Run r = run("signals", "--db", db());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("No monthly revenue is imported yet").contains("cpolens revenue import")
                .contains("Events log").contains("Davisson");
        assertThat(run("signals", "--db", db(), "--lang", "zh-TW").out()).contains("尚未匯入任何月營收資料");
        assertThat(Path.of(db())).doesNotExist();
    }

    @Test
    void signalsRankByMomentumAndFlagInflections() throws Exception {
        importFixtures("mops-revenue-fixture-11307.csv", "mops-revenue-fixture-11308.csv",
                "mops-revenue-fixture-11309.csv", "mops-revenue-fixture-11310.csv");
        Run r = run("signals", "--db", db(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        JsonNode first = j.get("companies").get(0);
        // the fixture's 3081 YoY goes 10 -> 25 -> 40 -> 55 %
        assertThat(first.get("code").asText()).isEqualTo("3081");
        assertThat(first.get("inflections").toString()).contains("yoy-accelerating-3m");
        int watched = org.cpolens.io.revenue.SignalsCatalog.bundled().watchlist("supply-chain").tickers().size();
        assertThat(j.get("companies")).hasSize(watched);
        // companies without revenue come last, unranked
        assertThat(j.get("companies").get(watched - 1).get("latest").isNull()).isTrue();
        assertThat(j.get("companies").get(watched - 1).get("rank").isNull()).isTrue();
        Run unknown = run("signals", "--db", db(), "--watchlist", "suply-chain");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("maybe you meant 'supply-chain'");
    }

    @Test
    void fetchImportsFromALoopbackServer() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = Files.readAllBytes(Path.of(fixture("openapi-revenue-fixture-t187ap05_L.json")));
        server.createContext("/t187ap05_L", ex -> {
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Run r = run("revenue", "fetch", "--market", "listed", "--base-url", base, "--db", db());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("4 new");
            Run again = run("revenue", "fetch", "--market", "listed", "--base-url", base, "--db", db());
            assertThat(again.out()).contains("nothing changed");
            Run otc = run("revenue", "fetch", "--market", "otc", "--base-url", base, "--db", db());
            assertThat(otc.code()).isEqualTo(1);
            assertThat(otc.err()).contains("HTTP 404");
            assertThat(run("revenue", "fetch", "--market", "lsted", "--db", db()).err()).contains("maybe you meant 'listed'");
        } finally {
            server.stop(0);
        }
    }
}
