package org.cpolens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cpolens.io.CatalogLoader;
import org.cpolens.io.sweep.SweepColumns;
import org.cpolens.model.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code cpolens sweep} through the command line, as a user runs it. */
class SweepCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Every axis kind at least twice: re-rated port speed, copper hosts, auto tiers, swept figures of three kinds. */
    private static final String SAMPLED_GRID = """
            name: sampled
            endpoints: [512, 3000, 9000, 20000, 70000, 150000]
            endpointGbps: [400, 800]
            switch: [tomahawk5-64x800g, spectrum-x-photonics-512x800g]
            tiers: [auto, 2, 3]
            oversubscription: [1, 1.5, 3]
            hostLink: [optical, copper]
            architectures:
              - id: pluggable-dsp-800g
                overrides: { switchPortWatts: 16.93, hostPortWatts: 16.93 }
              - lpo-800g
              - npo-800g
              - cpo-bailly-800g
            figures:
              cpo-bailly-800g.switchPortWatts: [4.5, 5.55]
              pluggable-dsp-800g.costPerPortUsd: [700, 800]
              tomahawk5-64x800g.basePowerW: [913, 1100]
            wattsPerAccelerator: 1400
            """;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static List<Map<String, String>> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertThat(cells).as("cells of %s", line).hasSize(header.length);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void sampledRowsEqualWhatCompareSaysForTheSameDesign() throws IOException {
        Path out = dir.resolve("rows.csv");
        CliRun r = CliRun.of("sweep", "--grid", write("g.yaml", SAMPLED_GRID).toString(), "--out", out.toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        List<Map<String, String>> rows = csv(out);
        assertThat(rows).hasSizeGreaterThan(1000);
        Catalog catalog = CatalogLoader.load(null);

        long seed = 20261125L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 30; i++) {
            Map<String, String> row = rows.get(random.nextInt(rows.size()));
            String scenario = scenarioFor(row, catalog);
            CliRun c = CliRun.of("compare", "--format", "json", "--scenario", write("s" + i + ".yaml", scenario).toString());
            assertThat(c.code()).as("seed %d, design %s: %s", seed, row.get("design"), c.err()).isZero();
            JsonNode json = JSON.readTree(c.out());
            assertThat(json.at("/fabric/tiers").asText()).isEqualTo(row.get("tiers"));
            assertThat(json.at("/fabric/switchCount").asText()).isEqualTo(row.get("switchCount"));
            assertThat(json.at("/fabric/links").asText()).isEqualTo(row.get("links"));
            assertRowIsCompare(row, json, "seed " + seed + ", design " + row.get("design"));
        }
    }

    /** Planes, a co-packaged NIC, a scale-up layer and accelerators per endpoint on the sweep's axes. */
    private static final String LAYERED_GRID = """
            name: layered
            endpoints: [2048, 8192, 16384, 65536]
            switch: [tomahawk6-64x1600g]
            tiers: [auto, 2]
            planes: [1, 2, 8]
            scaleOutGbpsPerAccelerator: 3200
            architectures:
              - pluggable-dsp-1600g
              - lpo-1600g
              - cpo-nvidia-photonics-1600g
            nic: { architecture: cpo-nic-3200g }
            scaleUp: { domainSize: 144, gbpsPerAccelerator: 28800, opticalShare: 0.5, architecture: cpo-scaleup-3200g, copperPortGbps: 100 }
            figures:
              cpo-nvidia-photonics-1600g.switchPortWatts: [7, 9]
            wattsPerAccelerator: 4167
            """;

    /** Every result field of a layered sweep row equals compare's for the same design. */
    @Test
    void layeredRowsEqualWhatCompareSaysForTheSameDesign() throws IOException {
        Path out = dir.resolve("layered.csv");
        CliRun r = CliRun.of("sweep", "--grid", write("l.yaml", LAYERED_GRID).toString(), "--out", out.toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        List<Map<String, String>> rows = csv(out);
        assertThat(rows).extracting(x -> x.get("planes")).contains("1", "2", "8");
        for (Map<String, String> row : rows) {
            if (!row.get("design").endsWith("7")) {
                continue; // a sample spread over the grid
            }
            String scenario = "name: layered-" + row.get("design") + "\n"
                    + "cluster: { endpoints: " + row.get("endpoints") + ", endpointGbps: 1600, accelerators: "
                    + row.get("accelerators") + ", wattsPerAccelerator: 4167 }\n"
                    + "fabric: { switch: tomahawk6-64x1600g, planes: " + row.get("planes")
                    + (row.get("tiersAsked").equals("auto") ? "" : ", tiers: " + row.get("tiersAsked")) + " }\n"
                    + "architectures:\n  - pluggable-dsp-1600g\n  - lpo-1600g\n"
                    + "  - { id: cpo-nvidia-photonics-1600g, overrides: { switchPortWatts: "
                    + row.get("cpo-nvidia-photonics-1600g.switchPortWatts") + " } }\n"
                    + "nic: { architecture: cpo-nic-3200g }\n"
                    + "scaleUp: { domainSize: 144, gbpsPerAccelerator: 28800, opticalShare: 0.5, "
                    + "architecture: cpo-scaleup-3200g, copperPortGbps: 100 }\n";
            CliRun c = CliRun.of("compare", "--format", "json", "--scenario", write("ls.yaml", scenario).toString());
            assertThat(c.code()).as("design %s: %s", row.get("design"), c.err()).isZero();
            JsonNode json = JSON.readTree(c.out());
            assertThat(json.at("/fabric/planes").asText()).isEqualTo(row.get("planes"));
            assertThat(json.at("/fabric/switchCount").asText()).isEqualTo(row.get("switchCount"));
            assertRowIsCompare(row, json, "design " + row.get("design"));
        }
    }

    /** Every result field of a sweep row equals the compare JSON of its architecture (both round to 1e-6). */
    private static void assertRowIsCompare(Map<String, String> row, JsonNode compare, String what) {
        JsonNode arch = null;
        for (JsonNode a : compare.get("architectures")) {
            if (a.get("id").asText().equals(row.get("architecture"))) {
                arch = a;
            }
        }
        assertThat(arch).as(what).isNotNull();
        for (String field : SweepColumns.RESULTS.subList(1, SweepColumns.RESULTS.size())) {
            JsonNode expected = arch.get(field);
            String actual = row.get(field);
            if (expected.isNull()) {
                assertThat(actual).as(what + ", " + field).isEmpty();
            } else if (expected.isNumber()) {
                // Both round to 1e-6 of the unit, so the parsed numbers are the same double.
                assertThat(Double.parseDouble(actual)).as(what + ", " + field).isEqualTo(expected.asDouble());
            } else {
                assertThat(actual).as(what + ", " + field).isEqualTo(expected.asText());
            }
        }
    }

    /** The scenario that names exactly one sweep row's design (an inline switch carries the re-rated radix). */
    private static String scenarioFor(Map<String, String> row, Catalog catalog) {
        String switchId = row.get("switch");
        String basePower = row.containsKey("tomahawk5-64x800g.basePowerW") && switchId.equals("tomahawk5-64x800g")
                ? row.get("tomahawk5-64x800g.basePowerW")
                : String.valueOf(catalog.switchSystem(switchId).orElseThrow().basePowerW().value());
        String tiers = row.get("tiersAsked").equals("auto") ? "" : "  tiers: " + row.get("tiersAsked") + "\n";
        return "name: design-" + row.get("design") + "\n"
                + "cluster:\n"
                + "  endpoints: " + row.get("endpoints") + "\n"
                + "  endpointGbps: " + row.get("endpointGbps") + "\n"
                + "  wattsPerAccelerator: 1400\n"
                + "fabric:\n"
                + "  switch: { id: " + switchId + ", radix: " + row.get("radix") + ", portGbps: " + row.get("endpointGbps")
                + ", basePowerW: " + basePower + " }\n"
                + tiers
                + "  oversubscription: " + row.get("oversubscription") + "\n"
                + "  hostLink: " + row.get("hostLink") + "\n"
                + "architectures:\n"
                + "  - id: pluggable-dsp-800g\n"
                + "    overrides: { switchPortWatts: 16.93, hostPortWatts: 16.93, costPerPortUsd: "
                + row.get("pluggable-dsp-800g.costPerPortUsd") + " }\n"
                + "  - id: lpo-800g\n"
                + "  - id: npo-800g\n"
                + "  - id: cpo-bailly-800g\n"
                + "    overrides: { switchPortWatts: " + row.get("cpo-bailly-800g.switchPortWatts") + " }\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "json", "jsonl", "parquet"})
    void oneThreadAndThreeThreadsWriteTheSameBytes(String extension) throws IOException {
        Path grid = write("g.yaml", SAMPLED_GRID);
        Path one = dir.resolve("one." + extension);
        Path three = dir.resolve("three." + extension);
        CliRun a = CliRun.of("sweep", "--grid", grid.toString(), "--out", one.toString(), "--threads", "1", "--format", "json", "--quiet");
        CliRun b = CliRun.of("sweep", "--grid", grid.toString(), "--out", three.toString(), "--threads", "3", "--format", "json", "--quiet");
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(b.code()).as(b.err()).isZero();
        // Three chunks of 4,096 rows or more, one per thread, so the threads really interleave.
        assertThat(JSON.readTree(a.out()).get("rows").asLong()).isGreaterThan(2 * 4096);
        assertThat(Files.mismatch(one, three)).as("first differing byte").isEqualTo(-1L);
        // The summary too, but for the thread count it reports.
        assertThat(a.out().replace("\"threads\" : 1", "").replace(one.toString(), ""))
                .isEqualTo(b.out().replace("\"threads\" : 3", "").replace(three.toString(), ""));
    }

    @Test
    void theBundledGridIsTheSameAtOneAndTwoThreads() throws IOException {
        Path one = dir.resolve("one.csv");
        Path two = dir.resolve("two.csv");
        assertThat(CliRun.of("sweep", "--out", one.toString(), "--threads", "1", "--quiet").code()).isZero();
        assertThat(CliRun.of("sweep", "--out", two.toString(), "--threads", "2", "--quiet").code()).isZero();
        assertThat(Files.size(one)).isGreaterThan(10_000_000L);
        assertThat(Files.mismatch(one, two)).isEqualTo(-1L);
    }

    @Test
    void jsonRowsParseAndMatchTheCsvRows() throws IOException {
        Path grid = write("g.yaml", SAMPLED_GRID);
        Path c = dir.resolve("rows.csv");
        Path j = dir.resolve("rows.json");
        Path l = dir.resolve("rows.jsonl");
        for (Path p : List.of(c, j, l)) {
            assertThat(CliRun.of("sweep", "--grid", grid.toString(), "--out", p.toString(), "--quiet").code()).isZero();
        }
        List<Map<String, String>> rows = csv(c);
        JsonNode array = JSON.readTree(j.toFile());
        List<String> lines = Files.readAllLines(l);
        assertThat(array.size()).isEqualTo(rows.size());
        assertThat(lines).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i += 97) {
            JsonNode fromLines = JSON.readTree(lines.get(i));
            assertThat(fromLines).isEqualTo(array.get(i));
            for (Map.Entry<String, String> e : rows.get(i).entrySet()) {
                JsonNode v = array.get(i).get(e.getKey());
                assertThat(v).as(e.getKey()).isNotNull();
                if (v.isNumber() && !e.getValue().isEmpty()) {
                    // a large decimal reads back from JSON as a double: compare the numbers, not their spelling
                    assertThat(v.asDouble()).as("row %d, %s", i, e.getKey()).isEqualTo(Double.parseDouble(e.getValue()));
                } else {
                    assertThat(v.isNull() ? "" : v.asText()).as("row %d, %s", i, e.getKey()).isEqualTo(e.getValue());
                }
            }
        }
    }

    /**
     * A grid small enough to check by hand: 8,192 x 800G endpoints on Tomahawk 5 (radix 64) in three
     * tiers are 640 switches (913 W each = 584,320 W), 40,960 switch-side ends and 8,192 host ends.
     *
     * <pre>
     * pluggable 16.93 W, US$800:  W = 49,152 x 16.93 + 584,320                = 1,416,463.36 -> 172.908 W/ep; 39,321,600 -> 4,800 US$/ep
     * LPO 8.5 W, US$300 (set):    W = 49,152 x 8.5 + 584,320                  = 1,002,112    -> 122.328 W/ep; 14,745,600 -> 1,800 US$/ep
     * CPO 5.55 W at US$480:       W = 40,960 x 5.55 + 8,192 x 16.93 + 584,320 =   950,338.56 -> 116.008 W/ep; 40,960 x 480 + 8,192 x 800 = 26,214,400 -> 3,200
     * CPO at US$700:              same watts;                                   40,960 x 700 + 6,553,600 = 35,225,600 -> 4,300
     * </pre>
     *
     * Rows: design 0-2 = pluggable, LPO, CPO at US$480; 3-5 the same at US$700. The front is CPO@480
     * (lowest power) and LPO (lowest capex), design 2 then design 1 (design 4 equals 1 and comes
     * later). CPO wins power in both groups, LPO capex in both. CPO ties LPO's power at
     * w = (1,002,112 - 138,690.56 - 584,320) / 40,960 = 6.814 W and LPO's capex at
     * c = (14,745,600 - 6,553,600) / 40,960 = US$200 per port.
     */
    @Test
    void paretoFrontWinnersAndBreakEvensOfAHandCheckedGrid() throws IOException {
        String grid = """
                name: hand
                endpoints: 8192
                switch: tomahawk5-64x800g
                tiers: 3
                architectures:
                  - id: pluggable-dsp-800g
                    overrides: { switchPortWatts: 16.93, hostPortWatts: 16.93 }
                  - id: lpo-800g
                    overrides: { costPerPortUsd: 300 }
                  - id: cpo-bailly-800g
                    overrides: { switchPortWatts: 5.55 }
                figures:
                  cpo-bailly-800g.costPerPortUsd: [480, 700]
                """;
        CliRun r = CliRun.of("sweep", "--grid", write("hand.yaml", grid).toString(), "--out",
                dir.resolve("hand.csv").toString(), "--format", "json", "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode summary = JSON.readTree(r.out());
        assertThat(summary.get("rows").asLong()).isEqualTo(6);
        JsonNode range = summary.get("ranges").get(0);
        JsonNode front = range.get("paretoFront");
        assertThat(front).hasSize(2);
        assertThat(front.get(0).get("design").asLong()).isEqualTo(2);
        assertThat(front.get(0).get("architecture").asText()).isEqualTo("cpo-bailly-800g");
        assertThat(front.get(0).get("wattsPerEndpoint").asDouble()).isCloseTo(950_338.56 / 8192, within(1e-9));
        assertThat(front.get(0).get("capexPerEndpoint").asDouble()).isCloseTo(3_200, within(1e-9));
        assertThat(front.get(1).get("design").asLong()).isEqualTo(1);
        assertThat(front.get(1).get("wattsPerEndpoint").asDouble()).isCloseTo(1_002_112.0 / 8192, within(1e-9));
        assertThat(front.get(1).get("capexPerEndpoint").asDouble()).isCloseTo(1_800, within(1e-9));

        assertThat(range.at("/powerWins/cpo-bailly-800g").asLong()).isEqualTo(2);
        assertThat(range.at("/capexWins/lpo-800g").asLong()).isEqualTo(2);
        JsonNode cpo = range.get("cpo").get(0);
        assertThat(cpo.at("/wattsBreakEvenPerPort/min").asDouble()).isCloseTo(279_101.44 / 40_960, within(1e-6));
        assertThat(cpo.at("/wattsBreakEvenPerPort/max").asDouble()).isCloseTo(279_101.44 / 40_960, within(1e-6));
        assertThat(cpo.at("/priceBreakEvenUsdPerPort/min").asDouble()).isCloseTo(200, within(1e-6));
        assertThat(cpo.at("/priceBreakEvenUsdPerPort/max").asDouble()).isCloseTo(200, within(1e-6));
        // 1 - 950,338.56 / 1,416,463.36 of the baseline's network power
        assertThat(cpo.at("/savedPercent/min").asDouble()).isCloseTo(100 * (1 - 950_338.56 / 1_416_463.36), within(1e-6));
    }

    @Test
    void atTheReportedBreakEvenCompareShowsCpoTyingTheBestOtherChoice() throws IOException {
        String grid = """
                name: tie
                endpoints: 20000
                switch: tomahawk6-128x800g
                architectures: [pluggable-dsp-800g, lpo-800g, cpo-bailly-800g]
                """;
        CliRun r = CliRun.of("sweep", "--grid", write("tie.yaml", grid).toString(), "--out",
                dir.resolve("tie.csv").toString(), "--format", "json", "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        double watts = JSON.readTree(r.out()).at("/ranges/0/cpo/0/wattsBreakEvenPerPort/min").asDouble();
        String scenario = """
                name: tie
                cluster: { endpoints: 20000, endpointGbps: 800 }
                fabric: { switch: tomahawk6-128x800g }
                architectures:
                  - id: pluggable-dsp-800g
                  - id: lpo-800g
                  - id: cpo-bailly-800g
                    overrides: { switchPortWatts: %s }
                """.formatted(watts);
        CliRun c = CliRun.of("compare", "--format", "json", "--scenario", write("tie-s.yaml", scenario).toString());
        assertThat(c.code()).as(c.err()).isZero();
        JsonNode archs = JSON.readTree(c.out()).get("architectures");
        // The break-even is printed to 1e-6 W; on ~50k switch-side ports that is within 0.1 W of a tie.
        assertThat(archs.get(2).get("networkPowerKw").asDouble())
                .isCloseTo(archs.get(1).get("networkPowerKw").asDouble(), within(1e-4));
    }

    @Test
    void tablesNameTheWinnersAndTheBreakEvens() {
        CliRun r = CliRun.of("sweep", "--out", dir.resolve("map.csv").toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Who wins, per endpoint range", "Where CPO stops winning", "Pareto front",
                "1,024-10,000", "100,000-1,048,576", "cpo-bailly-800g");
        assertThat(r.err()).contains("wrote ", " rows to ", "map.csv");
        CliRun zh = CliRun.of("sweep", "--out", dir.resolve("map.csv").toString(), "--quiet", "--lang", "zh-TW");
        assertThat(zh.out()).contains("各端點規模的勝出架構", "柏拉圖前緣");
    }

    @Test
    void summaryOnlyPrintsTheSameSummaryAndWritesNoFile() throws IOException {
        Path grid = write("g.yaml", SAMPLED_GRID);
        Path rows = dir.resolve("rows.csv");
        CliRun full = CliRun.of("sweep", "--grid", grid.toString(), "--out", rows.toString(), "--format", "json", "--quiet");
        CliRun only = CliRun.of("sweep", "--grid", grid.toString(), "--summary-only", "--format", "json", "--quiet");
        assertThat(full.code()).as(full.err()).isZero();
        assertThat(only.code()).as(only.err()).isZero();
        JsonNode a = JSON.readTree(full.out());
        JsonNode b = JSON.readTree(only.out());
        assertThat(b.get("output").isNull()).isTrue();
        assertThat(b.get("rows").asLong()).isZero();
        assertThat(b.get("designsEvaluated").asLong()).isEqualTo(a.get("rows").asLong()).isGreaterThan(2 * 4096);
        for (String field : List.of("output", "rows", "designsEvaluated")) {
            ((ObjectNode) a).remove(field);
            ((ObjectNode) b).remove(field);
        }
        assertThat(b).as("winners, break-evens and Pareto fronts").isEqualTo(a);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("g.yaml", "rows.csv");
        }
        CliRun table = CliRun.of("sweep", "--grid", grid.toString(), "--summary-only");
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).contains("Who wins, per endpoint range", "Pareto front");
        assertThat(table.err()).contains("evaluated ", "no rows written (--summary-only)").doesNotContain("wrote ");
    }

    /** --no-tco: the same rows without the tco* columns, every other column byte for byte. */
    @Test
    void noTcoDropsOnlyTheCostColumns() throws IOException {
        Path grid = write("g.yaml", SAMPLED_GRID);
        Path with = dir.resolve("with.csv");
        Path without = dir.resolve("without.csv");
        CliRun a = CliRun.of("sweep", "--grid", grid.toString(), "--out", with.toString(), "--quiet");
        CliRun b = CliRun.of("sweep", "--grid", grid.toString(), "--out", without.toString(), "--quiet", "--no-tco");
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(b.code()).as(b.err()).isZero();
        List<String> full = Files.readAllLines(with);
        List<String> lean = Files.readAllLines(without);
        assertThat(full.get(0)).contains("tcoUsdPerAcceleratorYear");
        assertThat(lean.get(0)).doesNotContain("tco");
        assertThat(lean).hasSameSizeAs(full);
        int kept = lean.get(0).split(",", -1).length;
        for (int i = 0; i < full.size(); i += 997) {
            String[] cells = full.get(i).split(",", -1);
            assertThat(String.join(",", java.util.Arrays.copyOf(cells, kept))).as("row %d", i).isEqualTo(lean.get(i));
        }
    }

    @Test
    void summaryOnlyWithAnOutputFileIsRefused() throws IOException {
        CliRun r = CliRun.of("sweep", "--summary-only", "--out", dir.resolve("rows.csv").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err().lines().count()).as("one line: %s", r.err()).isEqualTo(1);
        assertThat(r.err()).contains("--out", "rows.csv", "--summary-only writes no rows", "hint: leave out --out");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void progressAndSkippedSettingsGoToStderr() throws IOException {
        CliRun r = CliRun.of("sweep", "--grid", write("g.yaml", SAMPLED_GRID).toString(), "--out",
                dir.resolve("p.csv").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("grid sampled:", "building", "skipped (e.g.", "sweep 100%", "wrote ");
        assertThat(r.out()).doesNotContain("sweep 100%");
    }

    // ---- bad input: one line naming the field and value, exit 1, no output file

    private CliRun badSweep(String grid, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("sweep", "--grid", write("bad.yaml", grid).toString(),
                "--out", dir.resolve("bad.csv").toString(), "--quiet"));
        args.addAll(List.of(more));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: ");
        assertThat(r.err().lines().count()).as("one line: %s", r.err()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bad.yaml");
        }
        return r;
    }

    @Test
    void anEmptyGridIsRefused() throws IOException {
        assertThat(badSweep("").err()).contains("bad.yaml", "the file is empty", "grids/cpo-map.yaml");
    }

    @Test
    void anAxisWithNoValuesIsRefused() throws IOException {
        CliRun r = badSweep("""
                endpoints: [1024]
                switch: tomahawk5-64x800g
                oversubscription: []
                architectures: [pluggable-dsp-800g]
                """);
        assertThat(r.err()).contains("bad.yaml:3", "oversubscription", "the axis has no values");
    }

    @Test
    void anUnknownFieldGetsTheNearestName() throws IOException {
        CliRun r = badSweep("""
                endpoints: [1024]
                switch: tomahawk5-64x800g
                oversubscripton: [1, 2]
                architectures: [pluggable-dsp-800g]
                """);
        assertThat(r.err()).contains("bad.yaml:3", "'oversubscripton'", "unknown key", "maybe you meant 'oversubscription'");
    }

    @Test
    void anUnknownFigureOrIdGetsTheNearestName() throws IOException {
        CliRun fig = badSweep("""
                endpoints: [1024]
                switch: tomahawk5-64x800g
                architectures: [pluggable-dsp-800g, cpo-bailly-800g]
                figures:
                  cpo-bailly-800g.switchPortWats: [4, 5]
                """);
        assertThat(fig.err()).contains("bad.yaml:5", "cpo-bailly-800g.switchPortWats", "maybe you meant 'switchPortWatts'");
        CliRun id = badSweep("""
                endpoints: [1024]
                switch: tomahawk5-64x800g
                architectures: [pluggable-dsp-800g, cpo-baily-800g]
                """);
        assertThat(id.err()).contains("bad.yaml:3", "cpo-baily-800g", "maybe you meant 'cpo-bailly-800g'");
    }

    @Test
    void aBadRangeSaysWhichBoundIsWrong() throws IOException {
        CliRun r = badSweep("""
                endpoints: { from: 4096, to: 1024, count: 5 }
                switch: tomahawk5-64x800g
                architectures: [pluggable-dsp-800g]
                """);
        assertThat(r.err()).contains("bad.yaml:1", "endpoints.to", "'1024'", "below 'from' (4096)");
        CliRun s = badSweep("""
                endpoints: [1024]
                switch: tomahawk5-64x800g
                architectures: [pluggable-dsp-800g, cpo-bailly-800g]
                figures:
                  cpo-bailly-800g.switchPortWatts: { from: 4, to: 9 }
                """);
        assertThat(s.err()).contains("bad.yaml:5", "neither 'step' nor 'count'");
    }

    @Test
    void aGridOverOneBillionDesignsNeedsYes() throws IOException {
        // 1,000,000 endpoint values x 1,000 watt values x 2 architectures = 2e9 designs.
        CliRun r = badSweep("""
                endpoints: { from: 1, to: 1000000, count: 1000000 }
                switch: spectrum-x-photonics-512x800g
                architectures: [pluggable-dsp-800g, cpo-bailly-800g]
                figures:
                  cpo-bailly-800g.switchPortWatts: { from: 1, to: 1000, step: 1 }
                """);
        assertThat(r.err()).contains("'2,000,000,000 designs'", "more than 1,000,000,000", "--yes");
    }

    @Test
    void anUnknownOutputFormatIsRefusedBeforeAnyWork() throws IOException {
        CliRun r = CliRun.of("sweep", "--out", dir.resolve("rows.xlsx").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("--out", "rows.xlsx", "unknown output format '.xlsx'", "'.csv'");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aGridNoSwitchCanBuildIsRefused() throws IOException {
        CliRun r = badSweep("""
                endpoints: [100000]
                switch: tomahawk5-64x800g
                tiers: 2
                architectures: [pluggable-dsp-800g]
                """);
        assertThat(r.err()).contains("field 'grid' = 'bad'", "no fabric setting of the grid can be built", "100,000 endpoints on 2 tier(s) of radix 64",
                "the most is 2,048");
    }
}
