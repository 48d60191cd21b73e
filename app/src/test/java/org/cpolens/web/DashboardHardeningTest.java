package org.cpolens.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpolens.io.Catalogs;
import org.cpolens.report.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dashboard's limits over HTTP: 405 with Allow for a wrong method, the Host allow-list, a
 * JSON body on every error (Jetty's own included), 503 with Retry-After when the expensive lane
 * is full, 400 for a request larger than the whole memory budget, and a waiting request dropped
 * when its client hangs up. The waits only guard against hangs; nothing is timed.
 */
@Timeout(120)
class DashboardHardeningTest {
    private static final Catalogs CATALOG = Catalogs.bundled();
    private static final long MB = 1024 * 1024;

    private final List<DashboardServer> servers = new ArrayList<>();
    private final ExecutorService background = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        background.shutdownNow();
        servers.forEach(DashboardServer::close);
    }

    private DashboardServer server(ServerLimits limits) {
        DashboardServer s = DashboardServer.start("127.0.0.1", 0, CATALOG, limits);
        servers.add(s);
        return s;
    }

    private DashboardServer server() {
        return server(ServerLimits.forThisMachine());
    }

    private static JsonNode json(RawHttp r) throws Exception {
        assertThat(r.headers().get("content-type")).as("content type of %s", r).startsWith("application/json");
        JsonNode j = Json.MAPPER.readTree(r.body());
        assertThat(j.get("error").asText()).as("error of %s", r.body()).isNotBlank();
        assertThat(j.has("field") && j.has("value") && j.has("hint")).as(r.body()).isTrue();
        return j;
    }

    private static void await(DashboardServer s, Predicate<RequestGate.Stats> done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!done.test(s.gate().stats())) {
            assertThat(System.nanoTime()).as("never reached; stats %s", s.gate().stats()).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    /** Holds the server's only worker until {@code release} opens. */
    private Future<Object> occupy(DashboardServer s, long cost, CountDownLatch release) throws InterruptedException {
        Future<Object> f = background.submit(() -> s.gate().run(cost, () -> {
            release.await();
            return "held";
        }, () -> false));
        await(s, st -> st.running() == 1);
        return f;
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"POST,/api/compare", "PUT,/", "DELETE,/api/market", "PATCH,/assets/dashboard.js", "OPTIONS,/api/catalog",
            "POST,/api/sweep-map"})
    void aWrongMethodOnAKnownPathIs405WithAllow(String method, String path) throws Exception {
        DashboardServer s = server();
        RawHttp r = RawHttp.request(s.port(), method, path);
        assertThat(r.status()).as(r.body()).isEqualTo(405);
        assertThat(r.headers().get("allow")).isEqualTo("GET, HEAD");
        JsonNode j = json(r);
        assertThat(j.get("field").asText()).isEqualTo("method");
        assertThat(j.get("value").asText()).isEqualTo(method);
        assertThat(s.gate().stats().started()).as("no work done").isZero();
    }

    @Test
    void unknownPathsAre404InJsonAndHeadWorks() throws Exception {
        DashboardServer s = server();
        RawHttp page = RawHttp.request(s.port(), "POST", "/no/such/page");
        assertThat(page.status()).isEqualTo(404);
        assertThat(json(page).get("value").asText()).isEqualTo("/no/such/page");
        RawHttp api = RawHttp.get(s.port(), "/api/compar", "127.0.0.1:" + s.port());
        assertThat(api.status()).isEqualTo(404);
        assertThat(json(api).get("hint").asText()).contains("/api/compare");
        assertThat(RawHttp.request(s.port(), "HEAD", "/api/catalog").status()).isEqualTo(200);
    }

    /** A page on another site that points its name at 127.0.0.1 still sends its own name as Host. */
    @ParameterizedTest(name = "Host {0} -> {1}")
    @CsvSource(delimiter = '|', value = {"evil.example:PORT|403", "evil.example|403", "localhost:PORT|200",
            "127.0.0.1:PORT|200", "[::1]:PORT|200", "127.0.0.1:1|403"})
    void onlyLocalHostNamesAreAnswered(String host, int status) throws Exception {
        DashboardServer s = server();
        String h = host.replace("PORT", String.valueOf(s.port()));
        for (String path : List.of("/", "/api/scenarios", "/api/market?trials=10")) {
            RawHttp r = RawHttp.get(s.port(), path, h);
            assertThat(r.status()).as("%s %s", path, r.body()).isEqualTo(status);
            if (status == 403) {
                JsonNode j = json(r);
                assertThat(j.get("field").asText()).isEqualTo("Host");
                assertThat(j.get("value").asText()).isEqualTo(h);
                assertThat(j.get("hint").asText()).contains("--host");
            }
        }
        assertThat(s.acceptsAnyHost()).isFalse();
        if (status == 403) {
            assertThat(s.gate().stats().started()).as("refused before any work").isZero();
        }
    }

    @Test
    void http10WithoutHostIsAnswered() throws Exception {
        DashboardServer s = server();
        assertThat(RawHttp.send(s.port(), "GET /api/catalog HTTP/1.0").status()).isEqualTo(200);
    }

    /** Errors Jetty raises before the API sees the request used to come as HTML. */
    @Test
    void jettysOwnErrorsAreJson() throws Exception {
        DashboardServer s = server();
        RawHttp big = RawHttp.send(s.port(), "GET /api/catalog HTTP/1.1\r\nHost: 127.0.0.1:" + s.port() + "\r\nX-Big: "
                + "a".repeat(20_000));
        assertThat(big.status()).isEqualTo(431);
        assertThat(json(big).get("hint").asText()).contains("shorter");
        RawHttp garbage = RawHttp.send(s.port(), "GARBAGE");
        assertThat(garbage.status()).isEqualTo(400);
        json(garbage);
    }

    /**
     * An Error that escapes a handler (an OutOfMemoryError) reaches Jetty's error handler, which used
     * to answer 500 with an empty body; in admitted work the gate turns it into an exception the API
     * answers in JSON (RequestGateTest). Here, the body Jetty's handler writes for it.
     */
    @Test
    void anInternalErrorsBodyIsJsonNamingIt() throws Exception {
        JsonNode j = Json.MAPPER.readTree(JsonErrorHandler.body(500, "java.lang.OutOfMemoryError: Java heap space"));
        assertThat(j.get("error").asText()).isEqualTo("internal error: java.lang.OutOfMemoryError: Java heap space");
        assertThat(j.get("hint").asText()).isEqualTo("please report it");
        assertThat(Json.MAPPER.readTree(JsonErrorHandler.body(400, null)).get("error").asText()).isEqualTo("Bad Request");
    }

    /**
     * With the one worker busy and no waiting place, expensive requests get 503 with Retry-After at
     * once while cheap ones answer; once the worker is free they run.
     */
    @Test
    void aFullLaneIs503WithRetryAfterAndCheapRequestsStillAnswer() throws Exception {
        DashboardServer s = server(new ServerLimits(1, 0, 1024 * MB));
        CountDownLatch release = new CountDownLatch(1);
        Future<Object> held = occupy(s, MB, release);
        String host = "127.0.0.1:" + s.port();
        for (String heavy : List.of("/api/market?trials=1000", "/api/sweep-map", "/api/compare?endpoints=2000000&switch="
                + "spectrum-x-photonics-512x800g", "/api/fabric?endpoints=2000000&radix=512")) {
            RawHttp r = RawHttp.get(s.port(), heavy, host);
            assertThat(r.status()).as("%s: %s", heavy, r.body()).isEqualTo(503);
            assertThat(Integer.parseInt(r.headers().get("retry-after"))).isBetween(1, 60);
            JsonNode j = json(r);
            assertThat(j.get("error").asText()).startsWith("busy: 1 expensive requests are running or waiting");
            assertThat(j.get("hint").asText()).startsWith("retry after " + r.headers().get("retry-after") + " s");
        }
        for (String cheap : List.of("/", "/api/scenarios", "/api/catalog", "/api/compare", "/api/fabric?endpoints=8192&radix=64")) {
            assertThat(RawHttp.get(s.port(), cheap, host).status()).as(cheap).isEqualTo(200);
        }
        assertThat(s.gate().stats().refusedBusy()).isEqualTo(4);
        release.countDown();
        held.get();
        assertThat(RawHttp.get(s.port(), "/api/market?trials=1000", host).status()).isEqualTo(200);
    }

    /** Memory promised to a running request is not promised again: the next one is 503 though a worker is free. */
    @Test
    void theMemoryBudgetIsSharedByTheAdmittedRequests() throws Exception {
        DashboardServer s = server(new ServerLimits(2, 2, 200 * MB));
        CountDownLatch release = new CountDownLatch(1);
        Future<Object> held = occupy(s, 150 * MB, release);
        String host = "127.0.0.1:" + s.port();
        RawHttp r = RawHttp.get(s.port(), "/api/market?trials=1000000", host); // estimated at 101 MiB
        assertThat(r.status()).as(r.body()).isEqualTo(503);
        assertThat(json(r).get("error").asText()).contains("working memory");
        assertThat(RawHttp.get(s.port(), "/api/market?trials=100000", host).status()).as("about 12 MiB fits").isEqualTo(200);
        release.countDown();
        held.get();
        assertThat(s.gate().stats().peakReservedBytes()).isLessThanOrEqualTo(200 * MB);
    }

    /** One request that alone needs more than the budget could never run: 400 naming the most trials that fit, which then runs. */
    @Test
    void aRequestAboveTheWholeBudgetIs400WithTheMostThatFits() throws Exception {
        DashboardServer s = server(new ServerLimits(1, 1, 64 * MB));
        String host = "127.0.0.1:" + s.port();
        RawHttp r = RawHttp.get(s.port(), "/api/market?trials=1000000", host);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        JsonNode j = json(r);
        assertThat(j.get("field").asText()).isEqualTo("trials");
        assertThat(j.get("value").asText()).isEqualTo("1000000");
        assertThat(j.get("error").asText()).contains("more than the about 64 MiB this server gives one request");
        Matcher m = Pattern.compile("at most (\\d+) trials").matcher(j.get("hint").asText());
        assertThat(m.find()).as(j.get("hint").asText()).isTrue();
        long most = Long.parseLong(m.group(1));
        assertThat(RawHttp.get(s.port(), "/api/market?trials=" + most, host).status()).isEqualTo(200);
        assertThat(RawHttp.get(s.port(), "/api/market?trials=" + (most + 1), host).status()).isEqualTo(400);
    }

    /** A request waiting for the worker whose client hangs up is dropped: it never runs, its place is given back. */
    @Test
    void aWaitingRequestIsDroppedWhenItsClientHangsUp() throws Exception {
        DashboardServer s = server(new ServerLimits(1, 2, 1024 * MB));
        CountDownLatch release = new CountDownLatch(1);
        Future<Object> held = occupy(s, MB, release);
        RawHttp.sendAndHangUp(s.port(), "/api/market?trials=1000000");
        await(s, st -> st.cancelledWaiting() == 1);
        assertThat(s.gate().stats().waiting()).isZero();
        release.countDown();
        held.get();
        await(s, st -> st.running() == 0);
        assertThat(s.gate().stats().started()).as("only the held work ever ran").isEqualTo(1);
        assertThat(RawHttp.get(s.port(), "/api/scenarios", "localhost:" + s.port()).status()).isEqualTo(200);
    }

    /** The market request hands the Monte Carlo its worker's stop signal: an interrupted worker stops at the first chunk. */
    @Test
    void theMarketRequestStopsWhenItsWorkerIsInterrupted() {
        DashboardServer s = server(new ServerLimits(1, 0, 1024 * MB));
        assertThatThrownBy(() -> s.gate().run(MB, () -> {
            Thread.currentThread().interrupt(); // as the gate does when the client leaves
            return MarketRequest.run(Map.of("trials", "1000000"), CATALOG);
        }, () -> false)).isInstanceOf(CancellationException.class);
    }
}
