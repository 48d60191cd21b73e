package org.cpolens.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpolens.cli.ChildJvm;
import org.cpolens.report.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory cap, against a real heap: {@code cpolens serve} in a JVM of 256 MiB that exits on the
 * first OutOfMemoryError. A burst of 40 requests each within the documented limits (a million
 * Monte Carlo trials is estimated at 101 MiB; three at once need more than the whole heap) used to
 * exhaust the heap and answer 500 with an empty body; now every request gets 200 or a JSON 503,
 * the server stays up, and the largest request still runs afterwards.
 */
class DashboardHeapCapTest {
    /** The stated cap: the server's whole heap. */
    static final String HEAP = "-Xmx256m";

    @TempDir
    Path dir;

    @Test
    @Timeout(300)
    void aBurstOfValidRequestsNeverExhaustsA256MiBHeap() throws Exception {
        Path err = dir.resolve("server-stderr.txt");
        Process server = new ProcessBuilder(ChildJvm.command(List.of(HEAP, "-XX:+ExitOnOutOfMemoryError"),
                "serve", "--port", "0"))
                .directory(dir.toFile()).redirectError(err.toFile()).start();
        try {
            // read on a thread of its own: a blocked readLine would not heed the test's timeout
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String l = out.readLine(); l != null; l = out.readLine()) {
                        lines.add(l);
                    }
                } catch (IOException e) {
                    // the server has gone; the assertions below say so
                }
            }, "server-stdout");
            reader.setDaemon(true);
            reader.start();
            String first = lines.poll(120, TimeUnit.SECONDS);
            Matcher url = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(String.valueOf(first));
            assertThat(url.find()).as("server did not start: %s; stderr: %s", first, Files.readString(err)).isTrue();
            int port = Integer.parseInt(url.group(1));
            // the budget it states is half its heap, at most 128 MiB of the 256
            Matcher limits = Pattern.compile("limits: (\\d+) expensive request\\(s\\) at a time, (\\d+) waiting, ([0-9,]+) MiB")
                    .matcher(String.valueOf(lines.poll(30, TimeUnit.SECONDS)));
            assertThat(limits.find()).as("the limits line").isTrue();
            assertThat(Long.parseLong(limits.group(3).replace(",", ""))).isBetween(100L, 128L);
            assertThat(lines.poll(30, TimeUnit.SECONDS)).startsWith("answers requests addressed to this machine only");
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

            List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String u = i % 4 == 3 ? "/api/sweep-map?steps=60&endpointsSteps=60&endpointsTo=10000000"
                        : "/api/market?trials=1000000&seed=" + i;
                burst.add(http.sendAsync(get(base + u), HttpResponse.BodyHandlers.ofString()));
            }
            for (int i = 0; i < 10; i++) {
                HttpResponse<String> cheap = http.send(get(base + "/api/scenarios"), HttpResponse.BodyHandlers.ofString());
                assertThat(cheap.statusCode()).isEqualTo(200);
            }
            int ok = 0;
            for (CompletableFuture<HttpResponse<String>> f : burst) {
                HttpResponse<String> r = f.get(240, TimeUnit.SECONDS);
                assertThat(r.statusCode()).as("%s; server stderr: %s", r.body(), Files.readString(err)).isIn(200, 503);
                JsonNode j = Json.MAPPER.readTree(r.body());
                if (r.statusCode() == 200) {
                    ok++;
                } else {
                    assertThat(j.get("error").asText()).startsWith("busy: ");
                }
            }
            assertThat(ok).isPositive();
            assertThat(server.isAlive()).as("no OutOfMemoryError; stderr: %s", Files.readString(err)).isTrue();
            HttpResponse<String> after = http.send(get(base + "/api/market?trials=1000000&seed=1"), HttpResponse.BodyHandlers.ofString());
            assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
            assertThat(Files.readString(err)).doesNotContain("OutOfMemoryError");
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(240)).GET().build();
    }
}
