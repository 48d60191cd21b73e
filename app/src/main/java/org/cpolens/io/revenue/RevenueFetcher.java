package org.cpolens.io.revenue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.cpolens.model.InputException;

/**
 * Downloads revenue files with java.net.http, one request at a time, never through a proxy, with a
 * pause between requests, retries with backoff on a 5xx, 429, 403, truncated body or ban page, and
 * hard bounds on bytes and on total time per download. Being offline, a trickling or oversized
 * answer, or a server that keeps refusing is a user-level condition: one line, exit 1.
 */
public final class RevenueFetcher {
    /** Words of the pages exchanges and their firewalls send instead of the file when a client asks too often. */
    static final List<String> BAN_MARKERS = List.of("FOR SECURITY REASONS", "過於頻繁", "頻繁", "封鎖", "TOO MANY REQUESTS",
            "RATE LIMIT", "BLOCKED");
    static final String USER_AGENT = "cpolens (monthly revenue history; one request every few seconds)";

    /** Waits; tests replace it so that backoff is counted, not slept. */
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    /** One answered request: 200 with its bytes, or 404 (not published / no such month). */
    public record Download(URI uri, int status, byte[] body, Instant fetchedAt) {
        public boolean found() {
            return status == 200;
        }
    }

    private final String baseUrl;
    private final FetchSettings settings;
    private final HttpClient client;
    private final Sleeper sleeper;
    private long lastRequestNanos;
    private boolean anyRequest;
    private int requests;

    /** @param baseUrl null for each market's official base URL */
    public RevenueFetcher(String baseUrl, FetchSettings settings, Sleeper sleeper) {
        this.baseUrl = baseUrl;
        this.settings = settings;
        this.sleeper = sleeper;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .proxy(HttpClient.Builder.NO_PROXY).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public RevenueFetcher(String baseUrl, FetchSettings settings) {
        this(baseUrl, settings, d -> Thread.sleep(d.toMillis()));
    }

    public RevenueFetcher(String baseUrl) {
        this(baseUrl, FetchSettings.defaults());
    }

    /** Requests sent so far, retries included. */
    public int requests() {
        return requests;
    }

    /** The OpenAPI URL a market's latest table is read from. */
    public URI uri(Market market) {
        String base = baseUrl == null ? market.defaultBaseUrl() : baseUrl;
        return checked(base, (base.endsWith("/") ? base : base + "/") + market.endpoint(), market.defaultBaseUrl());
    }

    static URI checked(String base, String s, String example) {
        try {
            URI u = new URI(s);
            if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https"))
                    || u.getHost() == null) {
                throw new URISyntaxException(s, "not an http(s) URL with a host");
            }
            return u;
        } catch (URISyntaxException e) {
            throw InputException.field("--base-url", base, "not a usable URL (" + e.getReason() + ")",
                    "e.g. " + example);
        }
    }

    /** The latest table of a market from the OpenAPI; a 404 is an error here. */
    public byte[] fetch(Market market) {
        Download d = download(uri(market));
        if (!d.found()) {
            throw new InputException(d.uri().toString(), null, null, "the server answered HTTP 404",
                    "check --base-url, or download the CSV from MOPS and run 'cpolens revenue import FILE'");
        }
        return d.body();
    }

    /**
     * One file, retried as the settings allow. Returns a 200 with its bytes or a 404; anything else
     * that persists after the retries, or cannot get better by retrying, is an {@link InputException}.
     */
    public Download download(URI u) {
        String lastProblem = null;
        for (int attempt = 0; attempt <= settings.retries(); attempt++) {
            Duration wait = settings.pause();
            if (attempt > 0) {
                Duration backoff = settings.retryWait().multipliedBy(1L << Math.min(attempt - 1, 20));
                wait = max(wait, backoff);
            }
            Answer a = attempt(u, wait);
            if (a.retryAfter != null) {
                // the next wait honours the server's Retry-After, bounded
                lastRetryAfter = min(a.retryAfter, FetchSettings.MAX_RETRY_AFTER);
            }
            switch (a.kind) {
                case OK:
                    return new Download(u, 200, a.body, a.at);
                case NOT_FOUND:
                    return new Download(u, 404, new byte[0], a.at);
                case RETRY:
                    lastProblem = a.problem;
                    continue;
                default:
                    throw new InputException(u.toString(), null, null, a.problem, a.hint);
            }
        }
        throw new InputException(u.toString(), null, null, lastProblem + ", still after " + settings.retries()
                + " retries", "the server is refusing or failing: wait an hour and run the same command again "
                + "(months already downloaded are kept), or raise --pause");
    }

    private Duration lastRetryAfter;

    private enum Kind { OK, NOT_FOUND, RETRY, STOP }

    private record Answer(Kind kind, byte[] body, Instant at, String problem, String hint, Duration retryAfter) {
        static Answer stop(String problem, String hint) {
            return new Answer(Kind.STOP, null, null, problem, hint, null);
        }

        static Answer retry(String problem, Duration retryAfter) {
            return new Answer(Kind.RETRY, null, null, problem, null, retryAfter);
        }
    }

    private Answer attempt(URI u, Duration minWait) {
        pause(minWait);
        requests++;
        HttpRequest req = HttpRequest.newBuilder(u).timeout(settings.timeout())
                .header("User-Agent", USER_AGENT).GET().build();
        Bounded body = new Bounded(settings.maxBytes());
        CompletableFuture<HttpResponse<Void>> response = client.sendAsync(req, info -> {
            body.status = info.statusCode();
            body.retryAfter = info.headers().firstValue("Retry-After").orElse(null);
            return HttpResponse.BodySubscribers.fromSubscriber(body);
        });
        long deadline = settings.timeout().toNanos();
        try {
            CompletableFuture.anyOf(body.done, response).get(deadline, TimeUnit.NANOSECONDS);
            if (response.isCompletedExceptionally() && !body.done.isDone()) {
                response.join();
            }
            byte[] bytes = body.done.get(deadline, TimeUnit.NANOSECONDS);
            return classify(u, body.status, bytes, parseRetryAfter(body.retryAfter));
        } catch (TimeoutException e) {
            response.cancel(true);
            body.cancel();
            return Answer.stop("the download took longer than " + settings.timeout().toSeconds() + " s ("
                    + body.received + " bytes received): the server is too slow or trickling",
                    "try again later, or allow more time with --timeout SECONDS");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.cancel(true);
            body.cancel();
            return Answer.stop("interrupted", "run the same command again: months already downloaded are kept");
        } catch (ExecutionException | java.util.concurrent.CompletionException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            if (c instanceof TooLarge) {
                return Answer.stop("the server sent more than " + settings.maxBytes() + " bytes: not a monthly revenue "
                        + "file (one month of one market is about 200 KB)", "check --base-url, or raise --max-bytes");
            }
            if (offline(c)) {
                return Answer.stop(offlineWhat(c) + ": are you offline?",
                        "connect and run the same command again (months already downloaded are kept), or download "
                                + "the files elsewhere and run 'cpolens revenue import FILE...'");
            }
            return Answer.retry("the download broke off (" + describe(c) + ")", null);
        }
    }

    private Answer classify(URI u, int status, byte[] bytes, Duration retryAfter) {
        Instant at = Instant.now();
        if (status == 404) {
            return new Answer(Kind.NOT_FOUND, null, at, null, null, null);
        }
        if (status == 429 || status == 403 || status >= 500) {
            return Answer.retry("the server answered HTTP " + status
                    + (status == 429 || status == 403 ? " (too many requests, or this address is blocked)" : ""), retryAfter);
        }
        if (status != 200) {
            return Answer.stop("the server answered HTTP " + status,
                    "check --base-url, or download the file and run 'cpolens revenue import FILE'");
        }
        if (looksLikeWebPage(bytes)) {
            String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
            if (BAN_MARKERS.stream().anyMatch(head::contains)) {
                return Answer.retry("the server sent its 'too many requests / blocked' page instead of the file", retryAfter);
            }
            return Answer.stop("the server sent a web page, not a revenue file",
                    "check --base-url; the monthly CSV starts with the header \"" + RevenueColumns.REPORT_DATE + "\",...");
        }
        return new Answer(Kind.OK, bytes, at, null, null, null);
    }

    static boolean looksLikeWebPage(byte[] b) {
        int i = b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
        while (i < b.length && Character.isWhitespace(b[i])) {
            i++;
        }
        return i < b.length && b[i] == '<';
    }

    private void pause(Duration minWait) {
        Duration wait = minWait;
        if (lastRetryAfter != null) {
            wait = max(wait, lastRetryAfter);
            lastRetryAfter = null;
        }
        if (anyRequest) {
            long since = System.nanoTime() - lastRequestNanos;
            Duration left = wait.minusNanos(since);
            if (!left.isNegative() && !left.isZero()) {
                try {
                    sleeper.sleep(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InputException(null, null, null, "interrupted",
                            "run the same command again: months already downloaded are kept");
                }
            }
        }
        anyRequest = true;
        lastRequestNanos = System.nanoTime();
    }

    private static Duration parseRetryAfter(String v) {
        if (v == null) {
            return null;
        }
        try {
            long s = Long.parseLong(v.trim());
            return s < 0 ? null : Duration.ofSeconds(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean offline(Throwable t) {
        for (Throwable x = t; x != null; x = x.getCause()) {
            if (x instanceof ConnectException || x instanceof HttpConnectTimeoutException
                    || x instanceof UnresolvedAddressException || x instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    private String offlineWhat(Throwable t) {
        for (Throwable x = t; x != null; x = x.getCause()) {
            if (x instanceof UnresolvedAddressException || x instanceof UnknownHostException) {
                return "cannot resolve the host name";
            }
            if (x instanceof HttpConnectTimeoutException) {
                return "connecting timed out after " + settings.connectTimeout().toSeconds() + " s";
            }
        }
        return "cannot connect";
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Collects a body up to a byte limit; past it, cancels the exchange rather than reading on. */
    private static final class Bounded implements Flow.Subscriber<List<ByteBuffer>> {
        final CompletableFuture<byte[]> done = new CompletableFuture<>();
        private final long max;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private volatile Flow.Subscription subscription;
        volatile long received;
        volatile int status;
        volatile String retryAfter;

        Bounded(long max) {
            this.max = max;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer b : buffers) {
                received += b.remaining();
                if (received > max) {
                    cancel();
                    done.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            done.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            done.complete(out.toByteArray());
        }

        void cancel() {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }
    }
}
