package org.cpolens.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpolens.io.Catalogs;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.io.Suggest;
import org.cpolens.io.YamlDoc;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Catalog;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.scenario.Scenario;
import org.cpolens.report.Json;

/**
 * Turns the query parameters of {@code /api/compare} into a scenario: a bundled scenario with the
 * request's edits applied to its document, then read by {@link ScenarioLoader#parse}, so the API
 * accepts exactly what a scenario file accepts and rejects it with the same checks.
 *
 * <p>Parameters: {@code scenario}, {@code endpoints}, {@code accelerators}, {@code wattsPerAccelerator},
 * {@code speed} (endpoint Gb/s; must match the switch), {@code switch}, {@code tiers} (0 = fewest),
 * {@code oversubscription}, {@code hostLink}, {@code archs} (comma-separated ids, baseline first) and
 * {@code override.ARCH.FIGURE} (e.g. {@code override.cpo-bailly-800g.switchPortWatts=7}).
 */
public final class CompareRequest {
    /** Largest cluster the API builds: more is refused with 400 rather than searched for. */
    public static final long MAX_ENDPOINTS = 10_000_000L;

    static final List<String> PARAMS = List.of("scenario", "endpoints", "accelerators", "wattsPerAccelerator", "speed",
            "switch", "tiers", "oversubscription", "hostLink", "archs");
    private static final Pattern OVERRIDE = Pattern.compile("override\\.([a-z0-9][a-z0-9.-]*)\\.([A-Za-z]+)");
    private static final Pattern FIELD_ARCH = Pattern.compile("architectures\\[(\\d+)](?:\\.overrides\\.(\\w+))?.*");

    private CompareRequest() {
    }

    /** Bundled scenario names whose files are in the jar. */
    public static List<String> bundledScenarios() {
        List<String> out = new ArrayList<>();
        for (String name : ScenarioLoader.BUNDLED) {
            if (CompareRequest.class.getResource("/scenarios/" + name + ".yaml") != null) {
                out.add(name);
            }
        }
        return out;
    }

    /**
     * @param params first value of each query parameter
     * @throws BadRequest naming the parameter at fault
     */
    public static Scenario scenario(Map<String, String> params, Catalogs catalogs) {
        Catalog catalog = catalogs.interconnect();
        for (String key : params.keySet()) {
            if (!PARAMS.contains(key) && !OVERRIDE.matcher(key).matches()) {
                List<String> known = new ArrayList<>(PARAMS);
                known.add("override.ARCH.FIGURE");
                throw new BadRequest(new ApiError("unknown parameter", key, params.get(key), Suggest.hint(key, known)));
            }
        }
        String name = params.getOrDefault("scenario", ScenarioLoader.DEFAULT_SCENARIO);
        List<String> bundled = bundledScenarios();
        if (!bundled.contains(name)) {
            throw new BadRequest(new ApiError("not a bundled scenario", "scenario", name, Suggest.hint(name, bundled)));
        }
        ObjectNode root = (ObjectNode) bundledDoc(name).json().deepCopy();
        ObjectNode cluster = (ObjectNode) root.get("cluster");
        ObjectNode fabric = (ObjectNode) root.get("fabric");

        if (params.containsKey("endpoints")) {
            long n = longParam(params, "endpoints", "a whole number of host ports, e.g. 8192");
            if (n < 1 || n > MAX_ENDPOINTS) {
                throw new BadRequest(new ApiError("must be between 1 and " + MAX_ENDPOINTS, "endpoints",
                        params.get("endpoints"), "the dashboard builds clusters of up to 10 million host ports"));
            }
            cluster.put("endpoints", n);
        }
        if (params.containsKey("accelerators")) {
            cluster.put("accelerators", longParam(params, "accelerators", "a whole number, e.g. 32768"));
        }
        if (params.containsKey("wattsPerAccelerator")) {
            cluster.put("wattsPerAccelerator", numberParam(params, "wattsPerAccelerator", "watts, e.g. 1400"));
        }
        if (params.containsKey("speed")) {
            cluster.put("endpointGbps", numberParam(params, "speed", "Gb/s, e.g. 800"));
        }
        if (params.containsKey("switch")) {
            String sw = params.get("switch");
            if (catalog.switchSystem(sw).isEmpty()) {
                throw new BadRequest(new ApiError("unknown switch id", "switch", sw, Suggest.hint(sw, catalog.switchIds())));
            }
            fabric.put("switch", sw);
        }
        if (params.containsKey("tiers")) {
            long t = longParam(params, "tiers", "1, 2 or 3; 0 picks the fewest that fit");
            if (t == 0) {
                fabric.remove("tiers");
            } else {
                fabric.put("tiers", t);
            }
        }
        if (params.containsKey("oversubscription")) {
            fabric.put("oversubscription", numberParam(params, "oversubscription", "1.0 is non-blocking, 2.0 means 2:1"));
        }
        if (params.containsKey("hostLink")) {
            fabric.put("hostLink", params.get("hostLink"));
        }

        ArrayNode archs = (ArrayNode) root.get("architectures");
        Map<String, ObjectNode> entries = new LinkedHashMap<>();
        for (JsonNode a : archs) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            if (a.isTextual()) {
                o.put("id", a.asText());
            } else {
                o.setAll((ObjectNode) a.deepCopy());
            }
            entries.put(o.get("id").asText(), o);
        }
        List<String> order = new ArrayList<>(entries.keySet());
        if (params.containsKey("archs")) {
            Set<String> ids = new LinkedHashSet<>();
            for (String id : params.get("archs").split(",")) {
                String x = id.trim();
                if (x.isEmpty()) {
                    continue;
                }
                if (catalog.architecture(x).isEmpty()) {
                    throw new BadRequest(new ApiError("unknown architecture id", "archs", x,
                            Suggest.hint(x, catalog.architectureIds())));
                }
                if (!ids.add(x)) {
                    throw new BadRequest(new ApiError("listed twice", "archs", x, "list each architecture once"));
                }
            }
            if (ids.isEmpty()) {
                throw new BadRequest(new ApiError("lists no architecture", "archs", params.get("archs"),
                        "e.g. pluggable-dsp-800g,cpo-bailly-800g (baseline first)"));
            }
            order = new ArrayList<>(ids);
        }
        for (Map.Entry<String, String> p : params.entrySet()) {
            Matcher m = OVERRIDE.matcher(p.getKey());
            if (!m.matches()) {
                continue;
            }
            String id = m.group(1);
            String figure = m.group(2);
            if (!order.contains(id)) {
                throw new BadRequest(new ApiError("overrides an architecture the comparison does not list", p.getKey(),
                        p.getValue(), "add " + id + " to archs, or remove this override"));
            }
            if (ArchitectureFigure.fromKey(figure).isEmpty()) {
                throw new BadRequest(new ApiError("not an architecture figure", p.getKey(), p.getValue(),
                        Suggest.hint(figure, ArchitectureFigure.keys())));
            }
            double v = numberParam(params, p.getKey(), "a number, e.g. 5.5");
            ObjectNode entry = entries.computeIfAbsent(id, k -> JsonNodeFactory.instance.objectNode().put("id", k));
            ObjectNode overrides = entry.has("overrides") ? (ObjectNode) entry.get("overrides") : entry.putObject("overrides");
            overrides.put(figure, v);
        }
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (String id : order) {
            list.add(entries.getOrDefault(id, JsonNodeFactory.instance.objectNode().put("id", id)));
        }
        root.set("architectures", list);

        try {
            return ScenarioLoader.parse(YamlDoc.parse("request", Json.write(root)), catalogs);
        } catch (InputException e) {
            String param = parameterOf(e.field(), order);
            // echo what the client sent, not the number as the scenario document holds it
            String value = param != null && !param.equals("archs") && params.containsKey(param) ? params.get(param) : e.value();
            throw new BadRequest(new ApiError(e.problem(), param, value, e.hint()));
        }
    }

    /** The request parameter behind a scenario field the loader rejected. */
    static String parameterOf(String field, List<String> order) {
        if (field == null) {
            return null;
        }
        Matcher m = FIELD_ARCH.matcher(field);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            if (m.group(2) != null && i < order.size()) {
                return "override." + order.get(i) + "." + m.group(2);
            }
            return "archs";
        }
        return switch (field) {
            case "cluster.endpoints", "endpoints" -> "endpoints";
            case "cluster.accelerators" -> "accelerators";
            case "cluster.wattsPerAccelerator" -> "wattsPerAccelerator";
            case "cluster.endpointGbps" -> "speed";
            case "fabric.switch" -> "switch";
            case "fabric.tiers", "tiers" -> "tiers";
            case "fabric.oversubscription", "oversubscription" -> "oversubscription";
            case "fabric.hostLink" -> "hostLink";
            case "architectures" -> "archs";
            default -> field;
        };
    }

    static YamlDoc bundledDoc(String name) {
        InputStream in = CompareRequest.class.getResourceAsStream("/scenarios/" + name + ".yaml");
        return YamlDoc.read("scenarios/" + name + ".yaml", in);
    }

    static long longParam(Map<String, String> params, String key, String hint) {
        String v = params.get(key).trim();
        try {
            return Long.parseLong(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new BadRequest(new ApiError("not a whole number", key, params.get(key), hint));
        }
    }

    static double numberParam(Map<String, String> params, String key, String hint) {
        String v = params.get(key).trim();
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new BadRequest(new ApiError("not a number", key, params.get(key), hint));
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new BadRequest(new ApiError("not a finite number", key, params.get(key), hint));
        }
        return d;
    }
}
