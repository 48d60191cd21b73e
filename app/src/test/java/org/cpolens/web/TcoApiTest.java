package org.cpolens.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cpolens.io.Catalogs;
import org.cpolens.report.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /api/tco} and the TCO layer of {@code /api/sweep-map}: the CLI's answers, over HTTP on loopback. */
class TcoApiTest {
    private static DashboardServer server;
    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = DashboardServer.start("127.0.0.1", 0, Catalogs.bundled());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static DashboardApiTest.Reply get(String pathAndQuery) throws Exception {
        var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .timeout(java.time.Duration.ofSeconds(60)).GET().build();
        var r = HTTP.send(req, java.net.http.HttpResponse.BodyHandlers.ofString());
        return new DashboardApiTest.Reply(r.statusCode(), r.body(), r.headers().firstValue("content-type").orElse(""));
    }

    @Test
    void tcoIsTheCliTco() throws Exception {
        DashboardApiTest.Reply r = get("/api/tco?trials=300&seed=5");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json()).isEqualTo(Json.MAPPER.readTree(DashboardApiTest.cli("tco", "--format", "json", "--trials", "300",
                "--seed", "5")));
        DashboardApiTest.Reply edited = get(
                "/api/tco?trials=100&tco.pue=1.2&reliability=analytic&archs=pluggable-dsp-800g,cpo-bailly-800g");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("architectures")).hasSize(2);
        assertThat(edited.json().get("reliabilitySource").asText()).isEqualTo("analytic");
        for (JsonNode i : edited.json().get("inputs")) {
            if (i.get("input").asText().equals("pue")) {
                assertThat(i.get("value").asDouble()).isEqualTo(1.2);
                assertThat(i.get("status").asText()).isEqualTo("assumption");
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/tco?tco.pue=0.5|tco.pue|0.5",
            "/api/tco?tco.discountRate=1|tco.discountRate|1",
            "/api/tco?tco.lifetimeYears=-2|tco.lifetimeYears|-2",
            "/api/tco?tco.electricityUsdPerKwh=-1|tco.electricityUsdPerKwh|-1",
            "/api/tco?tco.peu=1.2|tco.peu|1.2",
            "/api/tco?tco.pue=abc|tco.pue|abc",
            "/api/tco?reliability=simulatd|reliability|simulatd",
            "/api/tco?trials=0|trials|0",
            "/api/tco?trial=10|trial|10",
            "/api/sweep-map?tco.pue=0.9|tco.pue|0.9",
            "/api/sweep-map?scaleOutGbpsPerAccelerator=0|scaleOutGbpsPerAccelerator|0"})
    void badParametersGet400NamingTheField(String url, String field, String value) throws Exception {
        DashboardApiTest.Reply r = get(url);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).isEqualTo(field);
        assertThat(r.json().get("value").asText()).isEqualTo(value);
        assertThat(r.json().get("hint").asText()).isNotBlank();
    }

    /**
     * A map column's TCO break-evens are what {@code cpolens tco} gives for that cluster (reliability
     * in closed form): the price's whatever the row, the watts' at the map's first row (US$100).
     */
    @Test
    void sweepMapTcoBreakEvenIsTheTcoCommands(@TempDir Path dir) throws Exception {
        DashboardApiTest.Reply r = get("/api/sweep-map?figure=costPerPortUsd&from=100&to=1000&steps=10"
                + "&endpointsFrom=1024&endpointsTo=65536&endpointsSteps=7&scaleOutGbpsPerAccelerator=200&tco.replacementCostShare=0.3");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode map = r.json();
        int x = -1;
        for (int i = 0; i < map.get("endpoints").size(); i++) {
            if (map.get("endpoints").get(i).asLong() == 8192) {
                x = i;
            }
        }
        assertThat(x).isNotNegative();
        Path s = dir.resolve("s.yaml");
        Files.writeString(s, """
                name: col
                cluster: { endpoints: 8192, endpointGbps: 800, accelerators: 32768 }
                fabric: { switch: tomahawk5-64x800g }
                architectures:
                  - pluggable-dsp-800g
                  - lpo-800g
                  - npo-800g
                  - { id: cpo-bailly-800g, overrides: { costPerPortUsd: 100 } }
                tco: { reliability: analytic, replacementCostShare: 0.3 }
                """);
        JsonNode tco = Json.MAPPER.readTree(DashboardApiTest.cli("tco", "--format", "json", "--scenario", s.toString(),
                "--trials", "10"));
        JsonNode be = tco.get("breakEvens").get(0);
        assertThat(map.get("tcoBreakEvenUsdPerPort").get(x).asDouble())
                .isCloseTo(be.get("priceUsdPerPort").asDouble(), within(2e-6));
        assertThat(map.get("tcoBreakEvenWattsPerPort").get(x).asDouble())
                .isCloseTo(be.get("wattsPerPort").asDouble(), within(2e-6));
        assertThat(map.get("bestOtherTco").get(x).asText()).isEqualTo(tco.get("bestNonCpoArchitecture").asText());
        // the break-even does not depend on the row: CPO's TCO wins below it, loses above
        double price = be.get("priceUsdPerPort").asDouble();
        for (int y = 0; y < map.get("values").size(); y++) {
            double pct = map.get("tcoAdvantagePercent").get(y).get(x).asDouble();
            assertThat(pct > 0).as("row %d", y).isEqualTo(map.get("values").get(y).asDouble() < price);
        }
    }
}
