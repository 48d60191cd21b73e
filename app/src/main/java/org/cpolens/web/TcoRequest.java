package org.cpolens.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cpolens.io.Catalogs;
import org.cpolens.io.Suggest;
import org.cpolens.model.InputException;
import org.cpolens.model.pipeline.Analysis;
import org.cpolens.model.scenario.Scenario;
import org.cpolens.model.tco.TcoInput;
import org.cpolens.model.tco.TcoResult;
import org.cpolens.model.tco.TcoSettings;
import org.cpolens.report.TcoViews;

/**
 * {@code /api/tco}: the cost of ownership of a bundled scenario with {@code /api/compare}'s cluster
 * and architecture edits and the cost inputs as {@code tco.INPUT=value} (e.g. {@code tco.pue=1.2});
 * {@code reliability=simulated|analytic}, {@code seed}, {@code trials}. Answers what {@code cpolens
 * tco --format json} prints for the same inputs.
 */
final class TcoRequest {
    static final int MAX_TRIALS = TcoSettings.MAX_TRIALS;
    static final List<String> PARAMS = List.of("reliability", "seed", "trials");
    private static final String PREFIX = "tco.";

    private TcoRequest() {
    }

    /** {@code tco.INPUT}: a cost input. */
    static boolean isTcoInput(String key) {
        return key.startsWith(PREFIX);
    }

    static Map<String, Object> run(Map<String, String> params, Catalogs catalogs) {
        Map<String, String> scenarioParams = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (!PARAMS.contains(e.getKey()) && !isTcoInput(e.getKey())) {
                scenarioParams.put(e.getKey(), e.getValue());
            }
        }
        Scenario s;
        try {
            s = CompareRequest.scenario(scenarioParams, catalogs);
        } catch (BadRequest e) {
            if ("unknown parameter".equals(e.error().error())) {
                List<String> known = new ArrayList<>(CompareRequest.PARAMS);
                known.addAll(PARAMS);
                known.add("tco.INPUT");
                known.add("override.ARCH.FIGURE");
                String key = e.error().field();
                throw new BadRequest(new ApiError("unknown parameter", key, params.get(key), Suggest.hint(key, known)));
            }
            throw e;
        }
        TcoSettings st = settings(params, s.tco());
        if (params.containsKey("reliability")) {
            String v = params.get("reliability");
            if (!TcoSettings.ReliabilitySource.words().contains(v)) {
                throw new BadRequest(new ApiError("not a reliability source", "reliability", v,
                        Suggest.hint(v, TcoSettings.ReliabilitySource.words())));
            }
            st = st.with(TcoSettings.ReliabilitySource.valueOf(v.toUpperCase(java.util.Locale.ROOT)));
        }
        s = s.with(st);
        Analysis.Options o = Analysis.Options.defaults(s, Set.of(Analysis.Stage.TCO));
        if (params.containsKey("seed")) {
            o = o.withSeed(CompareRequest.longParam(params, "seed", "any whole number"));
        }
        if (params.containsKey("trials")) {
            long t = CompareRequest.longParam(params, "trials", "a whole number of Monte Carlo trials");
            if (t < 1 || t > MAX_TRIALS) {
                throw new BadRequest(new ApiError("must be between 1 and " + MAX_TRIALS, "trials", params.get("trials"),
                        "10,000 trials give stable P10/P90 bands"));
            }
            o = o.withTcoTrials((int) t);
        }
        try {
            TcoResult r = Analysis.run(s, null, null, o, Analysis.Progress.NONE).tco().orElseThrow();
            return TcoViews.json(r);
        } catch (InputException e) {
            throw new BadRequest(ApiError.of(e, e.field()));
        }
    }

    /** The settings with every {@code tco.INPUT=value} of the request applied, each a labelled override. */
    static TcoSettings settings(Map<String, String> params, TcoSettings base) {
        TcoSettings st = base;
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (!isTcoInput(e.getKey())) {
                continue;
            }
            String key = e.getKey().substring(PREFIX.length());
            TcoInput input = TcoInput.fromKey(key).orElseThrow(() -> new BadRequest(new ApiError("not a cost input",
                    e.getKey(), e.getValue(), Suggest.hint(key, TcoInput.keys()))));
            double v = CompareRequest.numberParam(params, e.getKey(), input.rule().hint());
            try {
                st = st.overridden(input, v, "dashboard request");
            } catch (InputException ex) {
                throw new BadRequest(new ApiError(ex.problem(), e.getKey(), e.getValue(), ex.hint()));
            }
        }
        return st;
    }
}
