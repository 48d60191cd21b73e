package org.cpolens.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cpolens.cli.Main;
import org.cpolens.io.Catalogs;
import org.cpolens.report.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DashboardApiTest {
    static DashboardServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        server = DashboardServer.start("127.0.0.1", 0, Catalogs.bundled());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    record Reply(int status, String body, String type) {
        JsonNode json() throws Exception {
            return Json.MAPPER.readTree(body);
        }
    }

    static Reply get(String pathAndQuery) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .timeout(Duration.ofSeconds(20)).GET().build();
        HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body(), r.headers().firstValue("content-type").orElse(""));
    }

    static String cli(String... args) {
        StringWriter out = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
        assertThat(code).isZero();
        return out.toString();
    }

    @Test
    void compareIsTheCliCompareWithTheReportHeadline() throws Exception {
        Reply r = get("/api/compare");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.type()).startsWith("application/json");
        ObjectNode api = (ObjectNode) r.json();
        JsonNode headline = api.remove("headline");
        assertThat(api).isEqualTo(Json.MAPPER.readTree(cli("compare", "--format", "json")));
        assertThat(headline.get("cpoArchitecture").asText()).isEqualTo("cpo-bailly-800g");
        JsonNode summary = Json.MAPPER.readTree(org.cpolens.report.ReportFixture.report().summaryJson());
        assertThat(headline.get("cpoOpticsPowerKw")).isEqualTo(summary.get("cpoOpticsPowerKw"));
        assertThat(headline.get("opticsPowerSavedPercent")).isEqualTo(summary.get("opticsPowerSavedPercent"));
    }

    @Test
    void editsChangeTheAnswerAsTheEngineSays() throws Exception {
        JsonNode r = get("/api/compare?archs=pluggable-dsp-800g,cpo-bailly-800g"
                + "&override.cpo-bailly-800g.switchPortWatts=7&tiers=3").json();
        JsonNode cpo = r.get("architectures").get(1);
        // 40,960 switch-side ports at 7 W + 8,192 host-side modules at the baseline's 16.93 W
        assertThat(cpo.get("opticsPowerKw").asDouble()).isEqualTo(Math.round((40_960 * 7 + 8_192 * 16.93) / 1000 * 1e6) / 1e6);
        assertThat(r.get("architectures")).hasSize(2);
        assertThat(r.get("headline").get("cpoOpticsPowerKw")).isEqualTo(cpo.get("opticsPowerKw"));

        JsonNode small = get("/api/compare?endpoints=2048&tiers=0&accelerators=8192").json();
        assertThat(small.get("fabric").get("endpoints").asLong()).isEqualTo(2048);
        assertThat(small.get("fabric").get("tiers").asInt()).isEqualTo(2);
        assertThat(small.get("accelerators").asLong()).isEqualTo(8192);
    }

    @Test
    void fabricIsTheCliFabric() throws Exception {
        Reply r = get("/api/fabric?endpoints=8192&switch=tomahawk5-64x800g&tiers=3");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json()).isEqualTo(Json.MAPPER.readTree(
                cli("fabric", "--endpoints", "8192", "--radix", "64", "--tiers", "3", "--format", "json")));
        assertThat(get("/api/fabric?endpoints=100&radix=16&portGbps=400").json().get("radix").asInt()).isEqualTo(16);
    }

    @Test
    void scenariosAndCatalogList() throws Exception {
        JsonNode s = get("/api/scenarios").json();
        assertThat(s.isArray()).isTrue();
        assertThat(s.get(0).get("name").asText()).isEqualTo("broadcom-32k");
        assertThat(s.get(0).get("architectures").get(0).get("switchPortWatts").asDouble()).isEqualTo(16.93);
        JsonNode c = get("/api/catalog").json();
        assertThat(c.get("architectures").findValuesAsText("id")).contains("cpo-bailly-800g", "lpo-800g");
        assertThat(c.get("switches").get(0).get("figures").get("basePowerW").get("source").asText()).isNotBlank();
    }

    @Test
    void pageAndAssetsComeFromTheJar() throws Exception {
        Reply page = get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.type()).startsWith("text/html");
        assertThat(page.body()).contains("id=\"market-panel\"").doesNotContain("https://");
        assertThat(get("/assets/echarts.min.js").body()).contains("echarts");
        assertThat(get("/assets/dashboard.js").status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} -> 400 on {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/compare?endpoints=10000001|endpoints|10000001",
            "/api/compare?endpoints=99999999999999999999|endpoints|99999999999999999999",
            "/api/compare?endpoints=abc|endpoints|abc",
            "/api/compare?endpoints=0|endpoints|0",
            "/api/compare?endpoints=100000&tiers=3|endpoints|100000",
            "/api/compare?endpoint=8192|endpoint|8192",
            "/api/compare?scenario=broadcom-23k|scenario|broadcom-23k",
            "/api/compare?switch=tomahawk9|switch|tomahawk9",
            "/api/compare?archs=pluggable-dsp-800g,cpo-baily-800g|archs|cpo-baily-800g",
            "/api/compare?archs=cpo-bailly-800g|archs|cpo-bailly-800g",
            "/api/compare?override.lpo-800g.switchPortWatts=7&archs=pluggable-dsp-800g|override.lpo-800g.switchPortWatts|7",
            "/api/compare?override.cpo-bailly-800g.switchPortWatts=-1|override.cpo-bailly-800g.switchPortWatts|-1",
            "/api/compare?override.cpo-bailly-800g.switchPortWatts=NaN|override.cpo-bailly-800g.switchPortWatts|NaN",
            "/api/compare?override.cpo-bailly-800g.watts=3|override.cpo-bailly-800g.watts|3",
            "/api/compare?speed=1600|speed|1600",
            "/api/compare?tiers=7|tiers|7",
            "/api/compare?oversubscription=0.5|oversubscription|0.5",
            "/api/compare?hostLink=laser|hostLink|laser",
            "/api/compare?endpoints=1&endpoints=2|endpoints|1,2",
            "/api/fabric?endpoints=20000000&switch=tomahawk5-64x800g|endpoints|20000000",
            "/api/fabric?switch=tomahawk5-64x800g|endpoints|",
            "/api/fabric?endpoints=8192&radix=1|radix|1",
            "/api/fabric?endpoints=8192&radix=64&tiers=1|endpoints|8192",
            "/api/market?trials=1000001|trials|1000001",
            "/api/market?trials=0|trials|0",
            "/api/market?q=-1|q|-1",
            "/api/market?p=abc|p|abc",
            "/api/market?learningRate=1.5|learningRate|1.5",
            "/api/market?deploymentScale=0|deploymentScale|0",
            "/api/market?qq=0.4|qq|0.4",
            "/api/market?scenario=nope|scenario|nope",
            "/api/market?scope=revenue|scope|revenue",
            "/api/market?engineUsdPerGbps=0|engineUsdPerGbps|0",
            "/api/sweep-map?swich=tomahawk5-64x800g|swich|tomahawk5-64x800g",
            "/api/sweep-map?switch=tomahawk9|switch|tomahawk9",
            "/api/sweep-map?tiers=4|tiers|4",
            "/api/sweep-map?tiers=1|tiers|1",
            "/api/sweep-map?oversubscription=0.5|oversubscription|0.5",
            "/api/sweep-map?oversubscription=64|oversubscription|64",
            "/api/sweep-map?hostLink=laser|hostLink|laser",
            "/api/sweep-map?cpo=lpo-800g|cpo|lpo-800g",
            "/api/sweep-map?cpo=cpo-baily-800g|cpo|cpo-baily-800g",
            "/api/sweep-map?figure=watts|figure|watts",
            "/api/sweep-map?from=0|from|0",
            "/api/sweep-map?from=abc|from|abc",
            "/api/sweep-map?from=NaN|from|NaN",
            "/api/sweep-map?figure=costPerPortUsd&from=-5|from|-5",
            "/api/sweep-map?to=0.5|to|0.5",
            "/api/sweep-map?steps=61|steps|61",
            "/api/sweep-map?steps=0|steps|0",
            "/api/sweep-map?steps=1|steps|1",
            "/api/sweep-map?endpointsSteps=100|endpointsSteps|100",
            "/api/sweep-map?endpointsFrom=0|endpointsFrom|0",
            "/api/sweep-map?endpointsTo=20000000|endpointsTo|20000000",
            "/api/sweep-map?endpointsFrom=5000&endpointsTo=100|endpointsTo|100",
            "/api/sweep-map?endpointsFrom=2000000&endpointsTo=5000000|endpointsFrom|2000000",
            "/api/sweep-map?steps=2&steps=3|steps|2,3",
    })
    void badParametersGet400NamingTheField(String url, String field, String value) throws Exception {
        Reply r = get(url);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        JsonNode j = r.json();
        assertThat(j.get("error").asText()).isNotBlank();
        assertThat(j.get("field").asText()).isEqualTo(field);
        if (value != null) {
            assertThat(j.get("value").asText()).isEqualTo(value);
        }
        assertThat(j.has("hint")).isTrue();
    }

    /** /api/market is `cpolens market --format json` for the same inputs; the knobs move it as the engine says. */
    @Test
    void marketIsTheCliMarketAndKnobsMoveIt() throws Exception {
        Reply r = get("/api/market?trials=500&seed=11");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json()).isEqualTo(Json.MAPPER.readTree(cli("market", "--trials", "500", "--seed", "11", "--format", "json")));

        double baseP50 = lastYear(r.json()).get("p50").asDouble();
        JsonNode faster = get("/api/market?trials=500&seed=11&q=0.6").json();
        var in = org.cpolens.model.pipeline.Analysis.marketInputs(org.cpolens.io.ScenarioLoader.load("broadcom-32k",
                Catalogs.bundled())).withAdoptionQ(0.6);
        var engine = org.cpolens.model.market.MarketEngine.run(in, 11, 500);
        assertThat(lastYear(faster).get("p50").asDouble())
                .isCloseTo(engine.years().get(engine.years().size() - 1).p50(), org.assertj.core.api.Assertions.within(1.0))
                .isGreaterThan(baseP50);
        // the headline scope is a knob: system's P50 is the same trials' system band
        JsonNode system = get("/api/market?trials=500&seed=11&scope=system").json();
        assertThat(system.get("scope").asText()).isEqualTo("system");
        assertThat(lastYear(system).get("p50").asDouble())
                .isEqualTo(lastYear(r.json()).get("bands").get("system").get("p50").asDouble());
    }

    private static JsonNode lastYear(JsonNode market) {
        JsonNode years = market.get("years");
        return years.get(years.size() - 1);
    }

    /**
     * A cell of the map is the row {@code cpolens sweep} writes for the same design: CPO's advantage
     * in the cell is computed from the CSV's network power and capex of CPO and the best non-CPO
     * architecture; the column's break-even makes {@code cpolens compare} show a tie.
     */
    @Test
    void sweepMapCellIsTheCliSweepRowAndItsBreakEvenTies(@TempDir Path dir) throws Exception {
        String query = "/api/sweep-map?switch=tomahawk6-128x800g&oversubscription=2&from=4&to=9&steps=11"
                + "&endpointsFrom=1024&endpointsTo=1048576&endpointsSteps=11";
        Reply r = get(query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode map = r.json();
        int x = indexOf(map.get("endpoints"), 262_144);
        int y = indexOf(map.get("values"), 5.5);
        assertThat(map.get("architectures").toString())
                .isEqualTo("[\"pluggable-dsp-800g\",\"lpo-800g\",\"npo-800g\",\"cpo-bailly-800g\"]");

        Path grid = dir.resolve("cell.yaml");
        Files.writeString(grid, """
                name: cell
                endpoints: [262144]
                switch: tomahawk6-128x800g
                tiers: auto
                oversubscription: 2
                hostLink: optical
                architectures: [pluggable-dsp-800g, lpo-800g, npo-800g, cpo-bailly-800g]
                figures:
                  cpo-bailly-800g.switchPortWatts: [5.5]
                """);
        Path csv = dir.resolve("cell.csv");
        cli("sweep", "--grid", grid.toString(), "--out", csv.toString(), "--quiet");
        List<Map<String, String>> rows = csvRows(csv);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).get("tiers")).isEqualTo(map.get("tiersUsed").get(x).asText());
        Map<String, String> cpo = rows.get(3);
        assertThat(cpo.get("architecture")).isEqualTo("cpo-bailly-800g");
        Map<String, String> otherPower = null;
        Map<String, String> otherCapex = null;
        Map<String, String> bestPower = cpo;
        for (Map<String, String> row : rows) {
            if (!row.get("kind").equals("cpo")) {
                if (otherPower == null || num(row, "networkPowerKw") < num(otherPower, "networkPowerKw")) {
                    otherPower = row;
                }
                if (otherCapex == null || num(row, "capexUsd") < num(otherCapex, "capexUsd")) {
                    otherCapex = row;
                }
            }
            if (num(row, "networkPowerKw") < num(bestPower, "networkPowerKw")) {
                bestPower = row;
            }
        }
        double powerPct = 100 * (num(otherPower, "networkPowerKw") - num(cpo, "networkPowerKw")) / num(otherPower, "networkPowerKw");
        double capexPct = 100 * (num(otherCapex, "capexUsd") - num(cpo, "capexUsd")) / num(otherCapex, "capexUsd");
        // every JSON output rounds to 1e-6 (Numbers.round6); the rows it is recomputed from are rounded too
        assertThat(map.get("powerAdvantagePercent").get(y).get(x).asDouble())
                .isCloseTo(powerPct, org.assertj.core.api.Assertions.within(2e-6));
        assertThat(map.get("capexAdvantagePercent").get(y).get(x).asDouble())
                .isCloseTo(capexPct, org.assertj.core.api.Assertions.within(2e-6));
        assertThat(powerPct).isPositive();
        assertThat(map.get("bestOtherPower").get(x).asText()).isEqualTo(otherPower.get("architecture"));
        assertThat(map.get("architectures").get(map.get("powerWinner").get(y).get(x).asInt()).asText())
                .isEqualTo(bestPower.get("architecture"));

        // at the column's break-even watts (and price), compare shows CPO tying the best other choice
        double watts = map.get("wattsBreakEvenPerPort").get(x).asDouble();
        double price = map.get("priceBreakEvenUsdPerPort").get(x).asDouble();
        assertThat(map.get("breakEven").get(x).asDouble()).isEqualTo(watts);
        Path scenario = dir.resolve("tie.yaml");
        Files.writeString(scenario, """
                name: tie
                cluster: { endpoints: 262144, endpointGbps: 800 }
                fabric: { switch: tomahawk6-128x800g, oversubscription: 2, hostLink: optical }
                architectures:
                  - id: pluggable-dsp-800g
                  - id: lpo-800g
                  - id: npo-800g
                  - id: cpo-bailly-800g
                    overrides: { switchPortWatts: %s, costPerPortUsd: %s }
                """.formatted(watts, price));
        JsonNode archs = Json.MAPPER.readTree(cli("compare", "--format", "json", "--scenario", scenario.toString()))
                .get("architectures");
        double tiePower = Double.POSITIVE_INFINITY;
        double tieCapex = Double.POSITIVE_INFINITY;
        for (JsonNode a : archs) {
            if (!a.get("kind").asText().equals("cpo")) {
                tiePower = Math.min(tiePower, a.get("networkPowerKw").asDouble());
                tieCapex = Math.min(tieCapex, a.get("capexUsd").asDouble());
            }
        }
        // every JSON number is rounded to 1e-6 of its unit: the break-evens fed back are off by at most
        // 5e-7 W and US$ per port, so the tie holds within ports x 5e-7 (plus the printed 1e-6 of each side)
        double ports = archs.get(3).get("switchSidePorts").asDouble();
        assertThat(archs.get(3).get("networkPowerKw").asDouble()).isCloseTo(tiePower,
                org.assertj.core.api.Assertions.within(ports * 5e-7 / 1000 + 2e-6));
        assertThat(archs.get(3).get("capexUsd").asDouble()).isCloseTo(tieCapex,
                org.assertj.core.api.Assertions.within(ports * 5e-7 + 2e-6));
        // and the watts break-even does not depend on the row: CPO wins below it, loses above
        for (int i = 0; i < map.get("values").size(); i++) {
            double pct = map.get("powerAdvantagePercent").get(i).get(x).asDouble();
            assertThat(pct > 0).as("row %d", i).isEqualTo(map.get("values").get(i).asDouble() < watts);
        }
    }

    @Test
    void sweepMapShapeDefaultsAndUnbuildableColumns() throws Exception {
        long t0 = System.nanoTime();
        Reply r = get("/api/sweep-map?steps=60&endpointsSteps=60&endpointsTo=10000000&switch=spectrum-x-photonics-512x800g");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode m = r.json();
        assertThat(m.get("cells").asLong()).isEqualTo(3600);
        assertThat(m.get("powerAdvantagePercent")).hasSize(60);
        assertThat(m.get("powerAdvantagePercent").get(0)).hasSize(60);
        // generous: it answers in tens of milliseconds on a laptop; a loaded CI box still is far below this
        assertThat(seconds).isLessThan(5);

        JsonNode d = get("/api/sweep-map").json();
        assertThat(d.get("switch").asText()).isEqualTo("tomahawk5-64x800g");
        assertThat(d.get("cpo").asText()).isEqualTo("cpo-bailly-800g");
        assertThat(d.get("figure").asText()).isEqualTo("switchPortWatts");
        assertThat(d.get("tiers").asText()).isEqualTo("auto");
        JsonNode endpoints = d.get("endpoints");
        assertThat(endpoints.get(0).asLong()).isEqualTo(1024);
        assertThat(endpoints.get(endpoints.size() - 1).asLong()).isEqualTo(1_048_576);
        // radix 64 builds at most 65,536 endpoints in three tiers: bigger columns are null, with the reason
        int big = indexOf(endpoints, 82_570);
        assertThat(d.get("powerAdvantagePercent").get(0).get(big).isNull()).isTrue();
        assertThat(d.get("breakEven").get(big).isNull()).isTrue();
        assertThat(d.get("skippedExample").asText()).contains("the most is 65,536");
        assertThat(d.get("powerAdvantagePercent").get(0).get(indexOf(endpoints, 65_536)).isNumber()).isTrue();

        JsonNode price = get("/api/sweep-map?figure=costPerPortUsd&from=100&to=1000&steps=10").json();
        assertThat(price.get("unit").asText()).isEqualTo("USD");
        assertThat(price.get("metric").asText()).isEqualTo("capex");
        assertThat(price.get("breakEven")).isEqualTo(price.get("priceBreakEvenUsdPerPort"));
        assertThat(price.get("values").get(9).asDouble()).isEqualTo(1000);
    }

    private static int indexOf(JsonNode array, double value) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).asDouble() == value) {
                return i;
            }
        }
        throw new AssertionError(value + " not in " + array);
    }

    private static double num(Map<String, String> row, String key) {
        return Double.parseDouble(row.get(key));
    }

    private static List<Map<String, String>> csvRows(Path file) throws Exception {
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

    @Test
    void typosGetAHint() throws Exception {
        assertThat(get("/api/compare?scenario=broadcom-23k").json().get("hint").asText()).contains("broadcom-32k");
        assertThat(get("/api/compare?archs=pluggable-dsp-800g,cpo-baily-800g").json().get("hint").asText())
                .contains("cpo-bailly-800g");
        assertThat(get("/api/compare?endpoint=8192").json().get("hint").asText()).contains("endpoints");
        assertThat(get("/api/sweep-map?cpo=cpo-baily-800g").json().get("hint").asText()).contains("cpo-bailly-800g");
        assertThat(get("/api/sweep-map?figure=switchPortWats").json().get("hint").asText()).contains("switchPortWatts");
        assertThat(get("/api/nope").status()).isEqualTo(404);
    }
}
