package org.cpolens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled 2026 scenarios and grid run through every command a user would try on them. */
class Scenarios2026Test {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"gb300-rail-planes", "vera-rubin-th6", "rubin-ultra-copper", "rubin-ultra-cpo"})
    void compareShowsEveryLayerPerAccelerator(String scenario) throws IOException {
        CliRun r = CliRun.of("compare", "--scenario", scenario, "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = JSON.readTree(r.out());
        assertThat(json.at("/fabric/planes").asInt()).isGreaterThan(1);
        for (JsonNode a : json.get("architectures")) {
            JsonNode per = a.get("perAccelerator");
            assertThat(per.has("switch") && per.has("nic") && per.has("scaleUp")).as(a.get("id").asText()).isTrue();
            double sum = per.get("switch").get("opticsWatts").asDouble() + per.get("nic").get("opticsWatts").asDouble()
                    + per.get("scaleUp").get("opticsWatts").asDouble();
            assertThat(per.get("total").get("opticsWatts").asDouble()).isCloseTo(sum,
                    org.assertj.core.api.Assertions.within(1e-6));
            assertThat(a.get("opticsWattsPerAccelerator").asDouble()).isCloseTo(sum,
                    org.assertj.core.api.Assertions.within(1e-6));
        }
        assertThat(json.get("density")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gb300-rail-planes", "vera-rubin-th6", "rubin-ultra-copper", "rubin-ultra-cpo"})
    void reliabilityRuns(String scenario) {
        CliRun r = CliRun.of("reliability", "--scenario", scenario, "--trials", "20", "--days", "30", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"architectures\"");
    }

    @Test
    void analyzeWritesTheReportOfTheCpoReading() throws IOException {
        Path out = dir.resolve("r");
        CliRun r = CliRun.of("analyze", "--scenario", "rubin-ultra-cpo", "--out", out.toString(), "--trials", "500",
                "--db", dir.resolve("none.mv.db").toString());
        assertThat(r.code()).as(r.err()).isZero();
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("Optics per accelerator, by layer").contains("cpo-nic-3200g");
    }

    @Test
    void theBundledRailPlanesGridSweeps() throws IOException {
        Path out = dir.resolve("rows.jsonl");
        CliRun r = CliRun.of("sweep", "--grid", "rail-planes-2026", "--out", out.toString(), "--quiet", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out()).get("rows").asLong()).isGreaterThan(1000);
        JsonNode first = JSON.readTree(Files.readAllLines(out).get(0));
        assertThat(first.get("scaleUpEngines").asLong()).isPositive();
        assertThat(first.has("planes")).isTrue();
    }
}
