package org.cpolens.io.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.cpolens.io.revenue.LoopbackMops.Act;
import org.cpolens.model.InputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against loopback servers; never the internet. Waits are recorded, not slept. */
class RevenueFetcherTest {
    static final FetchSettings FAST = new FetchSettings(Duration.ofSeconds(3), 2, Duration.ofSeconds(10), 1 << 20,
            Duration.ofSeconds(3), Duration.ofSeconds(2));

    private HttpServer server;
    private String base;
    private LoopbackMops mops;
    private final List<Duration> waits = new ArrayList<>();

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
            ex.sendResponseHeaders(400, -1);
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/opendata";
        mops = new LoopbackMops().withLiveFixtures(Fixtures.path("live"));
    }

    @AfterEach
    void stop() {
        server.stop(0);
        mops.close();
    }

    private RevenueFetcher fetcher(FetchSettings s) {
        return new RevenueFetcher(null, s, waits::add);
    }

    private URI jan(Market m) {
        return HistoryFetch.uri(mops.base(), m, YearMonth.of(2025, 1));
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
    void anHttpErrorThatRetryingCannotMendIsAClearMessage() {
        assertThatThrownBy(() -> new RevenueFetcher(base).fetch(Market.OTC)).isInstanceOf(InputException.class)
                .hasMessageContaining("HTTP 400").hasMessageContaining("mopsfin_t187ap05_O");
    }

    @Test
    void offlineIsAClearMessageWithoutRetries() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        RevenueFetcher f = new RevenueFetcher("http://127.0.0.1:" + closedPort, FAST, waits::add);
        assertThatThrownBy(() -> f.fetch(Market.LISTED)).isInstanceOf(InputException.class)
                .hasMessageContaining("offline").hasMessageContaining("downloaded are kept");
        assertThat(f.requests()).isEqualTo(1);
    }

    @Test
    void officialEndpointsAndBadBaseUrl() {
        RevenueFetcher official = new RevenueFetcher(null);
        assertThat(official.uri(Market.LISTED)).hasToString("https://openapi.twse.com.tw/v1/opendata/t187ap05_L");
        assertThat(official.uri(Market.OTC)).hasToString("https://www.tpex.org.tw/openapi/v1/mopsfin_t187ap05_O");
        assertThat(HistoryFetch.uri(null, Market.OTC, YearMonth.of(2025, 3))).hasToString(
                "https://mopsov.twse.com.tw/server-java/FileDownLoad?step=9&functionName=show_file2&filePath=%2Ft21%2Fotc%2F"
                        + "&fileName=t21sc03_114_3.csv");
        assertThatThrownBy(() -> new RevenueFetcher("ftp://x").uri(Market.LISTED)).isInstanceOf(InputException.class)
                .hasMessageContaining("--base-url");
    }

    @Test
    void rateLimitsServerErrorsBanPagesAndTruncatedBodiesAreRetriedWithBackoff() {
        mops.script("sii", "t21sc03_114_1.csv", Act.RATE_LIMITED, Act.UNAVAILABLE);
        RevenueFetcher f = fetcher(FAST);
        RevenueFetcher.Download d = f.download(jan(Market.LISTED));
        assertThat(d.found()).isTrue();
        assertThat(RevenueFileParser.parse("x", d.body()).rows()).isNotEmpty();
        assertThat(mops.requests("sii", "t21sc03_114_1.csv")).isEqualTo(3);
        // a pause before each request after the first, the backoff doubling: 10 s then 20 s
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(10));
        assertThat(waits.get(1)).isBetween(Duration.ofSeconds(19), Duration.ofSeconds(20));

        mops.script("otc", "t21sc03_114_1.csv", Act.BAN_PAGE, Act.TRUNCATED);
        assertThat(f.download(jan(Market.OTC)).found()).isTrue();
        assertThat(mops.requests("otc", "t21sc03_114_1.csv")).isEqualTo(3);
    }

    @Test
    void aServerThatKeepsRefusingStopsWithAClearMessage() {
        mops.script("sii", "t21sc03_114_1.csv", Act.BAN_PAGE, Act.BAN_PAGE, Act.BAN_PAGE, Act.BAN_PAGE);
        assertThatThrownBy(() -> fetcher(FAST).download(jan(Market.LISTED))).isInstanceOf(InputException.class)
                .hasMessageContaining("blocked").hasMessageContaining("after 2 retries")
                .hasMessageContaining("downloaded are kept");
        assertThat(mops.requests("sii", "t21sc03_114_1.csv")).isEqualTo(3);
    }

    @Test
    void aMissingMonthIsA404NotAnError() {
        RevenueFetcher.Download d = fetcher(FAST).download(HistoryFetch.uri(mops.base(), Market.LISTED, YearMonth.of(2020, 1)));
        assertThat(d.found()).isFalse();
        assertThat(d.status()).isEqualTo(404);
    }

    @Test
    void aTrickleIsCutOffAtTheTimeAndAnEndlessBodyAtTheByteLimit() {
        mops.script("sii", "t21sc03_114_1.csv", Act.TRICKLE);
        FetchSettings oneSecond = new FetchSettings(Duration.ZERO, 2, Duration.ZERO, 1 << 20, Duration.ofSeconds(1),
                Duration.ofSeconds(2));
        long start = System.nanoTime();
        assertThatThrownBy(() -> fetcher(oneSecond).download(jan(Market.LISTED))).isInstanceOf(InputException.class)
                .hasMessageContaining("longer than 1 s").hasMessageContaining("--timeout");
        // cut at the deadline, not after the 30 s the server would trickle for
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        mops.script("otc", "t21sc03_114_1.csv", Act.ENDLESS);
        assertThatThrownBy(() -> fetcher(FAST).download(jan(Market.OTC))).isInstanceOf(InputException.class)
                .hasMessageContaining("more than 1048576 bytes").hasMessageContaining("--max-bytes");
        assertThat(mops.requests("otc", "t21sc03_114_1.csv")).isEqualTo(1);
    }
}
