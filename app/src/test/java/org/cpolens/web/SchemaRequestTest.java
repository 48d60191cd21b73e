package org.cpolens.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.cpolens.io.Catalogs;
import org.cpolens.model.eval.ResultColumn;
import org.cpolens.report.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/schema} and the scenario list the dashboard builds its form and headers from. */
class SchemaRequestTest {
    static DashboardServer server;

    @BeforeAll
    static void start() {
        server = DashboardServer.start("127.0.0.1", 0, Catalogs.bundled());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return Json.MAPPER.readTree(r.body());
    }

    @Test
    void theSchemaIsTheResultColumnsWithTheirLabelsAndUnits() throws Exception {
        JsonNode s = get("/api/schema");
        JsonNode cols = s.get("columns");
        assertThat(cols.size()).isEqualTo(ResultColumn.values().length);
        for (int i = 0; i < cols.size(); i++) {
            ResultColumn c = ResultColumn.values()[i];
            assertThat(cols.get(i).get("key").asText()).isEqualTo(c.key());
            assertThat(cols.get(i).get("unit").asText()).isEqualTo(c.unit());
            assertThat(cols.get(i).get("label").get("en").asText()).isEqualTo(c.en());
            assertThat(cols.get(i).get("label").get("zhTw").asText()).isEqualTo(c.zhTw());
        }
        JsonNode capex = cols.get(ResultColumn.CAPEX_USD.ordinal());
        assertThat(capex.get("displayUnit").asText()).isEqualTo("MUSD");
        assertThat(capex.get("displayScale").asDouble()).isEqualTo(1e-6);
        assertThat(s.get("units").get("MUSD").get("label").get("en").asText()).isEqualTo("US$M");
        assertThat(s.get("units").get("MUSD").get("label").get("zhTw").asText()).isEqualTo("百萬美元");
        assertThat(s.get("architectures").get("cpo-bailly-800g").get("en").asText()).isEqualTo("CPO 800G, Bailly");
        assertThat(s.get("switches").get("tomahawk5-64x800g").get("zhTw").asText()).contains("64 埠");
    }

    /** llama3-405b's 400G switch is written in the scenario: the list says so, with what the form needs to offer it. */
    @Test
    void scenariosSayWhenTheirSwitchIsTheirOwn() throws Exception {
        JsonNode list = get("/api/scenarios");
        JsonNode llama = null;
        JsonNode broadcom = null;
        for (JsonNode s : list) {
            if (s.get("name").asText().equals("llama3-405b")) {
                llama = s;
            } else if (s.get("name").asText().equals("broadcom-32k")) {
                broadcom = s;
            }
        }
        assertThat(llama).isNotNull();
        assertThat(llama.get("speed").asDouble()).isEqualTo(400);
        assertThat(llama.get("switch").asText()).isEqualTo("minipack2-64x400g");
        assertThat(llama.get("switchInCatalog").asBoolean()).isFalse();
        assertThat(llama.get("portGbps").asDouble()).isEqualTo(400);
        assertThat(llama.get("descriptionZhTw").asText()).contains("Llama 3 405B").contains("，");
        assertThat(broadcom.get("switchInCatalog").asBoolean()).isTrue();
        // and its compare answers without a switch parameter, as the dashboard asks it
        JsonNode c = get("/api/compare?scenario=llama3-405b&speed=400&endpoints=16384&tiers=3");
        assertThat(c.get("switch").asText()).isEqualTo("minipack2-64x400g");
    }
}
