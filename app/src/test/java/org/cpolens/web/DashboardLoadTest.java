package org.cpolens.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.cpolens.io.Catalogs;
import org.cpolens.report.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A bounded loopback load test, counted, not timed: a burst of expensive requests (each within the
 * documented limits) against a server with one worker, three waiting places and a 512 MiB budget.
 * Cheap requests sent during the burst answer while expensive work is still running; every
 * expensive request gets 200 or a well-formed 503; none gets 500; the memory promised to admitted
 * requests never passes the budget. (DashboardHeapCapTest runs a burst against a real 256 MiB heap.)
 */
class DashboardLoadTest {
    private static final long MB = 1024 * 1024;
    private static final int BURST = 30;
    private static final int CHEAP = 20;

    @Test
    @Timeout(300)
    void cheapRequestsAnswerDuringAHeavyBurstAndNothingFails() throws Exception {
        ServerLimits limits = new ServerLimits(1, 3, 512 * MB);
        try (DashboardServer server = DashboardServer.start("127.0.0.1", 0, Catalogs.bundled(), limits)) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String base = "http://127.0.0.1:" + server.port();
            SplittableRandom rng = new SplittableRandom(20261201L);
            List<String> heavyUrls = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                heavyUrls.add(switch (rng.nextInt(4)) {
                    case 0 -> "/api/market?trials=1000000&seed=" + i;
                    case 1 -> "/api/market?trials=" + (100_000 + rng.nextInt(400_000)) + "&seed=" + i;
                    case 2 -> "/api/sweep-map?steps=60&endpointsSteps=60&endpointsTo=10000000&switch=spectrum-x-photonics-512x800g";
                    default -> "/api/compare?endpoints=" + (2_000_000 + rng.nextInt(8_000_000)) + "&switch=spectrum-x-photonics-512x800g";
                });
            }
            List<CompletableFuture<HttpResponse<String>>> heavy = new ArrayList<>();
            for (String u : heavyUrls) {
                heavy.add(http.sendAsync(get(base + u), HttpResponse.BodyHandlers.ofString()));
            }
            // wait (bounded) until the burst has reached the worker
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (server.gate().stats().running() == 0 && !heavy.stream().allMatch(CompletableFuture::isDone)) {
                assertThat(System.nanoTime()).as("the burst never reached the worker").isLessThan(deadline);
                Thread.sleep(1);
            }

            List<String> cheapUrls = List.of("/api/scenarios", "/api/catalog", "/api/compare", "/api/fabric?endpoints=8192&radix=64",
                    "/");
            int answeredWhileBusy = 0;
            for (int i = 0; i < CHEAP; i++) {
                String u = cheapUrls.get(i % cheapUrls.size());
                HttpResponse<String> r = http.send(get(base + u), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as("%s: %s", u, r.body()).isEqualTo(200);
                if (server.gate().stats().running() > 0) {
                    answeredWhileBusy++;
                }
            }
            assertThat(answeredWhileBusy).as("cheap requests answered while expensive work was running").isPositive();

            int ok = 0;
            int busy = 0;
            for (int i = 0; i < heavy.size(); i++) {
                HttpResponse<String> r = heavy.get(i).get(240, TimeUnit.SECONDS);
                assertThat(r.statusCode()).as("%s: %s", heavyUrls.get(i), r.body()).isIn(200, 503);
                JsonNode j = Json.MAPPER.readTree(r.body());
                if (r.statusCode() == 503) {
                    busy++;
                    assertThat(r.headers().firstValue("retry-after")).isPresent();
                    assertThat(j.get("error").asText()).startsWith("busy: ");
                } else {
                    ok++;
                    assertThat(j.isObject()).isTrue();
                }
            }
            RequestGate.Stats s = server.gate().stats();
            assertThat(ok).as("some of the burst ran").isPositive();
            assertThat(busy).as("the rest was refused, not queued without bound").isPositive();
            assertThat(ok + busy).isEqualTo(BURST);
            assertThat(s.refusedBusy()).isEqualTo(busy);
            assertThat(s.completed()).isEqualTo(ok);
            assertThat(s.peakAdmitted()).isLessThanOrEqualTo(limits.heavyWorkers() + limits.heavyWaiting());
            assertThat(s.peakReservedBytes()).isLessThanOrEqualTo(limits.memoryBudgetBytes());
            assertThat(s.running() + s.waiting()).isZero();
        }
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(240)).GET().build();
    }
}
