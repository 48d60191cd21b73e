package org.cpolens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarketCommandTest {
    @Test
    void jsonFollowsTheContract() throws Exception {
        CliRun r = CliRun.of("market", "--format", "json", "--trials", "500", "--seed", "11");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("seed").asLong()).isEqualTo(11);
        assertThat(j.get("trials").asInt()).isEqualTo(500);
        assertThat(j.get("scenario").asText()).isEqualTo("broadcom-32k");
        assertThat(j.get("scope").asText()).isEqualTo("optics");
        assertThat(j.get("fabric").get("switchSidePorts").asLong()).isEqualTo(40_960);
        JsonNode years = j.get("years");
        assertThat(years).hasSize(5);
        JsonNode y2030 = years.get(4);
        assertThat(y2030.get("year").asInt()).isEqualTo(2030);
        for (String k : new String[] {"topDown", "bottomUp", "p10", "p50", "p90", "bands", "adoptionShare", "accelerators"}) {
            assertThat(y2030.has(k)).as(k).isTrue();
        }
        for (String k : new String[] {"ports", "gbps", "lasers", "engines", "revenueUsd", "revenueUsdByScope"}) {
            assertThat(y2030.get("bottomUp").has(k)).as(k).isTrue();
        }
        // golden, in the CLI's own output: Morgan Stanley base 2030 within 2% of US$9.3B
        assertThat(y2030.get("topDown").get("morgan-stanley-base").asDouble()).isBetween(0.98 * 9.3e9, 1.02 * 9.3e9);
        // layers[] per year: three layers for each of the five years, each with its value in every scope
        JsonNode layers = j.get("layers");
        assertThat(layers).hasSize(15);
        assertThat(layers.get(14).get("year").asInt()).isEqualTo(2030);
        assertThat(layers.get(14).get("layer").asText()).isEqualTo("scaleUp");
        assertThat(layers.get(14).get("valueUsd").has("system")).isTrue();
        // bridge[]: starts at the single-fabric figure and its subtotals are the year's values
        JsonNode bridge = j.get("bridge");
        assertThat(bridge.get(0).get("kind").asText()).isEqualTo("start");
        double optics = 0;
        for (JsonNode b : bridge) {
            if (b.get("id").asText().equals("opticsTotal")) {
                optics = b.get("valueUsd").asDouble();
            }
        }
        assertThat(optics).isEqualTo(y2030.get("bottomUp").get("revenueUsdByScope").get("optics").asDouble());
        assertThat(j.get("reconciliation").size()).isGreaterThanOrEqualTo(6);
        assertThat(j.get("reconciliation").get(0).get("scope").get("value").asText()).isEqualTo("optics");
        assertThat(j.get("hindcast")).hasSize(5);
        assertThat(j.get("fleet")).hasSize(11);
    }

    @Test
    void theSameSeedPrintsTheSameBytes() {
        CliRun a = CliRun.of("market", "--format", "json", "--trials", "2000", "--seed", "-4");
        CliRun b = CliRun.of("market", "--format", "json", "--trials", "2000", "--seed", "-4");
        assertThat(a.out()).isEqualTo(b.out());
        assertThat(CliRun.of("market", "--format", "json", "--trials", "2000", "--seed", "5").out()).isNotEqualTo(a.out());
    }

    @Test
    void tableAndCsvPrintTheSeed() {
        CliRun t = CliRun.of("market", "--trials", "100", "--seed", "77");
        assertThat(t.code()).isZero();
        assertThat(t.out()).contains("seed 77").contains("100 trials").contains("Forecasts by scope")
                .contains("Bridge 2030").contains("Hindcast");
        CliRun zh = CliRun.of("market", "--trials", "100", "--lang", "zh-TW");
        assertThat(zh.out()).contains("種子 " + org.cpolens.model.scenario.RunDefaults.SEED).contains("橋接");
        CliRun csv = CliRun.of("market", "--format", "csv", "--trials", "100");
        assertThat(csv.out()).startsWith("year,accelerators,switchShare,ports");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            trials zero        | --trials=0         | field '--trials' = '0': must be between 1 and 1000000
            trials too many    | --trials=1000001   | field '--trials' = '1000001'
            no such scenario   | --scenario=nope    | no such file, nor a bundled scenario
            """)
    void badOptionsExitOneWithOneLine(String what, String arg, String expected) {
        CliRun r = CliRun.of("market", arg);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(expected);
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void badScenarioSectionNamesFileAndLine(@TempDir Path dir) throws Exception {
        String golden = new String(MarketCommandTest.class.getResourceAsStream("/scenarios/broadcom-32k.yaml")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Path p = dir.resolve("bad.yaml");
        Files.writeString(p, golden + "\nmarket:\n  adoption:\n    model: logistic\n    points: {2026: 0.01, 2030: 1.5}\n");
        CliRun r = CliRun.of("market", "--scenario", p.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        long line = golden.lines().count() + 5;
        assertThat(r.err().strip()).startsWith("error: " + p + ":" + line + ": field 'market.adoption.points.2030' = '1.5'")
                .contains("must be between 0 and 1");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    /**
     * The bad inputs, through --catalog DIR: negative shipments, a platform with no scenario, a scope
     * word outside the list, a launch year after the end year. One clear line each (file:line, field,
     * value, hint), exit 1, nothing on stdout.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            negative shipments | fleet.yaml           | 'platforms:\n  - id: x\n    scenario: hgx-400g\n    shipments:\n      2027: { value: -1, source: s, status: assumption }\n' | 'fleet.yaml:5: field ''platforms[0].shipments.2027.value'' = ''-1'': shipments must not be negative'
            no scenario        | fleet.yaml           | 'platforms:\n  - id: x\n    shipments:\n      2027: { value: 1, source: s, status: assumption }\n' | 'fleet.yaml:2: field ''platforms[0]'': the platform has no scenario (hint:'
            scope word         | market-sources.yaml  | 'sources:\n  - id: x\n    source: s\n    status: secondary\n    scope: { value: revenue, layers: [switch], status: secondary }\n    points: { 2030: { value: 1.0e9, source: s, status: secondary } }\n' | 'market-sources.yaml:5: field ''sources[0].scope.value'' = ''revenue'': not a known value (hint:'
            launch after end   | market-defaults.yaml | '@launch' | 'market-defaults.yaml:69: field ''layers.scaleUp.launchYear.value'' = ''2031'': the launch year is after endYear 2030'
            """)
    void badCatalogExitsOneWithOneLine(String what, String file, String body, String expected, @TempDir Path dir)
            throws Exception {
        Path cat = Files.createDirectories(dir.resolve("cat"));
        String text = body.replace("\\n", "\n");
        if (text.equals("@launch")) {
            String defaults = new String(MarketCommandTest.class.getResourceAsStream("/catalog/market-defaults.yaml")
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String[] lines = defaults.split("\n", -1);
            assertThat(lines[68]).contains("launchYear: { value: 2027"); // the scale-up layer's, line 69
            lines[68] = lines[68].replace("value: 2027", "value: 2031");
            text = String.join("\n", lines);
        }
        Files.writeString(cat.resolve(file), text);
        CliRun r = CliRun.of("market", "--catalog", cat.toString(), "--trials", "10");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).contains(cat.resolve(file) + ":").contains(expected.substring(expected.indexOf(':')));
        assertThat(r.err().strip().lines()).hasSize(1);
    }
}
