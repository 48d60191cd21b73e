package org.cpolens.io.revenue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback stand-in for MOPS's archive route ({@code /server-java/FileDownLoad?...filePath=/t21/sii/
 * &fileName=t21sc03_114_1.csv}): it serves the live-shape fixtures by market and month, and can be told
 * to answer a given file with a script of misbehaviours first (404, 429, 503, a truncated body, the
 * ban page, a trickle, an endless body). It counts the requests per file. Loopback only.
 */
public final class LoopbackMops implements AutoCloseable {
    /** What the server does for one request. */
    public enum Act { SERVE, NOT_FOUND, RATE_LIMITED, UNAVAILABLE, TRUNCATED, BAN_PAGE, TRICKLE, ENDLESS }

    static final String BAN_PAGE = "<html><head><title>MOPS</title></head><body><h3>FOR SECURITY REASONS, THIS PAGE "
            + "CAN NOT BE ACCESSED!</h3><p>查詢過於頻繁，請稍後再試。</p></body></html>";

    private final HttpServer server;
    private final Map<String, byte[]> files = new HashMap<>();
    private final Map<String, Deque<Act>> scripts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    public LoopbackMops() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/server-java/FileDownLoad", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    /** Serves every live fixture {@code t21sc03_<roc>_<m>_<sii|otc>.csv} under its archive name. */
    public LoopbackMops withLiveFixtures(Path folder) throws IOException {
        try (var s = Files.list(folder)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.matches("t21sc03_\\d+_\\d+_(sii|otc)\\.csv")) {
                    String market = n.substring(n.lastIndexOf('_') + 1, n.length() - 4);
                    String file = n.substring(0, n.lastIndexOf('_')) + ".csv";
                    files.put(market + "/" + file, Files.readAllBytes(p));
                }
            }
        }
        return this;
    }

    /** The next requests for {@code market}/{@code file} get these acts first, then the file. */
    public void script(String market, String file, Act... acts) {
        scripts.put(market + "/" + file, new ArrayDeque<>(List.of(acts)));
    }

    public int requests(String market, String file) {
        AtomicInteger n = counts.get(market + "/" + file);
        return n == null ? 0 : n.get();
    }

    public int requests() {
        return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        Map<String, String> q = new HashMap<>();
        for (String kv : ex.getRequestURI().getRawQuery().split("&")) {
            int i = kv.indexOf('=');
            q.put(kv.substring(0, i), URLDecoder.decode(kv.substring(i + 1), StandardCharsets.UTF_8));
        }
        String market = q.getOrDefault("filePath", "").replace("/t21/", "").replace("/", "");
        String key = market + "/" + q.get("fileName");
        counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        Deque<Act> script = scripts.get(key);
        Act act = script == null || script.isEmpty() ? Act.SERVE : script.poll();
        byte[] body = files.get(key);
        try (ex) {
            switch (act) {
                case NOT_FOUND -> ex.sendResponseHeaders(404, -1);
                case RATE_LIMITED -> {
                    ex.getResponseHeaders().add("Retry-After", "0");
                    ex.sendResponseHeaders(429, -1);
                }
                case UNAVAILABLE -> ex.sendResponseHeaders(503, -1);
                case BAN_PAGE -> send(ex, 200, BAN_PAGE.getBytes(StandardCharsets.UTF_8));
                case TRUNCATED -> {
                    // promise the whole file, send half, and hang up
                    ex.sendResponseHeaders(200, body.length);
                    OutputStream o = ex.getResponseBody();
                    o.write(body, 0, body.length / 2);
                    o.flush();
                }
                case TRICKLE -> {
                    ex.sendResponseHeaders(200, 0);
                    OutputStream o = ex.getResponseBody();
                    for (int i = 0; i < 30; i++) {
                        o.write('x');
                        o.flush();
                        Thread.sleep(1000);
                    }
                }
                case ENDLESS -> {
                    ex.sendResponseHeaders(200, 0);
                    OutputStream o = ex.getResponseBody();
                    byte[] chunk = new byte[64 * 1024];
                    java.util.Arrays.fill(chunk, (byte) 'x');
                    for (int i = 0; i < 4096; i++) {
                        o.write(chunk);
                    }
                }
                default -> {
                    if (body == null) {
                        ex.sendResponseHeaders(404, -1);
                    } else {
                        ex.getResponseHeaders().add("Content-Type", "text/plain");
                        send(ex, 200, body);
                    }
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client hung up (a trickle or endless body cut off): nothing more to send
        }
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
