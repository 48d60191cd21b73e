package org.cpolens.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cpolens.io.Catalogs;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.io.Suggest;
import org.cpolens.model.InputException;
import org.cpolens.model.market.MarketResult;
import org.cpolens.model.market.MarketSettings;
import org.cpolens.model.pipeline.Analysis;
import org.cpolens.model.scenario.Scenario;
import org.cpolens.report.MarketViews;

/**
 * {@code /api/market}: the market model of a bundled scenario with the dashboard's what-if knobs
 * applied (the switch layer's Bass p and q, learning rate, engine price per Gb/s, fleet volume scale,
 * headline value scope). Answers exactly what {@code cpolens market --format json} prints for the same
 * inputs.
 */
final class MarketRequest {
    /** More trials than this are refused with 400: the request must not tie up the server. */
    static final int MAX_TRIALS = 1_000_000;

    static final List<String> PARAMS = List.of("scenario", "trials", "seed", "p", "q", "learningRate",
            "engineUsdPerGbps", "deploymentScale", "scope");

    private MarketRequest() {
    }

    static Map<String, Object> run(Map<String, String> params, Catalogs catalogs) {
        for (String key : params.keySet()) {
            if (!PARAMS.contains(key)) {
                throw new BadRequest(new ApiError("unknown parameter", key, params.get(key), Suggest.hint(key, PARAMS)));
            }
        }
        String name = params.getOrDefault("scenario", ScenarioLoader.DEFAULT_SCENARIO);
        List<String> bundled = CompareRequest.bundledScenarios();
        if (!bundled.contains(name)) {
            throw new BadRequest(new ApiError("not a bundled scenario", "scenario", name, Suggest.hint(name, bundled)));
        }
        Scenario scenario = ScenarioLoader.load(name, catalogs);
        Analysis.Options options = Analysis.Options.defaults(scenario, Set.of(Analysis.Stage.MARKET));
        if (params.containsKey("trials")) {
            long t = CompareRequest.longParam(params, "trials", "a whole number of Monte Carlo trials");
            if (t < 1 || t > MAX_TRIALS) {
                throw new BadRequest(new ApiError("must be between 1 and " + MAX_TRIALS, "trials", params.get("trials"),
                        "the CLI (cpolens market --trials N) runs longer simulations"));
            }
            options = options.withMarketTrials((int) t);
        }
        if (params.containsKey("seed")) {
            options = options.withSeed(CompareRequest.longParam(params, "seed", "any whole number"));
        }
        MarketSettings in = scenario.market();
        in = knob(params, "p", "Bass innovation coefficient, e.g. 0.03", in, (x, v) -> x.withAdoptionP(positive(v)));
        in = knob(params, "q", "Bass imitation coefficient, e.g. 0.38", in, (x, v) -> x.withAdoptionQ(positive(v)));
        in = knob(params, "learningRate", "0.2 means 20% cheaper per doubling of cumulative units", in, (x, v) -> {
            if (!(v >= 0 && v < 1)) {
                throw new IllegalArgumentException("must be at least 0 and below 1");
            }
            return x.withLearningRate(v);
        });
        in = knob(params, "engineUsdPerGbps", "US$ per Gb/s of optical engine in the price's base year, e.g. 0.6", in,
                (x, v) -> x.withEngineUsdPerGbps(positive(v)));
        if (params.containsKey("scope")) {
            String w = params.get("scope");
            in = in.withHeadline(org.cpolens.model.market.ValueScope.fromWord(w).orElseThrow(() -> new BadRequest(
                    new ApiError("not a value scope", "scope", w,
                            Suggest.hint(w, org.cpolens.model.market.ValueScope.words())))));
        }
        in = knob(params, "deploymentScale", "a multiplier on every platform's shipments; 1.0 keeps the fleet's",
                in, (x, v) -> {
                    if (!(v > 0 && v <= 100)) {
                        throw new IllegalArgumentException("must be above 0 and at most 100");
                    }
                    return x.withDeploymentScale(v);
                });
        options = options.withStop(RequestGate.stopSignal()); // the run ends when its client leaves
        MarketResult r = Analysis.run(scenario.with(in), null, null, options, Analysis.Progress.NONE).market().orElseThrow();
        return MarketViews.marketJson(r);
    }

    private interface Knob {
        MarketSettings apply(MarketSettings in, double value);
    }

    private static MarketSettings knob(Map<String, String> params, String key, String hint, MarketSettings in, Knob k) {
        if (!params.containsKey(key)) {
            return in;
        }
        double v = CompareRequest.numberParam(params, key, hint);
        try {
            return k.apply(in, v);
        } catch (InputException e) {
            throw new BadRequest(new ApiError(e.problem(), key, params.get(key), e.hint()));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(new ApiError(e.getMessage(), key, params.get(key), hint));
        }
    }

    private static double positive(double v) {
        if (!(v > 0)) {
            throw new IllegalArgumentException("must be greater than zero");
        }
        return v;
    }
}
