package org.cpolens.io.revenue;

import java.time.Duration;

/**
 * How politely and how far a download may go. Requests are never parallel and never go through a
 * proxy; between two requests the fetcher waits {@code pause}; a 5xx, 429, truncated body or ban
 * page is retried up to {@code retries} times, waiting {@code retryWait} x 2^(attempt-1) (or the
 * server's Retry-After, up to {@link #MAX_RETRY_AFTER}); one download may not exceed {@code maxBytes}
 * nor take longer than {@code timeout} from connecting to the last byte (a trickling server is cut off).
 */
public record FetchSettings(Duration pause, int retries, Duration retryWait, long maxBytes, Duration timeout,
                            Duration connectTimeout) {
    /** Community reports: TWSE bans above ~3 requests per 5 s; one every 3 s stays well below. */
    public static final Duration DEFAULT_PAUSE = Duration.ofSeconds(3);
    public static final int DEFAULT_RETRIES = 4;
    public static final Duration DEFAULT_RETRY_WAIT = Duration.ofSeconds(10);
    /** One month of one market is ~200 KB; 64 MiB is far above any real file and far below harm. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(10);

    public FetchSettings {
        if (pause.isNegative() || retryWait.isNegative()) {
            throw new IllegalArgumentException("negative wait");
        }
        if (retries < 0 || maxBytes < 1 || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("retries >= 0, maxBytes >= 1, timeout > 0");
        }
    }

    public static FetchSettings defaults() {
        return new FetchSettings(DEFAULT_PAUSE, DEFAULT_RETRIES, DEFAULT_RETRY_WAIT, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT,
                DEFAULT_CONNECT_TIMEOUT);
    }
}
