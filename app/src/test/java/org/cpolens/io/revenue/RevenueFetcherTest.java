package org.cpolens.io.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import org.cpolens.model.InputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a loopback server serving the fixtures; never the internet. */
class RevenueFetcherTest {
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] listed = Files.readAllBytes(Fixtures.path("openapi-revenue-fixture-t187ap05_L.json"));
        server.createContext("/v1/opendata/t187ap05_L", ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, listed.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(listed);
            }
        });
        server.createContext("/v1/opendata/mopsfin_t187ap05_O", ex -> {
            ex.sendResponseHeaders(503, -1);
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/opendata";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void fetchesAndParsesTheListedTable() {
        RevenueFetcher f = new RevenueFetcher(base);
        assertThat(f.uri(Market.LISTED)).hasToString(base + "/t187ap05_L");
        byte[] body = f.fetch(Market.LISTED);
        ParsedRevenueFile p = RevenueFileParser.parse(f.uri(Market.LISTED).toString(), body);
        assertThat(p.rows()).hasSize(4);
        assertThat(p.format()).isEqualTo(RevenueFormat.OPENAPI_JSON);
    }

    @Test
    void anHttpErrorIsAClearMessage() {
        assertThatThrownBy(() -> new RevenueFetcher(base).fetch(Market.OTC)).isInstanceOf(InputException.class)
                .hasMessageContaining("HTTP 503").hasMessageContaining("mopsfin_t187ap05_O");
    }

    @Test
    void offlineIsAClearMessage() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        RevenueFetcher f = new RevenueFetcher("http://127.0.0.1:" + closedPort, Duration.ofSeconds(2), Duration.ofSeconds(2));
        assertThatThrownBy(() -> f.fetch(Market.LISTED)).isInstanceOf(InputException.class)
                .hasMessageContaining("offline");
    }

    @Test
    void officialEndpointsAndBadBaseUrl() {
        RevenueFetcher official = new RevenueFetcher(null);
        assertThat(official.uri(Market.LISTED)).hasToString("https://openapi.twse.com.tw/v1/opendata/t187ap05_L");
        assertThat(official.uri(Market.OTC)).hasToString("https://www.tpex.org.tw/openapi/v1/mopsfin_t187ap05_O");
        assertThatThrownBy(() -> new RevenueFetcher("ftp://x").uri(Market.LISTED)).isInstanceOf(InputException.class)
                .hasMessageContaining("--base-url");
    }
}
