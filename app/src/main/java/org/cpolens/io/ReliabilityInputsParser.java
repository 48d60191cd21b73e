package org.cpolens.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cpolens.model.catalog.Catalog;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.Status;
import org.cpolens.model.eval.Interconnect;
import org.cpolens.model.sim.FailureMode;
import org.cpolens.model.sim.FaultKind;
import org.cpolens.model.sim.JobModel;
import org.cpolens.model.sim.Part;
import org.cpolens.model.sim.ReliabilitySettings;
import org.cpolens.model.sim.ReliabilitySimulator;
import org.cpolens.model.sim.RepairSpec;
import org.cpolens.model.sim.ServicePolicy;
import org.cpolens.model.units.Units;

/**
 * Reads the bundled {@code catalog/reliability.yaml} and then a scenario's optional
 * {@code reliability:} section on top of it. In the catalog every figure is a full
 * {@code {value, source, status}} mapping; in a scenario a plain number is accepted and becomes a
 * labelled assumption whose note keeps the catalog value it replaced. Errors name file:line, the
 * field path and the bad value.
 */
public final class ReliabilityInputsParser {
    public static final String FILE = "reliability.yaml";

    private static final Set<String> CATALOG_KEYS = Set.of("failureModes", "repairs", "job", "service",
            "alsoCompare", "simulation", "fieldExposure", "notYetModelled");
    private static final Set<String> SECTION_KEYS = Set.of("architectures", "failureModes", "repairs", "job", "service",
            "alsoCompare", "simulation");
    private static final Set<String> MODE_KEYS = Set.of("fit", "mtbfHours", "weibullShape");
    private static final Set<String> REPAIR_KEYS = Set.of("repairHours", "technicianHours", "resupplyDays");
    private static final Set<String> JOB_KEYS = Set.of("interruptProbability", "fabricInterruptProbability",
            "restartMinutes", "checkpointWriteMinutes", "checkpointIntervalMinutes", "otherInterruptionsPerDay",
            "waitForRepair", "drainInterrupts");
    private static final Set<String> SERVICE_KEYS = Set.of("sparesOnSite", "responseHours", "serviceLevel",
            "fleetAgeHours");
    private static final Set<String> SIMULATION_KEYS = Set.of("days", "trials");

    private enum Check { POSITIVE, NON_NEGATIVE, PROBABILITY, OPEN_FRACTION }

    private ReliabilityInputsParser() {
    }

    /**
     * A scenario's reliability settings: the bundled {@code reliability.yaml}, then a user's
     * {@code --catalog} copy (its entries, full figures with source and status, replace the bundled
     * ones key by key), then the scenario's section.
     */
    public static ReliabilitySettings parse(Optional<Node> section, Interconnect ic, Catalogs catalogs) {
        return parse(section, ic, catalogs.interconnect(), catalogs.bundled(FILE), catalogs.user(FILE).orElse(null));
    }

    static ReliabilitySettings parse(Optional<Node> section, Interconnect sc, Catalog catalog, YamlDoc reliabilityCatalog,
                                     YamlDoc userCatalog) {
        State st = new State(sc.name());
        Node root = reliabilityCatalog.root().expectKeys(CATALOG_KEYS);
        st.apply(root, true);
        st.requireComplete(root);
        if (userCatalog != null) {
            st.apply(userCatalog.root().expectKeys(CATALOG_KEYS), true);
        }
        section.ifPresent(n -> st.apply(n.expectKeys(SECTION_KEYS), false));

        List<OpticsArchitecture> archs = section.flatMap(n -> n.optional("architectures"))
                .map(n -> listed(n, sc, catalog))
                .orElseGet(() -> withAlsoCompare(sc, catalog, st));

        Map<FaultKind, FailureMode> modes = new EnumMap<>(FaultKind.class);
        for (FaultKind k : FaultKind.values()) {
            modes.put(k, new FailureMode(k, st.fit.get(k), st.shape.getOrDefault(k,
                    Figure.of(1, "", "exponential lifetimes (no Weibull shape given)", Status.ASSUMPTION))));
        }
        Map<Part, RepairSpec> repairs = new EnumMap<>(Part.class);
        for (Part p : Part.values()) {
            Figure[] r = st.repairs.get(p);
            repairs.put(p, new RepairSpec(p, r[0], r[1], r[2]));
        }
        JobModel job = new JobModel(st.job.get("interruptProbability"), st.job.get("fabricInterruptProbability"),
                hours(st.job.get("restartMinutes")), hours(st.job.get("checkpointWriteMinutes")),
                Optional.ofNullable(st.job.get("checkpointIntervalMinutes")).map(ReliabilityInputsParser::hours),
                st.job.get("otherInterruptionsPerDay"), st.waitForRepair, st.drainInterrupts);
        ServicePolicy service = new ServicePolicy(st.sparesOnSite, st.service.get("responseHours"),
                st.service.get("serviceLevel"), st.service.get("fleetAgeHours"));
        return new ReliabilitySettings(archs, modes, repairs, job, service, st.days, st.trials,
                ReliabilitySimulator.MODEL_NOTES);
    }

    private static Figure hours(Figure minutes) {
        return new Figure(Units.hoursFromMinutes(minutes.value()), "h", minutes.source(), minutes.status(),
                joinNote(minutes.note(), "given as " + num(minutes.value()) + " min"));
    }

    private static List<OpticsArchitecture> listed(Node list, Interconnect sc, Catalog catalog) {
        List<OpticsArchitecture> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> known = new ArrayList<>(catalog.architectureIds());
        for (Node e : list.elements()) {
            String id = e.text();
            OpticsArchitecture a = sc.architectures().stream().filter(x -> x.id().equals(id)).findFirst()
                    .or(() -> catalog.architecture(id))
                    .orElseThrow(() -> e.error("unknown architecture id", Suggest.hint(id, known)));
            if (!seen.add(id)) {
                throw e.error("listed twice", "list each architecture once");
            }
            out.add(a);
        }
        if (out.isEmpty()) {
            throw list.error("lists no architecture", "leave 'architectures' out to compare the scenario's own");
        }
        return out;
    }

    private static List<OpticsArchitecture> withAlsoCompare(Interconnect sc, Catalog catalog, State st) {
        List<OpticsArchitecture> out = new ArrayList<>(sc.architectures());
        for (Node e : st.alsoCompare) {
            String id = e.text();
            OpticsArchitecture a = catalog.architecture(id)
                    .orElseThrow(() -> e.error("unknown architecture id", Suggest.hint(id, catalog.architectureIds())));
            if (out.stream().noneMatch(x -> x.id().equals(id))) {
                out.add(a);
            }
        }
        return out;
    }

    /** Values as they are layered: catalog first, then the scenario's overrides. */
    private static final class State {
        final String scenario;
        final Map<FaultKind, Figure> fit = new EnumMap<>(FaultKind.class);
        final Map<FaultKind, Figure> shape = new EnumMap<>(FaultKind.class);
        final Map<Part, Figure[]> repairs = new EnumMap<>(Part.class);
        final Map<String, Figure> job = new LinkedHashMap<>();
        final Map<String, Figure> service = new LinkedHashMap<>();
        final List<Node> alsoCompare = new ArrayList<>();
        boolean waitForRepair;
        boolean drainInterrupts = true;
        boolean sparesOnSite = true;
        double days = 365;
        int trials = 400;

        State(String scenario) {
            this.scenario = scenario;
        }

        void apply(Node root, boolean catalog) {
            root.optional("failureModes").ifPresent(n -> {
                for (Map.Entry<String, Node> e : n.entries().entrySet()) {
                    FaultKind k = kind(e.getKey(), e.getValue());
                    mode(k, e.getValue().expectKeys(MODE_KEYS), catalog);
                }
            });
            root.optional("repairs").ifPresent(n -> {
                for (Map.Entry<String, Node> e : n.entries().entrySet()) {
                    Part p = part(e.getKey(), e.getValue());
                    Node r = e.getValue().expectKeys(REPAIR_KEYS);
                    Figure[] cur = repairs.computeIfAbsent(p, x -> new Figure[3]);
                    String[] keys = {"repairHours", "technicianHours", "resupplyDays"};
                    String[] units = {"h", "h", "d"};
                    for (int i = 0; i < 3; i++) {
                        if (r.has(keys[i])) {
                            cur[i] = read(r.child(keys[i]), cur[i], units[i], Check.NON_NEGATIVE, catalog);
                        } else if (catalog) {
                            r.require(keys[i]);
                        }
                    }
                }
            });
            root.optional("job").ifPresent(n -> {
                n.expectKeys(JOB_KEYS);
                figure(n, "interruptProbability", job, "", Check.PROBABILITY, catalog);
                figure(n, "fabricInterruptProbability", job, "", Check.PROBABILITY, catalog);
                figure(n, "restartMinutes", job, "min", Check.POSITIVE, catalog);
                figure(n, "checkpointWriteMinutes", job, "min", Check.POSITIVE, catalog);
                figure(n, "checkpointIntervalMinutes", job, "min", Check.POSITIVE, catalog);
                figure(n, "otherInterruptionsPerDay", job, "1/d", Check.NON_NEGATIVE, catalog);
                if (n.has("waitForRepair")) {
                    waitForRepair = n.child("waitForRepair").bool();
                }
                if (n.has("drainInterrupts")) {
                    drainInterrupts = n.child("drainInterrupts").bool();
                }
            });
            root.optional("service").ifPresent(n -> {
                n.expectKeys(SERVICE_KEYS);
                if (n.has("sparesOnSite")) {
                    sparesOnSite = n.child("sparesOnSite").bool();
                }
                figure(n, "responseHours", service, "h", Check.NON_NEGATIVE, catalog);
                figure(n, "serviceLevel", service, "", Check.OPEN_FRACTION, catalog);
                figure(n, "fleetAgeHours", service, "h", Check.NON_NEGATIVE, catalog);
            });
            root.optional("alsoCompare").ifPresent(n -> {
                alsoCompare.clear();
                alsoCompare.addAll(n.elements());
            });
            root.optional("simulation").ifPresent(n -> {
                n.expectKeys(SIMULATION_KEYS);
                if (n.has("days")) {
                    Node d = n.child("days");
                    days = d.number();
                    if (!(days > 0) || days > ReliabilitySimulator.MAX_DAYS) {
                        throw d.error("must be above 0 and at most " + (long) ReliabilitySimulator.MAX_DAYS, "e.g. 54 or 365");
                    }
                }
                if (n.has("trials")) {
                    Node t = n.child("trials");
                    long v = t.integer();
                    if (v < ReliabilitySimulator.MIN_TRIALS || v > ReliabilitySimulator.MAX_TRIALS) {
                        throw t.error("must be between " + ReliabilitySimulator.MIN_TRIALS + " and "
                                + ReliabilitySimulator.MAX_TRIALS, "a few hundred trials give tight intervals");
                    }
                    trials = (int) v;
                }
            });
        }

        void requireComplete(Node root) {
            Node modes = root.require("failureModes");
            for (FaultKind k : FaultKind.values()) {
                if (!fit.containsKey(k)) {
                    modes.require(k.key());
                }
            }
            Node rep = root.require("repairs");
            for (Part p : Part.values()) {
                if (!repairs.containsKey(p)) {
                    rep.require(p.key());
                }
            }
            Node j = root.require("job");
            for (String k : List.of("interruptProbability", "fabricInterruptProbability", "restartMinutes",
                    "checkpointWriteMinutes", "otherInterruptionsPerDay")) {
                if (!job.containsKey(k)) {
                    j.require(k);
                }
            }
            Node s = root.require("service");
            for (String k : List.of("responseHours", "serviceLevel", "fleetAgeHours")) {
                if (!service.containsKey(k)) {
                    s.require(k);
                }
            }
        }

        private void mode(FaultKind k, Node n, boolean catalog) {
            if (n.has("fit") && n.has("mtbfHours")) {
                throw n.child("mtbfHours").error("give fit or mtbfHours, not both", "FIT = 1e9 / MTBF hours");
            }
            if (n.has("fit")) {
                fit.put(k, read(n.child("fit"), fit.get(k), "FIT", Check.POSITIVE, catalog));
            } else if (n.has("mtbfHours")) {
                Figure m = read(n.child("mtbfHours"), null, "h", Check.POSITIVE, catalog);
                Figure before = fit.get(k);
                String note = joinNote(m.note(), "MTBF " + num(m.value()) + " h");
                if (!catalog && before != null && !n.child("mtbfHours").isObject()) {
                    note = joinNote(note, "catalog had " + num(before.value()) + " FIT from " + before.source());
                }
                fit.put(k, new Figure(Units.mtbfHoursToFit(m.value()), "FIT", m.source(), m.status(), note));
            } else if (catalog) {
                throw n.error("needs a rate: fit or mtbfHours", "e.g. 'mtbfHours: { value: 750000, source: ..., status: ... }'");
            }
            if (n.has("weibullShape")) {
                shape.put(k, read(n.child("weibullShape"), shape.get(k), "", Check.POSITIVE, catalog));
            }
        }

        private void figure(Node parent, String key, Map<String, Figure> into, String unit, Check check, boolean catalog) {
            if (parent.has(key)) {
                into.put(key, read(parent.child(key), into.get(key), unit, check, catalog));
            }
        }

        private Figure read(Node n, Figure base, String unit, Check check, boolean catalog) {
            Figure f;
            Node valueNode = n;
            if (n.isObject()) {
                f = check == Check.POSITIVE ? CatalogLoader.positiveFigure(n, unit) : CatalogLoader.nonNegativeFigure(n, unit);
                valueNode = n.child("value");
            } else if (catalog) {
                throw n.error("a figure needs value, source and status",
                        "write it as '{ value: ..., source: \"...\", status: assumption }'");
            } else {
                double v = check == Check.POSITIVE ? n.positive() : n.nonNegative();
                f = base != null && base.unit().equals(unit) ? base.overridden(v, scenario)
                        : new Figure(v, unit, "scenario override (" + scenario + ")", Status.ASSUMPTION, "");
            }
            if (check == Check.PROBABILITY && f.value() > 1) {
                throw valueNode.error("must be between 0 and 1", "1 = every such fault stops the job");
            }
            if (check == Check.OPEN_FRACTION && !(f.value() > 0 && f.value() < 1)) {
                throw valueNode.error("must be above 0 and below 1", "e.g. 0.99");
            }
            return f;
        }
    }

    private static FaultKind kind(String key, Node n) {
        try {
            return FaultKind.fromKey(key);
        } catch (IllegalArgumentException e) {
            throw n.error("unknown failure mode", Suggest.hint(key, FaultKind.keys()));
        }
    }

    private static Part part(String key, Node n) {
        try {
            return Part.fromKey(key);
        } catch (IllegalArgumentException e) {
            throw n.error("unknown part", Suggest.hint(key, Part.keys()));
        }
    }

    private static String joinNote(String a, String b) {
        return a == null || a.isEmpty() ? b : a + "; " + b;
    }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format(java.util.Locale.ROOT, "%,d", (long) d)
                : String.valueOf(d);
    }
}
