package org.cpolens.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.Status;
import org.cpolens.model.sim.PeerReference;
import org.cpolens.model.sim.ServerPoolInputs;
import org.cpolens.model.sim.ServerPoolParams;
import org.cpolens.model.sim.ServerPoolSimulator;

/**
 * Reads a server-level reliability scenario: {@code reliability: { mode: servers, servers: {...} }}.
 * Such a scenario has no cluster, fabric or architectures (the server pool is its whole model), so
 * {@link ScenarioLoader} never sees it: the reliability command asks {@link #isServerMode} first.
 * Each parameter is a full figure ({@code {value, source, status}}) or a plain number, which becomes
 * a labelled assumption. Errors name file:line, the field and the value.
 */
public final class ServerPoolInputsParser {
    public static final String MODE_SERVERS = "servers";
    /** Bundled server-mode scenarios (not in {@link ScenarioLoader#BUNDLED}: they have no fabric). */
    public static final List<String> BUNDLED = List.of("airesim-4096");

    private static final Set<String> TOP_KEYS = Set.of("name", "description", "descriptionZhTw", "reliability");
    private static final Set<String> RELIABILITY_KEYS = Set.of("mode", "servers", "simulation", "peer");
    private static final Set<String> SIMULATION_KEYS = Set.of("replications");
    private static final Set<String> PEER_KEYS = Set.of("source", "status", "trainingHours", "failures");
    private static final Set<String> MEAN_SD_KEYS = Set.of("mean", "sd");

    /** Scenario field, unit, whole number? In the order of {@link ServerPoolParams}. */
    private record Field(String key, String unit, boolean whole) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("jobSize", "servers", true),
            new Field("warmStandbys", "servers", true),
            new Field("workingPool", "servers", true),
            new Field("sparePool", "servers", true),
            new Field("randomFailuresPerDay", "1/(server d)", false),
            new Field("systematicFraction", "", false),
            new Field("systematicMultiplier", "x", false),
            new Field("recoveryMinutes", "min", false),
            new Field("hostSelectionMinutes", "min", false),
            new Field("preemptionMinutes", "min", false),
            new Field("autoRepairMinutes", "min", false),
            new Field("manualRepairMinutes", "min", false),
            new Field("probAutoToManual", "", false),
            new Field("autoRepairFailProb", "", false),
            new Field("manualRepairFailProb", "", false),
            new Field("jobDays", "d", false));

    private ServerPoolInputsParser() {
    }

    /** A scenario file or bundled name, server-mode or not. */
    public static YamlDoc read(String nameOrPath) {
        List<String> all = new java.util.ArrayList<>(ScenarioLoader.BUNDLED);
        all.addAll(BUNDLED);
        return YamlDoc.readFileOrBundled(nameOrPath == null ? ScenarioLoader.DEFAULT_SCENARIO : nameOrPath,
                "scenarios", "--scenario", all);
    }

    /** True when the scenario says {@code reliability: { mode: servers }}. */
    public static boolean isServerMode(YamlDoc doc) {
        Node root = doc.root();
        if (!root.has("reliability") || !root.child("reliability").isObject()) {
            return false;
        }
        Node r = root.child("reliability");
        if (!r.has("mode")) {
            return false;
        }
        return r.child("mode").oneOf(List.of(MODE_SERVERS)).equals(MODE_SERVERS);
    }

    public static ServerPoolInputs parse(YamlDoc doc) {
        Node root = doc.root();
        for (String k : List.of("cluster", "fabric", "architectures")) {
            if (root.has(k)) {
                throw root.child(k).error("a server-mode scenario has no " + k,
                        "remove it, or drop 'mode: servers' to simulate the fabric");
            }
        }
        root.expectKeys(TOP_KEYS);
        String name = root.has("name") ? root.child("name").text() : doc.name();
        String description = root.has("description") ? root.child("description").text() : "";
        Node rel = root.require("reliability").expectKeys(RELIABILITY_KEYS);
        Node servers = rel.require("servers").expectKeys(FIELDS.stream().map(Field::key).toList());
        Map<String, Figure> figures = new LinkedHashMap<>();
        double[] v = new double[FIELDS.size()];
        for (int i = 0; i < FIELDS.size(); i++) {
            Field f = FIELDS.get(i);
            Node n = servers.require(f.key());
            Figure fig = figure(n, f.unit(), name);
            Node valueNode = n.isObject() ? n.child("value") : n;
            if (f.whole()) {
                valueNode.integer();
                if (fig.value() > Integer.MAX_VALUE) {
                    throw valueNode.error("too large", "at most " + ServerPoolParams.MAX_SERVERS + " servers in all");
                }
            }
            v[i] = fig.value();
            figures.put(f.key(), fig);
        }
        ServerPoolParams params;
        try {
            params = new ServerPoolParams((int) v[0], (int) v[1], (int) v[2], (int) v[3], v[4], v[5], v[6], v[7], v[8],
                    v[9], v[10], v[11], v[12], v[13], v[14], v[15]);
        } catch (InputException e) {
            String field = e.field() == null ? "" : e.field();
            throw InputException.field("reliability.servers." + field, e.value(), e.problem(), e.hint())
                    .at(doc.where("/reliability/servers/" + field));
        }
        int replications = 12;
        if (rel.has("simulation")) {
            Node sim = rel.child("simulation").expectKeys(SIMULATION_KEYS);
            if (sim.has("replications")) {
                Node r = sim.child("replications");
                long n = r.integer();
                if (n < ServerPoolSimulator.MIN_REPLICATIONS || n > ServerPoolSimulator.MAX_REPLICATIONS) {
                    throw r.error("must be between " + ServerPoolSimulator.MIN_REPLICATIONS + " and "
                            + ServerPoolSimulator.MAX_REPLICATIONS, "the peer's case uses 12");
                }
                replications = (int) n;
            }
        }
        Optional<PeerReference> peer = rel.optional("peer").map(ServerPoolInputsParser::peer);
        return new ServerPoolInputs(name, description, params, figures, replications, peer,
                ServerPoolSimulator.MODEL_NOTES);
    }

    private static Figure figure(Node n, String unit, String scenario) {
        if (n.isObject()) {
            return CatalogLoader.nonNegativeFigure(n, unit);
        }
        return new Figure(n.nonNegative(), unit, "scenario " + scenario, Status.ASSUMPTION, "");
    }

    private static PeerReference peer(Node n) {
        n.expectKeys(PEER_KEYS);
        Node th = n.require("trainingHours").expectKeys(MEAN_SD_KEYS);
        Node fl = n.require("failures").expectKeys(MEAN_SD_KEYS);
        return new PeerReference(CatalogLoader.source(n), CatalogLoader.status(n.require("status")),
                th.require("mean").positive(), th.require("sd").positive(), fl.require("mean").positive(),
                fl.require("sd").positive());
    }
}
