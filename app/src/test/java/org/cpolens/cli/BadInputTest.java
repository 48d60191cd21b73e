package org.cpolens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad scenario or catalog gets one line naming file:line, field and value, and exit 1. */
class BadInputTest {
    @TempDir
    Path dir;

    private static final String GOOD = """
            name: t
            cluster:
              endpoints: 2048
              endpointGbps: 800
            fabric:
              switch: tomahawk5-64x800g
            architectures:
              - id: pluggable-dsp-800g
              - id: cpo-bailly-800g
            """;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private CliRun compare(String yaml) throws IOException {
        return CliRun.of("compare", "--scenario", write("s.yaml", yaml).toString());
    }

    private static void assertUserError(CliRun r, String... fragments) {
        assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error: ");
        assertThat(r.err().lines().count()).as("one line, no stack trace: %s", r.err()).isEqualTo(1);
        for (String f : fragments) {
            assertThat(r.err()).contains(f);
        }
    }

    @Test
    void goodScenarioRuns() throws IOException {
        CliRun r = compare(GOOD);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("cpo-bailly-800g");
    }

    @Test
    void missingFile() {
        CliRun r = CliRun.of("compare", "--scenario", dir.resolve("nope.yaml").toString());
        assertUserError(r, "nope.yaml", "file not found", "bundled scenarios: broadcom-32k");
        assertUserError(CliRun.of("compare", "--scenario", "broadcom32k"), "no such file, nor a bundled scenario",
                "maybe you meant 'broadcom-32k'");
    }

    @Test
    void notYaml() throws IOException {
        CliRun r = compare("name: [unclosed\ncluster: {\n");
        assertUserError(r, "s.yaml:", "not valid YAML");
    }

    @Test
    void unknownKeySuggestsTheClosest() throws IOException {
        CliRun r = compare(GOOD.replace("  endpointGbps: 800", "  endpointGbps: 800\n  endpoint: 3"));
        assertUserError(r, "s.yaml:5", "field 'cluster.endpoint'", "unknown key", "maybe you meant 'endpoints'");
    }

    @Test
    void unknownCatalogIdSuggestsTheClosest() throws IOException {
        CliRun r = compare(GOOD.replace("cpo-bailly-800g", "cpo-baily-800g"));
        assertUserError(r, "s.yaml:9", "'cpo-baily-800g'", "unknown architecture id", "maybe you meant 'cpo-bailly-800g'");
        CliRun s = compare(GOOD.replace("tomahawk5-64x800g", "tomahawk5"));
        assertUserError(s, "s.yaml:6", "field 'fabric.switch' = 'tomahawk5'", "unknown switch id", "tomahawk5-64x800g");
    }

    @Test
    void negativeValue() throws IOException {
        CliRun r = compare(GOOD.replace("  - id: cpo-bailly-800g", "  - id: cpo-bailly-800g\n    overrides: { switchPortWatts: -5 }"));
        assertUserError(r, "s.yaml:10", "field 'architectures[1].overrides.switchPortWatts' = '-5'", "greater than zero");
    }

    @Test
    void nonNumericValue() throws IOException {
        CliRun r = compare(GOOD.replace("endpoints: 2048", "endpoints: lots"));
        assertUserError(r, "s.yaml:3", "field 'cluster.endpoints' = 'lots'", "not a number");
    }

    @Test
    void impossibleFabric() throws IOException {
        CliRun r = compare(GOOD.replace("endpoints: 2048", "endpoints: 70000"));
        assertUserError(r, "s.yaml:3", "'70000'", "maximum is 65536 (k^3/4)", "hint:");
    }

    @Test
    void impossibleFixedTiers() throws IOException {
        CliRun r = compare(GOOD.replace("switch: tomahawk5-64x800g", "switch: tomahawk5-64x800g\n  tiers: 1"));
        assertUserError(r, "s.yaml:3", "field 'endpoints' = '2048'", "1 tier(s)", "maximum is 64", "allow more tiers");
    }

    @Test
    void baselineMustCoverHostSide() throws IOException {
        CliRun r = compare(GOOD.replace("  - id: pluggable-dsp-800g\n", ""));
        assertUserError(r, "s.yaml:8", "baseline", "put a pluggable");
    }

    @Test
    void debugShowsTheStackTrace() throws IOException {
        CliRun r = CliRun.of("compare", "--debug", "--scenario", write("s.yaml", GOOD.replace("endpoints: 2048", "endpoints: x")).toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("at org.cpolens");
    }

    @Test
    void unknownOptionIsAUserError() {
        CliRun r = CliRun.of("compare", "--scenari", "x");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("--scenario");
    }

    // ---- catalog files

    private static final String ARCH = """
            architectures:
              - id: my-cpo
                name: test CPO
                kind: cpo
                portGbps: 800
                hotSwappable: false
                replacesHostSide: false
                source: test
                status: assumption
                switchPortWatts: { value: 4.0, source: "lab", status: assumption }
                hostPortWatts: { value: 16, source: "lab", status: assumption }
                lasersPerPort: { value: 1, source: "lab", status: assumption }
                portsPerLaserModule: { value: 8, source: "lab", status: assumption }
                edgeDensityGbpsPerMm: { value: 140, source: "lab", status: assumption }
                addedLatencyNs: { value: 5, source: "lab", status: assumption }
                costPerPortUsd: { value: 400, source: "lab", status: assumption }
                laserWattsPerPort: { value: 1, source: "lab", status: assumption }
                engineGbps: { value: 6400, source: "lab", status: assumption }
                fausPerEngine: { value: 1, source: "lab", status: assumption }
            """;

    private CliRun catalog(String yaml) throws IOException {
        Path cat = Files.createDirectories(dir.resolve("cat"));
        Files.writeString(cat.resolve("architectures.yaml"), yaml);
        return CliRun.of("catalog", "show", "my-cpo", "--catalog", cat.toString());
    }

    @Test
    void userCatalogAddsEntries() throws IOException {
        CliRun r = catalog(ARCH);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("switchPortWatts").contains("lab");
        Path s = write("s2.yaml", GOOD.replace("cpo-bailly-800g", "my-cpo"));
        CliRun c = CliRun.of("compare", "--scenario", s.toString(), "--catalog", dir.resolve("cat").toString(), "--format", "csv");
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.out()).contains("my-cpo");
    }

    @Test
    void catalogMissingSource() throws IOException {
        CliRun r = catalog(ARCH.replace("switchPortWatts: { value: 4.0, source: \"lab\", status: assumption }",
                "switchPortWatts: { value: 4.0, status: assumption }"));
        assertUserError(r, "architectures.yaml:10", "switchPortWatts.source", "every figure needs a source");
    }

    @Test
    void catalogZeroWatts() throws IOException {
        CliRun r = catalog(ARCH.replace("value: 4.0", "value: 0"));
        assertUserError(r, "architectures.yaml:10", "switchPortWatts.value' = '0'", "greater than zero");
    }

    @Test
    void catalogBadStatusWord() throws IOException {
        CliRun r = catalog(ARCH.replace("value: 4.0, source: \"lab\", status: assumption", "value: 4.0, source: \"lab\", status: stated-ish"));
        assertUserError(r, "architectures.yaml:10", "'stated-ish'", "not a status word", "maybe you meant 'stated'");
    }

    @Test
    void catalogUnknownKey() throws IOException {
        CliRun r = catalog(ARCH.replace("    kind: cpo\n", "    kind: cpo\n    watts: 3\n"));
        assertUserError(r, "architectures.yaml:5", "field 'architectures[0].watts'", "unknown key");
    }

    @Test
    void catalogShowUnknownId() {
        CliRun r = CliRun.of("catalog", "show", "cpo-bailly");
        assertUserError(r, "'cpo-bailly'", "maybe you meant 'cpo-bailly-800g'");
    }

    // ---- planes, accelerators, NIC and scale-up layers

    @Test
    void planesBelowOne() throws IOException {
        CliRun r = compare(GOOD.replace("  switch: tomahawk5-64x800g", "  switch: tomahawk5-64x800g\n  planes: 0"));
        assertUserError(r, "s.yaml:7", "field 'fabric.planes' = '0'", "must be between 1 and 64");
    }

    @Test
    void planesThatDoNotDivideTheEndpoints() throws IOException {
        CliRun r = compare(GOOD.replace("  switch: tomahawk5-64x800g", "  switch: tomahawk5-64x800g\n  planes: 3"));
        assertUserError(r, "s.yaml", "'3'", "does not divide the 2048 endpoints");
    }

    @Test
    void fabricCommandTakesPlanes() {
        CliRun refused = CliRun.of("fabric", "--endpoints", "8192", "--radix", "64", "--tiers", "2");
        assertUserError(refused, "maximum is 2048", "planes");
        CliRun r = CliRun.of("fabric", "--endpoints", "8192", "--radix", "64", "--tiers", "2", "--planes", "8",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"planes\" : 8").contains("\"switchCount\" : 384").contains("\"perPlane\"");
    }

    private static final String SCALE_UP = """
            scaleUp:
              domainSize: 72
              gbpsPerAccelerator: 6400
              opticalShare: 0.5
              architecture: cpo-scaleup-3200g
            """;

    @Test
    void scaleUpDomainLargerThanTheCluster() throws IOException {
        CliRun r = compare(GOOD + SCALE_UP.replace("domainSize: 72", "domainSize: 4096"));
        assertUserError(r, "s.yaml", "field 'scaleUp.domainSize' = '4096'", "larger than the cluster's 2048 accelerators");
    }

    @Test
    void opticalShareOutsideZeroToOne() throws IOException {
        CliRun r = compare(GOOD + SCALE_UP.replace("opticalShare: 0.5", "opticalShare: 1.5"));
        assertUserError(r, "s.yaml", "field 'scaleUp.opticalShare' = '1.5'", "between 0 and 1");
    }

    @Test
    void portSpeedThatDoesNotDivideTheLayersBandwidth() throws IOException {
        // one accelerator per domain: 1,000 Gb/s of optical scale-up is not a whole number of 3.2T ports
        CliRun r = compare(GOOD + SCALE_UP.replace("domainSize: 72", "domainSize: 1")
                .replace("gbpsPerAccelerator: 6400", "gbpsPerAccelerator: 2000"));
        assertUserError(r, "s.yaml", "cpo-scaleup-3200g", "do not divide the 1000 Gb/s");
        CliRun nic = compare(GOOD.replace("""
                cluster:
                  endpoints: 2048
                  endpointGbps: 800""", """
                cluster:
                  accelerators: 1001
                  scaleOutGbpsPerAccelerator: 200"""));
        assertUserError(nic, "s.yaml", "not a whole number of 800G NIC ports");
    }

    @Test
    void unknownNicArchitecture() throws IOException {
        CliRun r = compare(GOOD + "nic: { architecture: cpo-nic-320g }\n");
        assertUserError(r, "s.yaml", "unknown architecture id", "maybe you meant 'cpo-nic-3200g'");
    }
}
