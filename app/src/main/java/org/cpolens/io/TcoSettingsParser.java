package org.cpolens.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.Status;
import org.cpolens.model.market.Spread;
import org.cpolens.model.tco.TcoFactor;
import org.cpolens.model.tco.TcoInput;
import org.cpolens.model.tco.TcoSettings;

/**
 * Reads {@code catalog/tco.yaml}, then a {@code --catalog} folder's copy on top of it (key by
 * key), then a scenario's optional {@code tco:} section. In the catalog every input is a full
 * {@code {value, source, status}} figure; in a scenario a plain number is accepted and becomes a
 * labelled assumption whose note keeps the catalog value it replaced. A value its rule refuses (a
 * negative price or lifetime, a PUE below 1, a discount rate of 1 or more) stops the run with
 * file:line, the field, the value and a hint.
 */
public final class TcoSettingsParser {
    public static final String FILE = "tco.yaml";

    private static final Set<String> SPREAD_KEYS = Set.of("low", "mode", "high", "source", "status", "note");

    private TcoSettingsParser() {
    }

    static Set<String> catalogKeys() {
        Set<String> k = new TreeSet<>(TcoInput.keys());
        k.addAll(List.of("reliability", "freedPower", "trials", "uncertainty"));
        return k;
    }

    /** The keys a scenario's {@code tco:} section takes. */
    public static Set<String> sectionKeys() {
        Set<String> k = new TreeSet<>(TcoInput.keys());
        k.addAll(List.of("reliability", "freedPower", "trials"));
        return k;
    }

    public static TcoSettings parse(Optional<Node> section, String scenario, Catalogs catalogs) {
        State st = new State(scenario);
        Node bundled = catalogs.bundled(FILE).root().expectKeys(catalogKeys());
        st.apply(bundled, true);
        for (TcoInput i : TcoInput.values()) {
            if (!st.inputs.containsKey(i)) {
                bundled.require(i.key());
            }
        }
        catalogs.user(FILE).ifPresent(doc -> st.apply(doc.root().expectKeys(catalogKeys()), true));
        section.ifPresent(n -> st.apply(n.expectKeys(sectionKeys()), false));
        List<TcoSettings.Uncertain> uncertainty = new ArrayList<>(st.uncertainty.values());
        return new TcoSettings(st.inputs, st.reliability, st.freedPower, uncertainty, st.trials);
    }

    private static final class State {
        final String scenario;
        final Map<TcoInput, Figure> inputs = new EnumMap<>(TcoInput.class);
        final Map<String, TcoSettings.Uncertain> uncertainty = new LinkedHashMap<>();
        TcoSettings.ReliabilitySource reliability = TcoSettings.ReliabilitySource.SIMULATED;
        TcoSettings.FreedPower freedPower = TcoSettings.FreedPower.ENERGY;
        int trials = 10_000;

        State(String scenario) {
            this.scenario = scenario;
        }

        void apply(Node root, boolean catalog) {
            for (TcoInput i : TcoInput.values()) {
                if (root.has(i.key())) {
                    inputs.put(i, figure(root.child(i.key()), i, inputs.get(i), catalog));
                }
            }
            if (root.has("reliability")) {
                String w = root.child("reliability").oneOf(TcoSettings.ReliabilitySource.words());
                reliability = TcoSettings.ReliabilitySource.valueOf(w.toUpperCase(java.util.Locale.ROOT));
            }
            if (root.has("freedPower")) {
                String w = root.child("freedPower").oneOf(TcoSettings.FreedPower.words());
                freedPower = TcoSettings.FreedPower.valueOf(w.toUpperCase(java.util.Locale.ROOT));
            }
            if (root.has("trials")) {
                Node t = root.child("trials");
                long v = t.integer();
                if (v < TcoSettings.MIN_TRIALS || v > TcoSettings.MAX_TRIALS) {
                    throw t.error("must be between " + TcoSettings.MIN_TRIALS + " and " + TcoSettings.MAX_TRIALS,
                            "Monte Carlo trials, e.g. 10000");
                }
                trials = (int) v;
            }
            if (root.has("uncertainty")) {
                List<String> known = new ArrayList<>(TcoInput.keys());
                known.addAll(TcoFactor.keys());
                for (Map.Entry<String, Node> e : root.child("uncertainty").entries().entrySet()) {
                    String key = e.getKey();
                    Node n = e.getValue();
                    Optional<TcoInput> input = TcoInput.fromKey(key);
                    Optional<TcoFactor> factor = TcoFactor.fromKey(key);
                    if (input.isEmpty() && factor.isEmpty()) {
                        throw n.error("unknown uncertain input", Suggest.hint(key, known));
                    }
                    uncertainty.put(key, spread(n, key, input.orElse(null), factor.orElse(null)));
                }
            }
        }

        private Figure figure(Node n, TcoInput i, Figure base, boolean catalog) {
            if (n.isObject()) {
                if (n.has("value")) {
                    check(n.child("value"), i, n.child("value").number());
                }
                Figure f = CatalogLoader.figure(n, i.unit(), org.cpolens.model.catalog.Bound.NON_NEGATIVE);
                return f;
            }
            if (catalog) {
                throw n.error("a figure needs value, source and status",
                        "write it as '{ value: ..., source: \"...\", status: assumption }'");
            }
            double v = n.number();
            check(n, i, v);
            return base != null ? base.overridden(v, scenario)
                    : new Figure(v, i.unit(), "scenario override (" + scenario + ")", Status.ASSUMPTION, "");
        }

        private static void check(Node n, TcoInput i, double v) {
            if (!i.rule().accepts(v)) {
                throw n.error(i.rule().problem(), i.rule().hint());
            }
        }

        private static TcoSettings.Uncertain spread(Node n, String key, TcoInput input, TcoFactor factor) {
            n.expectKeys(SPREAD_KEYS);
            double lo = n.require("low").number();
            double mode = n.require("mode").number();
            double hi = n.require("high").number();
            if (!(lo >= 0 && lo <= mode && mode <= hi)) {
                throw n.error("needs 0 <= low <= mode <= high", "e.g. { low: 0.8, mode: 1.0, high: 1.25 }");
            }
            if (input != null) {
                for (String k : List.of("low", "mode", "high")) {
                    check(n.child(k), input, n.child(k).number());
                }
            }
            return new TcoSettings.Uncertain(key, input, factor, new Spread(lo, mode, hi), CatalogLoader.source(n),
                    CatalogLoader.status(n.require("status")));
        }
    }
}
