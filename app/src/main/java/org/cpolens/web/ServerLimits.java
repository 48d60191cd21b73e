package org.cpolens.web;

import java.util.Locale;

/**
 * How much expensive work the dashboard takes on at once. Expensive requests ({@code /api/market},
 * {@code /api/sweep-map}, {@code /api/compare} and {@code /api/fabric} of more than a million
 * endpoints) run on {@code heavyWorkers} threads; up to {@code heavyWaiting} more wait for one;
 * beyond that, or when the memory they are estimated to need would pass {@code memoryBudgetBytes},
 * the answer is HTTP 503 with Retry-After. Cheap requests (the page, scenarios, catalog, small
 * comparisons) never wait behind them.
 *
 * @param heavyWorkers      expensive requests computed at the same time
 * @param heavyWaiting      expensive requests admitted to wait for a worker
 * @param memoryBudgetBytes the sum of the estimated working memory of every admitted request;
 *                          one request above it is refused with 400 (it could never run)
 */
public record ServerLimits(int heavyWorkers, int heavyWaiting, long memoryBudgetBytes) {
    public ServerLimits {
        if (heavyWorkers < 1 || heavyWaiting < 0 || memoryBudgetBytes < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "limits must be positive: %d workers, %d waiting, %d bytes", heavyWorkers, heavyWaiting, memoryBudgetBytes));
        }
    }

    /**
     * For this machine and heap: one worker per core but one (at least one, at most four), so a
     * core stays free for cheap requests; four waiting per worker; half the heap for the admitted
     * requests, the other half for the server, cheap requests and the collector's headroom.
     */
    public static ServerLimits forThisMachine() {
        int cores = Runtime.getRuntime().availableProcessors();
        int workers = Math.max(1, Math.min(4, cores - 1));
        return new ServerLimits(workers, 4 * workers, Runtime.getRuntime().maxMemory() / 2);
    }

    /** "1 worker, 4 waiting, 3,014 MiB of working memory": for the startup line. */
    public String describe() {
        return String.format(Locale.ROOT, "%d expensive request(s) at a time, %d waiting, %,d MiB of working memory",
                heavyWorkers, heavyWaiting, memoryBudgetBytes / (1024 * 1024));
    }
}
