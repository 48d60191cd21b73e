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
import java.time.Duration;
import org.cpolens.cli.Main;
import org.cpolens.io.CatalogLoader;
import org.cpolens.report.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DashboardApiTest {
    static DashboardServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        server = DashboardServer.start("127.0.0.1", 0, CatalogLoader.bundled());
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
        var in = org.cpolens.io.MarketInputsParser.parse(org.cpolens.io.ScenarioLoader.load("broadcom-32k",
                CatalogLoader.bundled()), CatalogLoader.bundled()).withAdoptionQ(0.6);
        var engine = org.cpolens.model.market.MarketEngine.run(in, 11, 500);
        assertThat(lastYear(faster).get("p50").asDouble())
                .isCloseTo(engine.years().get(engine.years().size() - 1).p50(), org.assertj.core.api.Assertions.within(1.0))
                .isGreaterThan(baseP50);
    }

    private static JsonNode lastYear(JsonNode market) {
        JsonNode years = market.get("years");
        return years.get(years.size() - 1);
    }

    @Test
    void typosGetAHint() throws Exception {
        assertThat(get("/api/compare?scenario=broadcom-23k").json().get("hint").asText()).contains("broadcom-32k");
        assertThat(get("/api/compare?archs=pluggable-dsp-800g,cpo-baily-800g").json().get("hint").asText())
                .contains("cpo-bailly-800g");
        assertThat(get("/api/compare?endpoint=8192").json().get("hint").asText()).contains("endpoints");
        assertThat(get("/api/nope").status()).isEqualTo(404);
    }
}
