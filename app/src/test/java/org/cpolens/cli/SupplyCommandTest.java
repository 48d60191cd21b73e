package org.cpolens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cpolens supply ...} through {@link Main#run}. */
class SupplyCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void companiesListsTheCatalogWithMarketsAndTheirStatus() throws Exception {
        Run r = run("supply", "companies", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode landmark = find(r.json(), "id", "landmark");
        assertThat(landmark.get("ticker").asText()).isEqualTo("3081");
        assertThat(landmark.get("market").asText()).isEqualTo("TPEx");
        assertThat(landmark.get("marketStatus").asText()).isEqualTo("assumption");
        assertThat(landmark.get("nameZhTw").asText()).isEqualTo("聯亞光電");

        Run table = run("supply", "companies", "--lang", "zh-TW");
        assertThat(table.out()).contains("上詮").contains("中際旭創").contains("新易盛");
    }

    @Test
    void suppliersOfFau() throws Exception {
        Run r = run("supply", "suppliers", "fau", "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.json()).extracting(n -> n.get("company").asText()).containsExactly("ezconn", "foci", "corning", "browave");
        assertThat(find(r.json(), "company", "foci").get("sole").asBoolean()).isTrue();
        assertThat(find(r.json(), "company", "foci").get("status").asText()).isEqualTo("secondary");
        Run csv = run("supply", "suppliers", "pluggable-module", "--format", "csv");
        assertThat(csv.out()).startsWith("company,ticker,qualified,sole,program,customers,status,source\r\n")
                .contains("InnoLight,300308,yes,no").contains("Eoptolink,300502,yes,no");
    }

    @Test
    void companyByTickerShowsRolesDependenciesAndCustomers() throws Exception {
        Run r = run("supply", "company", "6088.HK", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode fit = r.json();
        assertThat(fit.get("id").asText()).isEqualTo("fit");
        assertThat(fit.get("customers").get(0).asText()).isEqualTo("broadcom");
        assertThat(fit.get("roles")).extracting(n -> n.get("component").asText())
                .containsExactly("lga-socket", "laser-source-interface", "fiber-connector");
        // FIT makes the interface a laser module plugs into, not the lasers: no laser or epi dependency of its own
        assertThat(fit.get("dependencies").get("inputs").toString()).doesNotContain("inp-epi-wafer");
        // 華星光 makes laser chips from InP epi wafers it does not grow itself
        JsonNode luxnet = run("supply", "company", "4979", "--format", "json").json();
        JsonNode epi = find(luxnet.get("dependencies").get("inputs"), "component", "inp-epi-wafer");
        assertThat(epi.get("depth").asInt()).isEqualTo(1);
        assertThat(epi.get("suppliers").get(0).asText()).isEqualTo("landmark");
    }

    @Test
    void unknownTickerSuggestsAndExitsOne() {
        Run r = run("supply", "company", "3801");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().trim()).isEqualTo("error: field 'TICKER' = '3801': no such company in the supply catalog "
                + "(hint: maybe you meant '3081' or '3711'?)");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownComponentSuggestsAndExitsOne() {
        Run r = run("supply", "suppliers", "lazer-diode");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("'lazer-diode': not a component word (hint: maybe you meant 'laser-diode'?)");
    }

    @Test
    void spofNoLongerListsTheFauOnceCorningIsQualified() throws Exception {
        Run r = run("supply", "spof", "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.json()).extracting(n -> n.get("component").asText()).doesNotContain("fau", "external-laser-source",
                "inp-epi-wafer");
        JsonNode els = find(r.json(), "component", "laser-source-interface");
        assertThat(els.get("supplier").asText()).isEqualTo("fit");
        assertThat(els.get("statedSole").asBoolean()).isFalse();
    }

    @Test
    void exposureReproducesLandmarkAndUsesTheDefaultDemand() throws Exception {
        Run r = run("supply", "exposure", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode x = r.json();
        assertThat(x.get("demand").get(0).get("year").asInt()).isEqualTo(2027);
        assertThat(x.get("demand").get(0).get("units").get("optical-engine").asDouble()).isEqualTo(5120.0);
        JsonNode lm = find(x.get("reported"), "year", "2025");
        // 2.8B / 0.81 = NT$3.4568B (Goldman via the seed)
        assertThat(lm.get("totalRevenue").asDouble()).isCloseTo(2.8e9 / 0.81, within(1.0));
        assertThat(lm.get("share").asDouble()).isEqualTo(0.81);
        assertThat(find(x.get("reported"), "year", "2024").get("share").asDouble()).isEqualTo(0.42);
        // 5,120 FAUs shared by the two qualified makers, FOCI and Corning
        JsonNode foci = find(x.get("exposure"), "company", "foci");
        assertThat(foci.get("units").asDouble()).isEqualTo(2560.0);
        assertThat(foci.get("priceUsd").get("status").asText()).isEqualTo("assumption");

        Run twice = run("supply", "exposure", "--clusters", "2", "--year", "2028", "--format", "json");
        JsonNode foci2 = find(twice.json().get("exposure"), "company", "foci");
        assertThat(foci2.get("units").asDouble()).isEqualTo(5120.0);
        assertThat(foci2.get("year").asInt()).isEqualTo(2028);
    }

    @Test
    void exposureRejectsAnUnknownArchitecture() {
        Run r = run("supply", "exposure", "--architecture", "cpo-baily-800g");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("field '--architecture' = 'cpo-baily-800g'").contains("maybe you meant 'cpo-bailly-800g'");
    }

    @Test
    void graphAsDotAndJson() throws Exception {
        Run dot = run("supply", "graph", "--format", "dot");
        assertThat(dot.code()).isZero();
        assertThat(dot.out()).startsWith("digraph supply {")
                .contains("\"component:fau\" -> \"company:foci\" [label=\"made by\"];")
                .contains("\"company:fit\" -> \"company:broadcom\" [label=\"sells to\"];")
                .contains("\"component:packaging\" -> \"company:ase\" [label=\"made by\", style=dashed];")
                .contains("聯亞光電 3081")
                .endsWith("}\n");
        Run json = run("supply", "graph", "--format", "json");
        JsonNode g = json.json();
        assertThat(find(g.get("nodes"), "id", "company:innolight").get("nameZhTw").asText()).isEqualTo("中際旭創");
        assertThat(g.get("edges")).anySatisfy(e -> {
            assertThat(e.get("from").asText()).isEqualTo("component:inp-epi-wafer");
            assertThat(e.get("to").asText()).isEqualTo("component:laser-diode");
            assertThat(e.get("kind").asText()).isEqualTo("input-to");
        });
        assertThat(run("supply", "graph", "--format", "svg").code()).isEqualTo(1);
    }

    @Test
    void outputIsByteIdenticalAcrossRuns() {
        assertThat(run("supply", "exposure", "--format", "json").out())
                .isEqualTo(run("supply", "exposure", "--format", "json").out());
        assertThat(run("supply", "graph", "--format", "dot").out()).isEqualTo(run("supply", "graph", "--format", "dot").out());
    }

    @Test
    void aBadUserCatalogIsOneLineWithFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("companies.yaml"), "companies:\n  - id: x\n    tikcer: \"1\"\n");
        Run r = run("supply", "companies", "--catalog", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().trim()).isEqualTo("error: " + dir.resolve("companies.yaml")
                + ":3: field 'companies[0].tikcer': unknown key (hint: maybe you meant 'ticker'?)");
    }

    private static String bundledScenario() throws Exception {
        try (var in = SupplyCommandTest.class.getResourceAsStream("/scenarios/broadcom-32k.yaml")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aScenarioSupplySectionSetsYearAndClusters(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("four.yaml");
        Files.writeString(f, bundledScenario() + "supply:\n  year: 2029\n  clustersPerYear: 4\n");
        JsonNode x = run("supply", "exposure", "--scenario", f.toString(), "--format", "json").json();
        assertThat(x.get("demand").get(0).get("year").asInt()).isEqualTo(2029);
        assertThat(x.get("demand").get(0).get("units").get("fau").asDouble()).isEqualTo(4 * 5120.0);
        // a command-line option wins over the section
        JsonNode y = run("supply", "exposure", "--scenario", f.toString(), "--clusters", "1", "--format", "json").json();
        assertThat(y.get("demand").get(0).get("year").asInt()).isEqualTo(2029);
        assertThat(y.get("demand").get(0).get("units").get("fau").asDouble()).isEqualTo(5120.0);
    }

    @Test
    void aScenarioCanWriteItsUnitDemandOut(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("units.yaml");
        Files.writeString(f, bundledScenario() + "supply:\n  demand:\n    - year: 2028\n      units: { fau: 1000, inp-epi-wafer: 50 }\n"
                + "    - year: 2029\n      units: { fau: 3000 }\n");
        JsonNode x = run("supply", "exposure", "--scenario", f.toString(), "--format", "json").json();
        assertThat(x.get("demand")).hasSize(2);
        // 50 wafers shared by 聯亞 and the in-house fabs of Coherent and Lumentum (JSON keeps 6 decimals); FAUs by
        // FOCI and Corning; candidates (EZconn, Browave) get rows of zero units
        assertThat(x.get("exposure")).filteredOn(e -> e.get("units").asDouble() > 0)
                .extracting(e -> e.get("company").asText() + "/" + e.get("year").asInt() + "/" + e.get("units").asDouble())
                .containsExactlyInAnyOrder("landmark/2028/16.666667", "coherent/2028/16.666667", "lumentum/2028/16.666667",
                        "foci/2028/500.0", "corning/2028/500.0", "foci/2029/1500.0", "corning/2029/1500.0");
        Run both = run("supply", "exposure", "--scenario", f.toString(), "--year", "2030");
        assertThat(both.code()).isEqualTo(1);
        assertThat(both.err()).contains("supply.demand").contains("the scenario writes its unit demand out");
    }

    @Test
    void aScenarioDemandWithAnUnknownComponentNamesTheLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.yaml");
        String base = bundledScenario();
        long lines = base.chars().filter(ch -> ch == '\n').count();
        Files.writeString(f, base + "supply:\n  demand:\n    - year: 2028\n      units:\n        fua: 10\n");
        Run r = run("supply", "exposure", "--scenario", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().trim()).isEqualTo("error: " + f + ":" + (lines + 5) + ": field 'supply.demand[0].units.fua' = '10': "
                + "not a component of the supply catalog (hint: maybe you meant 'fau'?)");
    }

    private static JsonNode find(JsonNode array, String key, String value) {
        for (JsonNode n : array) {
            if (n.has(key) && n.get(key).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no element with " + key + " = " + value + " in " + array);
    }
}
