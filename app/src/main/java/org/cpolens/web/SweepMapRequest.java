package org.cpolens.web;

import org.cpolens.model.units.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cpolens.io.Suggest;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.catalog.Catalog;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.SwitchSystem;
import org.cpolens.model.fabric.FabricBuilder;
import org.cpolens.model.fabric.HostLink;
import org.cpolens.model.sweep.FigureAxis;
import org.cpolens.model.sweep.SweepGrid;
import org.cpolens.model.sweep.SweepPlan;
import org.cpolens.model.sweep.SweepMap;
import org.cpolens.io.Catalogs;
import org.cpolens.io.GridLoader;
import org.cpolens.io.TcoSettingsParser;
import org.cpolens.model.tco.TcoSettings;
import org.cpolens.report.SweepViews;

/**
 * {@code /api/sweep-map}: "where does CPO win?" as a grid of cluster sizes (log-spaced, x) against
 * one CPO figure (y), on one switch, tier setting, oversubscription and host link. Pluggable DSP
 * (the baseline), LPO, NPO and the chosen CPO architecture are compared with their catalog figures;
 * the answer is {@link SweepMap#of} of the sweep grid those parameters name, so each cell is a row
 * {@code cpolens sweep} writes for the same grid.
 */
final class SweepMapRequest {
    /** Most values per axis: 60 x 60 cells answer in a few milliseconds and fit on a screen. */
    static final int MAX_STEPS = 60;
    static final String DEFAULT_SWITCH = "tomahawk5-64x800g";
    static final String DEFAULT_CPO = "cpo-bailly-800g";
    static final List<String> COMPARED = List.of("pluggable-dsp-800g", "lpo-800g", "npo-800g");
    static final long DEFAULT_ENDPOINTS_FROM = 1024;
    static final long DEFAULT_ENDPOINTS_TO = 1_048_576;
    static final int DEFAULT_ENDPOINTS_STEPS = 31;

    static final List<String> PARAMS = List.of("switch", "tiers", "oversubscription", "hostLink", "cpo", "figure",
            "from", "to", "steps", "endpointsFrom", "endpointsTo", "endpointsSteps", "scaleOutGbpsPerAccelerator",
            "wattsPerAccelerator");

    private SweepMapRequest() {
    }

    static Map<String, Object> run(Map<String, String> params, Catalogs catalogs) {
        Catalog catalog = catalogs.interconnect();
        for (String key : params.keySet()) {
            if (!PARAMS.contains(key) && !TcoRequest.isTcoInput(key)) {
                List<String> known = new ArrayList<>(PARAMS);
                known.add("tco.INPUT");
                throw new BadRequest(new ApiError("unknown parameter", key, params.get(key), Suggest.hint(key, known)));
            }
        }
        String switchId = params.getOrDefault("switch", DEFAULT_SWITCH);
        SwitchSystem sw = catalog.switchSystem(switchId).orElseThrow(() -> new BadRequest(
                new ApiError("unknown switch id", "switch", switchId, Suggest.hint(switchId, catalog.switchIds()))));

        int tiers = 0;
        if (params.containsKey("tiers")) {
            String t = params.get("tiers").trim();
            switch (t) {
                case "auto" -> tiers = 0;
                case "1", "2", "3" -> tiers = Integer.parseInt(t);
                default -> throw new BadRequest(new ApiError("must be auto, 1, 2 or 3", "tiers", params.get("tiers"),
                        "auto takes the fewest tiers that fit each cluster size"));
            }
        }

        double over = 1.0;
        if (params.containsKey("oversubscription")) {
            over = CompareRequest.numberParam(params, "oversubscription", "1.0 is non-blocking, 2.0 means 2:1 at the leaf");
            if (!(over >= 1.0) || over > sw.radix() - 1) {
                throw new BadRequest(new ApiError("must be at least 1.0 and at most " + (sw.radix() - 1)
                        + " (the radix of " + sw.id() + " less one)", "oversubscription", params.get("oversubscription"),
                        "1.0 is non-blocking, 2.0 means 2:1 at the leaf"));
            }
        }

        HostLink link = HostLink.OPTICAL;
        if (params.containsKey("hostLink")) {
            String v = params.get("hostLink");
            if (!v.equals("optical") && !v.equals("copper")) {
                throw new BadRequest(new ApiError("not a host link medium", "hostLink", v, "optical or copper"));
            }
            link = HostLink.valueOf(v.toUpperCase(Locale.ROOT));
        }

        List<String> cpoIds = new ArrayList<>();
        catalog.architectures().forEach(a -> {
            if (a.kind().isCpo()) {
                cpoIds.add(a.id());
            }
        });
        String cpoId = params.getOrDefault("cpo", DEFAULT_CPO);
        OpticsArchitecture cpo = catalog.architecture(cpoId).orElse(null);
        if (cpo == null || !cpo.kind().isCpo()) {
            throw new BadRequest(new ApiError(cpo == null ? "unknown architecture id" : "not a CPO architecture (kind "
                    + cpo.kind() + ")", "cpo", cpoId, Suggest.hint(cpoId, cpoIds)));
        }

        String figure = params.getOrDefault("figure", "switchPortWatts");
        if (!SweepMap.FIGURES.contains(figure)) {
            throw new BadRequest(new ApiError("not a figure the map sweeps", "figure", figure,
                    Suggest.hint(figure, SweepMap.FIGURES)));
        }
        boolean watts = figure.equals("switchPortWatts");
        Figure base = cpo.figure(watts ? ArchitectureFigure.SWITCH_PORT_WATTS : ArchitectureFigure.COST_PER_PORT_USD);
        // defaults span the catalog figure generously, in steps people read: 0.5 W or US$50 per 800G
        double scale = cpo.portGbps() / 800.0;
        double from = params.containsKey("from") ? CompareRequest.numberParam(params, "from", "the lowest value on the y axis")
                : (watts ? 1 : 100) * scale;
        double to = params.containsKey("to") ? CompareRequest.numberParam(params, "to", "the highest value on the y axis")
                : (watts ? 12 : 1200) * scale;
        int steps = steps(params, "steps", 23);
        if (watts ? !(from > 0) : from < 0) {
            throw new BadRequest(new ApiError(watts ? "watts per port must be greater than zero" : "a price must not be negative",
                    "from", params.get("from"), "the catalog has " + Numbers.plain(base.value()) + " " + base.unit() + " for " + cpo.id()));
        }
        if (to < from) {
            throw new BadRequest(new ApiError("is below 'from' (" + Numbers.plain(from) + ")", "to", params.getOrDefault("to", Numbers.plain(to)), "swap them, or raise 'to'"));
        }
        checkSpan(params, "steps", steps, from == to);

        long eFrom = endpoints(params, "endpointsFrom", DEFAULT_ENDPOINTS_FROM);
        long eTo = endpoints(params, "endpointsTo", DEFAULT_ENDPOINTS_TO);
        int eSteps = steps(params, "endpointsSteps", DEFAULT_ENDPOINTS_STEPS);
        if (eTo < eFrom) {
            throw new BadRequest(new ApiError("is below 'endpointsFrom' (" + eFrom + ")", "endpointsTo",
                    params.getOrDefault("endpointsTo", String.valueOf(eTo)), "swap them, or raise 'endpointsTo'"));
        }
        checkSpan(params, "endpointsSteps", eSteps, eFrom == eTo);

        List<OpticsArchitecture> archs = new ArrayList<>();
        for (String id : COMPARED) {
            archs.add(catalog.architecture(id).orElseThrow(() -> new IllegalStateException("catalog lacks " + id)));
        }
        archs.add(cpo);
        double scaleOut = params.containsKey("scaleOutGbpsPerAccelerator") ? CompareRequest.numberParam(params,
                "scaleOutGbpsPerAccelerator", "Gb/s of scale-out per accelerator, e.g. 200 for 4 GPUs per 800G port") : 0;
        if (params.containsKey("scaleOutGbpsPerAccelerator") && !(scaleOut > 0)) {
            throw new BadRequest(new ApiError("must be greater than zero", "scaleOutGbpsPerAccelerator",
                    params.get("scaleOutGbpsPerAccelerator"), "e.g. 200 for 4 GPUs per 800G port; leave it out for one per port"));
        }
        double wpa = params.containsKey("wattsPerAccelerator")
                ? CompareRequest.numberParam(params, "wattsPerAccelerator", "watts, e.g. 1400") : 0;
        if (wpa < 0) {
            throw new BadRequest(new ApiError("must not be negative", "wattsPerAccelerator", params.get("wattsPerAccelerator"),
                    "0 leaves freed power out"));
        }
        SweepGrid grid = new SweepGrid("sweep-map", "dashboard map", logSpaced(eFrom, eTo, eSteps), new double[0],
                List.of(sw), new int[] {tiers}, new double[] {over}, List.of(link), archs,
                List.of(new FigureAxis(cpo.id(), figure, base.unit(), linear(from, to, steps))), wpa, null, new int[] {1},
                scaleOut, java.util.Optional.empty(), java.util.Optional.empty());
        TcoSettings tco = TcoRequest.settings(params, TcoSettingsParser.parse(java.util.Optional.empty(), "sweep-map", catalogs));
        grid = grid.withTco(GridLoader.tcoParams(grid, tco, catalogs));
        SweepPlan plan = SweepPlan.build(grid, FabricBuilder.foldedClos(), 1);
        if (plan.fabricCount() == 0) {
            boolean explicit = params.containsKey("tiers") && tiers != 0;
            throw new BadRequest(new ApiError("no cluster size from " + eFrom + " to " + eTo + " can be built"
                    + (plan.infeasibleExample() == null ? "" : ": " + plan.infeasibleExample()),
                    explicit ? "tiers" : "endpointsFrom", explicit ? params.get("tiers") : String.valueOf(eFrom),
                    explicit ? "allow more tiers (auto), or ask for fewer endpoints" : "ask for fewer endpoints or a bigger switch"));
        }
        try {
            return SweepViews.mapJson(SweepMap.of(plan));
        } catch (InputException e) {
            throw new BadRequest(ApiError.of(e, e.field()));
        }
    }

    private static int steps(Map<String, String> params, String key, int dflt) {
        if (!params.containsKey(key)) {
            return dflt;
        }
        long n = CompareRequest.longParam(params, key, "a whole number of values on the axis, 1 to " + MAX_STEPS);
        if (n > MAX_STEPS) {
            throw new BadRequest(new ApiError("too many cells: at most " + MAX_STEPS + " values per axis", key, params.get(key),
                    "use " + MAX_STEPS + " or fewer (the map then has at most " + MAX_STEPS * MAX_STEPS
                            + " cells); cpolens sweep runs finer grids"));
        }
        if (n < 1) {
            throw new BadRequest(new ApiError("must be at least 1", key, params.get(key), "e.g. " + dflt));
        }
        return (int) n;
    }

    private static void checkSpan(Map<String, String> params, String key, int steps, boolean point) {
        if (point && steps != 1) {
            throw new BadRequest(new ApiError("the axis is one value, so it takes 1 step", key, params.get(key),
                    "give 1 step, or a 'to' above 'from'"));
        }
        if (!point && steps < 2) {
            throw new BadRequest(new ApiError("an axis from one value to another needs at least 2 steps", key,
                    params.get(key), "2 to " + MAX_STEPS));
        }
    }

    private static long endpoints(Map<String, String> params, String key, long dflt) {
        if (!params.containsKey(key)) {
            return dflt;
        }
        long n = CompareRequest.longParam(params, key, "a whole number of host ports, e.g. 1024");
        if (n < 1 || n > CompareRequest.MAX_ENDPOINTS) {
            throw new BadRequest(new ApiError("must be between 1 and " + CompareRequest.MAX_ENDPOINTS, key, params.get(key),
                    "the dashboard maps clusters of up to 10 million host ports"));
        }
        return n;
    }

    /** {@code count} log-spaced whole numbers from {@code from} to {@code to}, repeats dropped (as a grid's log range). */
    static long[] logSpaced(long from, long to, int count) {
        Set<Long> out = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            double t = count == 1 ? 0 : (double) i / (count - 1);
            out.add(i == count - 1 ? to : Math.round(from * Math.pow((double) to / from, t)));
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /** {@code count} evenly spaced values, binary noise rounded off (4.1, not 4.1000000000000005). */
    static double[] linear(double from, double to, int count) {
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            double x = count == 1 ? from : i == count - 1 ? to : from + i * (to - from) / (count - 1);
            double r = Math.round(x * 1e9) / 1e9;
            v[i] = Math.abs(r - x) < 1e-9 * Math.max(1, Math.abs(x)) ? r : x;
        }
        return v;
    }

}
