package org.cpolens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code cpolens reliability} through {@link Main#run}: the JSON contract, determinism, bad input. */
class ReliabilityCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static final String SMALL = """
            name: small
            cluster:
              endpoints: 512
              endpointGbps: 800
              accelerators: 2048
            fabric:
              switch: tomahawk5-64x800g
              tiers: 2
            architectures:
              - pluggable-dsp-800g
              - cpo-bailly-800g
            """;

    private String scenario(String reliability) throws IOException {
        Path p = dir.resolve("s.yaml");
        Files.writeString(p, SMALL + reliability);
        return p.toString();
    }

    @Test
    void jsonCarriesTheContractKeys() throws IOException {
        Run r = run("reliability", "--scenario", scenario(""), "--days", "30", "--trials", "50", "--seed", "7",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("seed").asLong()).isEqualTo(7);
        assertThat(j.get("trials").asInt()).isEqualTo(50);
        assertThat(j.get("days").asDouble()).isEqualTo(30.0);
        JsonNode archs = j.get("architectures");
        // the scenario's two plus the catalog's embedded-laser counterfactual
        assertThat(archs).hasSize(3);
        assertThat(archs.get(2).get("id").asText()).isEqualTo("cpo-embedded-laser-800g");
        for (JsonNode a : archs) {
            for (String key : new String[] {"id", "interruptionsPerDay", "goodput", "lostGpuHours",
                    "partsReplacedPerYear", "technicianHoursPerYear", "sparesForServiceLevel", "ci95", "analytic"}) {
                assertThat(a.has(key)).as(key).isTrue();
            }
            assertThat(a.get("ci95").get("interruptionsPerDay")).hasSize(2);
            assertThat(a.get("ci95").get("interruptionsPerDay").get(0).asDouble())
                    .isLessThanOrEqualTo(a.get("interruptionsPerDay").asDouble());
            assertThat(a.get("goodput").asDouble()).isBetween(0.0, 1.0);
            assertThat(a.get("analytic").get("interruptionsPerDay").asDouble()).isPositive();
        }
        assertThat(j.get("assumptions").size()).isPositive();
        assertThat(j.get("assumptions").get(0).get("source").asText()).isNotBlank();
    }

    /**
     * The fields added for issue 15 (the earlier ones above keep their names): the engine rate typed
     * as an upper bound, its sensitivity with the CPO-vs-baseline ratio, the rate basis list, the flap
     * model, and per architecture its flaps and the costs record.
     */
    @Test
    void jsonCarriesTheEngineBoundItsSensitivityFlapsAndCosts() throws IOException {
        Run r = run("reliability", "--scenario", scenario(""), "--days", "30", "--trials", "20", "--seed", "7",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("engineRate").get("basis").asText()).isEqualTo("upper bound (95%)");
        assertThat(j.get("engineRate").get("unit").asText()).isEqualTo("FIT per Gb/s");
        assertThat(j.get("engineRate").get("perEngine").get(0).get("fitPerEngine").asDouble())
                .isCloseTo(3195.45, org.assertj.core.data.Offset.offset(0.01));
        assertThat(j.get("engineRate").get("fromEachExposure")).hasSize(2);
        JsonNode s = j.get("engineRateSensitivity");
        assertThat(s.get("factors")).extracting(JsonNode::asDouble).containsExactly(0.1, 0.25, 0.5, 0.75, 1.0);
        assertThat(s.get("points")).hasSize(15);
        for (JsonNode p : s.get("points")) {
            for (String key : new String[] {"factor", "architecture", "interruptionsPerDay", "interruptionRatioToBaseline",
                    "switchReplacementsPerYear", "goodput", "lostAcceleratorHoursPerYear"}) {
                assertThat(p.has(key)).as(key).isTrue();
            }
        }
        assertThat(s.get("breakEven")).extracting(n -> n.get("architecture").asText())
                .containsExactly("cpo-bailly-800g", "cpo-embedded-laser-800g");
        assertThat(j.get("rateBasis")).anySatisfy(n -> assertThat(n.get("basis").asText()).isEqualTo("fitted"));
        assertThat(j.get("linkFlapModel").get("blastRadiusLinks").asInt()).isEqualTo(1);
        assertThat(j.get("linkFlapModel").get("jobEffect").asText()).isEqualTo("degrades");
        for (JsonNode a : j.get("architectures")) {
            JsonNode c = a.get("costs");
            for (String key : new String[] {"lostAcceleratorHoursPerYear", "technicianHoursPerYear", "partsPerYear",
                    "sparesHeld", "partPrices", "partsUsdPerYear", "pricedPartsUsdPerYear", "unpricedParts"}) {
                assertThat(c.has(key)).as(key).isTrue();
            }
            assertThat(c.get("partPrices").get("pluggableModule").get("usd").asDouble()).isEqualTo(800.0);
            assertThat(a.get("linkFlaps").get("flapsPerDay").asDouble()).isPositive();
            assertThat(a.get("components").get(0).has("rateBasis")).isTrue();
            assertThat(a.get("components")).anySatisfy(n -> assertThat(n.get("repair").asText()).isEqualTo("hotSwap"));
        }
    }

    /** Parameters fitted to a published run are listed as such, apart from the assumptions. */
    @Test
    void jsonListsTheFittedParametersApartFromTheAssumptions() throws IOException {
        Run r = run("reliability", "--scenario", scenario(""), "--days", "5", "--trials", "5", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("fitted")).extracting(n -> n.get("figure").asText())
                .containsExactly("reliability.failureModes.nic.fit", "reliability.job.fabricInterruptProbability");
        assertThat(j.get("fitted").get(1).get("source").asText()).contains("Llama 3");
        assertThat(j.get("assumptions")).extracting(n -> n.get("figure").asText())
                .doesNotContain("reliability.job.fabricInterruptProbability");
    }

    @Test
    void sameSeedSameBytesAndTheTablePrintsTheSeed() throws IOException {
        String s = scenario("");
        Run a = run("reliability", "--scenario", s, "--days", "20", "--trials", "40", "--seed", "123");
        Run b = run("reliability", "--scenario", s, "--days", "20", "--trials", "40", "--seed", "123");
        Run c = run("reliability", "--scenario", s, "--days", "20", "--trials", "40", "--seed", "124");
        assertThat(a.code()).isZero();
        assertThat(a.out()).isEqualTo(b.out()).contains("seed 123").contains("40 trials x 20 days");
        assertThat(c.out()).isNotEqualTo(a.out());
        Run csv = run("reliability", "--scenario", s, "--days", "20", "--trials", "40", "--seed", "123", "--format", "csv");
        assertThat(csv.out()).startsWith("id,interruptionsPerDay,interruptionsPerDayLo,");
    }

    @Test
    void scenarioSectionSetsTheDefaults() throws IOException {
        Run r = run("reliability", "--scenario", scenario("""
                reliability:
                  simulation: { days: 12, trials: 30 }
                  architectures: [pluggable-dsp-800g]
                """), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("days").asDouble()).isEqualTo(12.0);
        assertThat(j.get("trials").asInt()).isEqualTo(30);
        assertThat(j.get("architectures")).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--days|0|field '--days' = '0.0': must be above 0",
            "--days|4000|field '--days' = '4000.0': must be above 0 and at most 3650",
            "--trials|1|field '--trials' = '1': must be between 2 and 100000",
            "--trials|200000|field '--trials' = '200000'"})
    void sizesOutOfRangeAreOneLineErrors(String option, String value, String message) throws IOException {
        Run r = run("reliability", "--scenario", scenario(""), option, value);
        assertThat(r.code()).isEqualTo(Main.USER_ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(message);
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    /** Line numbers count from 1 at "name: small": SMALL has 11 lines, so the entry sits on line 14. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "failureModes|laser: { fit: 0 }|s.yaml:14: field 'reliability.failureModes.laser.fit' = '0': must be greater than zero",
            "failureModes|switchSystem: { mtbfHours: -5 }|s.yaml:14: field 'reliability.failureModes.switchSystem.mtbfHours' = '-5': must be greater than zero",
            "job|checkpointIntervalMinutes: 0|s.yaml:14: field 'reliability.job.checkpointIntervalMinutes' = '0': must be greater than zero",
            "job|fabricInterruptProbability: 1.5|s.yaml:14: field 'reliability.job.fabricInterruptProbability' = '1.5': must be between 0 and 1",
            "failureModes|lazer: { fit: 5 }|s.yaml:14: field 'reliability.failureModes.lazer': unknown failure mode (hint: maybe you meant 'laser'?)",
            "simulation|trials: 1|s.yaml:14: field 'reliability.simulation.trials' = '1': must be between 2 and 100000",
            "failureModes|nic: { fit: 300, mtbfHours: 9 }|s.yaml:14: field 'reliability.failureModes.nic.mtbfHours' = '9': give fit or mtbfHours, not both",
            "failureModes|opticalEngine: { fit: 400 }|s.yaml:14: field 'reliability.failureModes.opticalEngine.fit' = '400': the optical engine's rate is per Gb/s of engine capacity",
            "failureModes|opticalEngine: { confidence: 1.5 }|s.yaml:14: field 'reliability.failureModes.opticalEngine.confidence' = '1.5': must be above 0 and below 1",
            "linkFlaps|rates: { cpoo: { fitPerGbps: 1 } }|s.yaml:14: field 'reliability.linkFlaps.rates.cpoo': unknown architecture family (hint: maybe you meant 'cpo' or 'lpo' or 'npo'?)",
            "linkFlaps|stopProbability: 2|s.yaml:14: field 'reliability.linkFlaps.stopProbability' = '2': must be between 0 and 1",
            "simulation|engineRateFactors: [0.5, 0.2, 1]|s.yaml:14: field 'reliability.simulation.engineRateFactors[1]' = '0.2': must be ascending",
            "partPrices|swich: 5|s.yaml:14: field 'reliability.partPrices.swich' = '5': unknown part (hint: maybe you meant 'switch'?)"})
    void badReliabilitySectionNamesFileLineFieldAndValue(String section, String entry, String message) throws IOException {
        Run r = run("reliability", "--scenario", scenario("reliability:\n  " + section + ":\n    " + entry + "\n"));
        assertThat(r.code()).isEqualTo(Main.USER_ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(message);
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void aUserCatalogReliabilityFileReplacesBundledFiguresAndItsErrorsNameIt() throws IOException {
        Path cat = Files.createDirectories(dir.resolve("cat"));
        Files.writeString(cat.resolve("switches.yaml"), "switches: []\n");
        Files.writeString(cat.resolve("reliability.yaml"), """
                failureModes:
                  laser:
                    fit: { value: 77, source: "my vendor's qualification report", status: stated }
                """);
        Run r = run("reliability", "--scenario", scenario(""), "--catalog", cat.toString(), "--days", "10",
                "--trials", "10", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode lasers = new ObjectMapper().readTree(r.out()).get("architectures").get(2).get("components");
        boolean found = false;
        for (JsonNode c : lasers) {
            if (c.get("kind").asText().equals("laser")) {
                assertThat(c.get("fit").asDouble()).isEqualTo(77.0);
                found = true;
            }
        }
        assertThat(found).isTrue();

        Files.writeString(cat.resolve("reliability.yaml"), """
                failureModes:
                  laser:
                    fit: { value: -1, source: "typo", status: stated }
                """);
        Run bad = run("reliability", "--scenario", scenario(""), "--catalog", cat.toString());
        assertThat(bad.code()).isEqualTo(Main.USER_ERROR);
        assertThat(bad.err()).contains("reliability.yaml:3: field 'failureModes.laser.fit.value' = '-1'");
    }

    @Test
    void theBundledCalibrationScenarioRuns() {
        Run r = run("reliability", "--scenario", "llama3-405b", "--trials", "20");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("scenario llama3-405b").contains("20 trials x 54 days");
    }
}
