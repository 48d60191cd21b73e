package org.cpolens.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cpolens.io.Catalogs;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.model.market.MonteCarlo;

/**
 * The working memory an expensive request is estimated to need, read from its parameters before
 * any work, for {@link RequestGate}'s admission. Parameters that do not parse get the default's
 * estimate: the request then fails validation at once, costing nothing.
 *
 * @param bytes        the estimate
 * @param field        the parameter that drives it, for the message when it alone is too large
 * @param value        the parameter's value as sent
 * @param bytesPerUnit bytes per unit of {@code field} (per trial), or 0 when it does not scale so
 */
record RequestCost(long bytes, String field, String value, long bytesPerUnit) {
    /** The heap a request holds besides its arrays: scenario, fabric, JSON answer. */
    static final long BASE_BYTES = 2L * 1024 * 1024;
    /** The largest map (60 x 60 cells) is estimated at 16 MiB; measured, the whole JVM ran it in a 16 MiB heap, not in 8. */
    static final long MAP_BYTES_PER_CELL = 4 * 1024;
    /** A comparison or fabric of millions of endpoints: counts per tier only, a few MiB at most. */
    static final long BIG_FABRIC_BYTES = 8L * 1024 * 1024;
    /** Above this many endpoints a comparison or fabric goes through the gate: the search then takes tens of ms. */
    static final long BIG_ENDPOINTS = 1_000_000;

    /** Years and default trials of a bundled scenario's market: what its requests' cost depends on. */
    private record MarketShape(int years, int defaultTrials) {
    }

    private static final Map<String, MarketShape> SHAPES = new ConcurrentHashMap<>();

    /**
     * {@code /api/market}: the Monte Carlo keeps revenue and ports for every trial and year
     * (2 x years x trials doubles) and copies a year's row to take its percentiles; with the
     * collector's slack, (2 x years + 3) x trials x 8 bytes. A 1,000,000-trial run of a 5-year
     * scenario is estimated at 101 MiB with the base; measured, the whole JVM ran it in a 110 MiB
     * heap and not in 100 MiB.
     */
    static RequestCost market(Map<String, String> params, Catalogs catalogs) {
        String scenario = params.getOrDefault("scenario", ScenarioLoader.DEFAULT_SCENARIO);
        // only bundled names are remembered: a client's made-up names must not grow the map
        MarketShape shape = CompareRequest.bundledScenarios().contains(scenario)
                ? SHAPES.computeIfAbsent(scenario, s -> shape(s, catalogs)) : new MarketShape(1, 1);
        long trials = whole(params.get("trials"), shape.defaultTrials(), 1, MonteCarlo.MAX_TRIALS);
        long perTrial = (2L * shape.years() + 3) * Double.BYTES;
        return new RequestCost(BASE_BYTES + trials * perTrial, "trials", params.get("trials"), perTrial);
    }

    /** {@code /api/sweep-map}: the design block and the answer grow with the cells. */
    static RequestCost sweepMap(Map<String, String> params) {
        long y = whole(params.get("steps"), 23, 1, SweepMapRequest.MAX_STEPS);
        long x = whole(params.get("endpointsSteps"), SweepMapRequest.DEFAULT_ENDPOINTS_STEPS, 1, SweepMapRequest.MAX_STEPS);
        return new RequestCost(BASE_BYTES + x * y * MAP_BYTES_PER_CELL, "steps", params.get("steps"), 0);
    }

    /** {@code /api/compare} and {@code /api/fabric}: null (run at once) unless the cluster is big. */
    static RequestCost bigFabric(Map<String, String> params) {
        long endpoints = whole(params.get("endpoints"), 0, 0, Long.MAX_VALUE);
        return endpoints > BIG_ENDPOINTS ? new RequestCost(BIG_FABRIC_BYTES, "endpoints", params.get("endpoints"), 0) : null;
    }

    /** The largest value of {@code field} that fits in {@code budgetBytes}, or -1 when the cost does not scale with it. */
    long largestWithin(long budgetBytes) {
        return bytesPerUnit <= 0 ? -1 : Math.max(0, (budgetBytes - BASE_BYTES) / bytesPerUnit);
    }

    /** "about 102 MiB": rounded up. */
    static String mib(long bytes) {
        return String.format(Locale.ROOT, "about %,d MiB", (bytes + (1 << 20) - 1) >> 20);
    }

    private static MarketShape shape(String scenario, Catalogs catalogs) {
        try {
            var s = ScenarioLoader.load(scenario, catalogs);
            return new MarketShape(s.market().endYear() - s.market().startYear() + 1, s.run().marketTrials());
        } catch (RuntimeException e) {
            return new MarketShape(1, 1); // not a scenario: the request fails validation before any work
        }
    }

    /** The parameter as a whole number clamped to [min, max], or {@code dflt} when absent or not a number. */
    private static long whole(String v, long dflt, long min, long max) {
        if (v == null) {
            return dflt;
        }
        try {
            long n = Long.parseLong(v.trim().replace("_", ""));
            return Math.max(min, Math.min(max, n));
        } catch (NumberFormatException e) {
            return dflt;
        }
    }
}
