package org.cpolens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarketCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void jsonFollowsTheContract() throws Exception {
        Run r = run("market", "--format", "json", "--trials", "500", "--seed", "11");
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("seed").asLong()).isEqualTo(11);
        assertThat(j.get("trials").asInt()).isEqualTo(500);
        assertThat(j.get("scenario").asText()).isEqualTo("broadcom-32k");
        assertThat(j.get("fabric").get("switchSidePorts").asLong()).isEqualTo(40_960);
        JsonNode years = j.get("years");
        assertThat(years).hasSize(5);
        JsonNode y2030 = years.get(4);
        assertThat(y2030.get("year").asInt()).isEqualTo(2030);
        for (String k : new String[] {"topDown", "bottomUp", "p10", "p50", "p90", "adoptionShare"}) {
            assertThat(y2030.has(k)).as(k).isTrue();
        }
        for (String k : new String[] {"ports", "lasers", "engines", "revenueUsd"}) {
            assertThat(y2030.get("bottomUp").has(k)).as(k).isTrue();
        }
        // golden, in the CLI's own output: Morgan Stanley base 2030 within 2% of US$9.3B
        assertThat(y2030.get("topDown").get("morgan-stanley-base").asDouble()).isBetween(0.98 * 9.3e9, 1.02 * 9.3e9);
        assertThat(j.get("reconciliation").size()).isGreaterThanOrEqualTo(6);
        assertThat(j.get("sensitivity")).hasSize(6);
    }

    @Test
    void theSameSeedPrintsTheSameBytes() {
        Run a = run("market", "--format", "json", "--trials", "2000", "--seed", "-4");
        Run b = run("market", "--format", "json", "--trials", "2000", "--seed", "-4");
        assertThat(a.out()).isEqualTo(b.out());
        assertThat(run("market", "--format", "json", "--trials", "2000", "--seed", "5").out()).isNotEqualTo(a.out());
    }

    @Test
    void tableAndCsvPrintTheSeed() {
        Run t = run("market", "--trials", "100", "--seed", "77");
        assertThat(t.code()).isZero();
        assertThat(t.out()).contains("seed 77").contains("100 trials").contains("What must you believe");
        Run zh = run("market", "--trials", "100", "--lang", "zh-TW");
        assertThat(zh.out()).contains("種子 " + org.cpolens.model.scenario.RunDefaults.SEED);
        Run csv = run("market", "--format", "csv", "--trials", "100");
        assertThat(csv.out()).startsWith("year,deployments,adoptionShare,ports");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            trials zero        | --trials=0         | field '--trials' = '0': must be between 1 and 1000000
            trials too many    | --trials=1000001   | field '--trials' = '1000001'
            no such scenario   | --scenario=nope    | no such file, nor a bundled scenario
            """)
    void badOptionsExitOneWithOneLine(String what, String arg, String expected) {
        Run r = run("market", arg);
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
        Run r = run("market", "--scenario", p.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        long line = golden.lines().count() + 5;
        assertThat(r.err().strip()).startsWith("error: " + p + ":" + line + ": field 'market.adoption.points.2030' = '1.5'")
                .contains("must be between 0 and 1");
        assertThat(r.err().strip().lines()).hasSize(1);
    }
}
