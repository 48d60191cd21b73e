package org.cpolens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cpolens.model.tco.TcoColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sweep rows carry the cost-of-ownership columns, and a sampled row's equal what {@code cpolens tco
 * --reliability analytic} says for the same design (the sweep prices reliability in closed form).
 */
class TcoSweepTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Copper and optical hosts, a re-rated port speed, auto and fixed tiers, swept CPO watts and price. */
    private static final String GRID = """
            name: tco-sampled
            endpoints: [512, 3000, 9000, 40000]
            endpointGbps: [400, 800]
            switch: [tomahawk5-64x800g, tomahawk6-128x800g]
            tiers: [auto, 3]
            hostLink: [optical, copper]
            architectures:
              - id: pluggable-dsp-800g
                overrides: { switchPortWatts: 16.93, hostPortWatts: 16.93 }
              - lpo-800g
              - cpo-bailly-800g
            figures:
              cpo-bailly-800g.switchPortWatts: [4.5, 5.55]
              cpo-bailly-800g.costPerPortUsd: [60, 480]
            wattsPerAccelerator: 1400
            scaleOutGbpsPerAccelerator: 200
            tco: { replacementCostShare: 0.5, pue: 1.3 }
            """;

    private static List<Map<String, String>> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static String scenarioFor(Map<String, String> row) {
        String tiers = row.get("tiersAsked").equals("auto") ? "" : "  tiers: " + row.get("tiersAsked") + "\n";
        long endpoints = Long.parseLong(row.get("endpoints"));
        long accelerators = Math.round(endpoints * Double.parseDouble(row.get("endpointGbps")) / 200);
        String base = row.get("switch").equals("tomahawk5-64x800g") ? "913" : "1826";
        return "name: design-" + row.get("design") + "\n"
                + "cluster:\n"
                + "  endpoints: " + endpoints + "\n"
                + "  endpointGbps: " + row.get("endpointGbps") + "\n"
                + "  accelerators: " + accelerators + "\n"
                + "  wattsPerAccelerator: 1400\n"
                + "fabric:\n"
                + "  switch: { id: " + row.get("switch") + ", radix: " + row.get("radix") + ", portGbps: "
                + row.get("endpointGbps") + ", basePowerW: " + base + " }\n"
                + tiers
                + "  hostLink: " + row.get("hostLink") + "\n"
                + "architectures:\n"
                + "  - id: pluggable-dsp-800g\n"
                + "    overrides: { switchPortWatts: 16.93, hostPortWatts: 16.93 }\n"
                + "  - id: lpo-800g\n"
                + "  - id: cpo-bailly-800g\n"
                + "    overrides: { switchPortWatts: " + row.get("cpo-bailly-800g.switchPortWatts") + ", costPerPortUsd: "
                + row.get("cpo-bailly-800g.costPerPortUsd") + " }\n"
                + "tco: { replacementCostShare: 0.5, pue: 1.3, reliability: analytic }\n";
    }

    @Test
    void sampledRowsEqualTheTcoCommandForTheSameDesign() throws IOException {
        Path grid = dir.resolve("g.yaml");
        Files.writeString(grid, GRID);
        Path out = dir.resolve("rows.csv");
        CliRun r = CliRun.of("sweep", "--grid", grid.toString(), "--out", out.toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        List<Map<String, String>> rows = csv(out);
        assertThat(rows.get(0).keySet()).containsAll(TcoColumn.keys());
        long seed = 20260417L;
        SplittableRandom random = new SplittableRandom(seed);
        int cpoRows = 0;
        for (int i = 0; i < 24; i++) {
            Map<String, String> row = rows.get(random.nextInt(rows.size()));
            Path s = dir.resolve("s" + i + ".yaml");
            Files.writeString(s, scenarioFor(row));
            CliRun c = CliRun.of("tco", "--format", "json", "--scenario", s.toString(), "--trials", "20");
            assertThat(c.code()).as("seed %d, design %s: %s", seed, row.get("design"), c.err()).isZero();
            JsonNode arch = null;
            for (JsonNode a : JSON.readTree(c.out()).get("architectures")) {
                if (a.get("id").asText().equals(row.get("architecture"))) {
                    arch = a;
                }
            }
            assertThat(arch).isNotNull();
            cpoRows += row.get("architecture").startsWith("cpo") ? 1 : 0;
            for (TcoColumn col : TcoColumn.values()) {
                JsonNode expected = arch.get(col.key());
                String actual = row.get(col.key());
                String what = "seed " + seed + ", design " + row.get("design") + ", " + col.key();
                if (expected.isNull()) {
                    assertThat(actual).as(what).isEmpty();
                } else {
                    // both round to 1e-6, so the parsed numbers are the same double
                    assertThat(Double.parseDouble(actual)).as(what).isEqualTo(expected.asDouble());
                }
            }
        }
        assertThat(cpoRows).as("the sample holds CPO rows, whose break-evens are filled").isPositive();
    }
}
