package org.cpolens.io.revenue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import org.cpolens.model.InputException;

/**
 * Downloads the latest monthly revenue table from the TWSE / TPEx OpenAPI with java.net.http.
 * The base URL can be replaced (tests point it at a loopback server; users at a mirror).
 * Being offline is a user-level condition: a one-line message, exit 1.
 */
public final class RevenueFetcher {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final String baseUrl;
    private final HttpClient client;
    private final Duration requestTimeout;

    /** @param baseUrl null for each market's official base URL */
    public RevenueFetcher(String baseUrl, Duration connectTimeout, Duration requestTimeout) {
        this.baseUrl = baseUrl;
        this.requestTimeout = requestTimeout;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public RevenueFetcher(String baseUrl) {
        this(baseUrl, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    /** The URL a market is read from. */
    public URI uri(Market market) {
        String base = baseUrl == null ? market.defaultBaseUrl() : baseUrl;
        String s = (base.endsWith("/") ? base : base + "/") + market.endpoint();
        try {
            URI u = new URI(s);
            if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https"))
                    || u.getHost() == null) {
                throw new URISyntaxException(s, "not an http(s) URL with a host");
            }
            return u;
        } catch (URISyntaxException e) {
            throw InputException.field("--base-url", base, "not a usable URL: " + e.getReason(),
                    "e.g. " + market.defaultBaseUrl());
        }
    }

    /** Downloads the raw bytes; the caller parses them like any imported file. */
    public byte[] fetch(Market market) {
        URI u = uri(market);
        HttpRequest req = HttpRequest.newBuilder(u).timeout(requestTimeout).header("Accept", "application/json")
                .header("User-Agent", "cpolens (https://github.com/cpolens)").GET().build();
        HttpResponse<byte[]> resp;
        try {
            resp = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException e) {
            throw offline(u, "connecting timed out after " + DEFAULT_CONNECT_TIMEOUT.toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            throw offline(u, "no answer within " + requestTimeout.toSeconds() + " s");
        } catch (ConnectException e) {
            throw offline(u, "cannot connect" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        } catch (IOException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            if (root instanceof UnresolvedAddressException || root instanceof java.net.UnknownHostException) {
                throw offline(u, "cannot resolve the host name");
            }
            throw offline(u, "network error: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw offline(u, "interrupted");
        }
        if (resp.statusCode() != 200) {
            throw new InputException(u.toString(), null, null, "the server answered HTTP " + resp.statusCode(),
                    "try again later, or download the CSV from MOPS and run 'cpolens revenue import FILE'");
        }
        return resp.body();
    }

    private static InputException offline(URI u, String what) {
        return new InputException(u.toString(), null, null, what + ": are you offline?",
                "connect and retry, or download the file elsewhere and run 'cpolens revenue import FILE'");
    }
}
