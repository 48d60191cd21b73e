package org.cpolens.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cpolens.model.catalog.ArchitectureKind;
import org.cpolens.model.catalog.Catalog;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.Status;
import org.cpolens.model.eval.Interconnect;
import org.cpolens.model.sim.FailureMode;
import org.cpolens.model.sim.FieldExposure;
import org.cpolens.model.sim.FlapRate;
import org.cpolens.model.sim.LinkFlapModel;
import org.cpolens.model.sim.RateEstimate;
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
            "alsoCompare", "simulation", "fieldExposure", "notYetModelled", "linkFlaps", "partPrices");
    private static final Set<String> SECTION_KEYS = Set.of("architectures", "failureModes", "repairs", "job", "service",
            "alsoCompare", "simulation", "linkFlaps", "partPrices");
    private static final Set<String> MODE_KEYS = Set.of("fit", "mtbfHours", "weibullShape", "fitPerGbps", "fromExposure",
            "confidence", "mttfFactors");
    private static final Set<String> FLAP_KEYS = Set.of("stopProbability", "recoverySeconds", "confidence", "rates");
    private static final Set<String> FLAP_RATE_KEYS = Set.of("fitPerGbps", "fromExposure", "assumption");
    private static final Set<String> REPAIR_KEYS = Set.of("repairHours", "technicianHours", "resupplyDays");
    private static final Set<String> JOB_KEYS = Set.of("interruptProbability", "fabricInterruptProbability",
            "restartMinutes", "checkpointWriteMinutes", "checkpointIntervalMinutes", "otherInterruptionsPerDay",
            "waitForRepair", "drainInterrupts");
    private static final Set<String> SERVICE_KEYS = Set.of("sparesOnSite", "responseHours", "serviceLevel",
            "fleetAgeHours");
    private static final Set<String> SIMULATION_KEYS = Set.of("days", "trials", "engineRateFactors");
    private static final String ENGINE_UNIT = "FIT per Gb/s";

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

        Map<String, FieldExposure> exposures = new LinkedHashMap<>();
        FieldExposureParser.exposures(reliabilityCatalog).forEach(e -> exposures.put(e.id(), e));
        if (userCatalog != null) {
            FieldExposureParser.exposures(userCatalog).forEach(e -> exposures.put(e.id(), e));
        }
        Map<FaultKind, FailureMode> modes = new EnumMap<>(FaultKind.class);
        for (FaultKind k : FaultKind.values()) {
            Figure shape = st.shape.getOrDefault(k,
                    Figure.of(1, "", "exponential lifetimes (no Weibull shape given)", Status.ASSUMPTION));
            Map<ArchitectureKind, Figure> factors = st.mttfFactors.getOrDefault(k, Map.of());
            if (k == FaultKind.OPTICAL_ENGINE && st.engineExposure != null) {
                RateEstimate bound = exposure(exposures, st.engineExposure).fitPerGbps(st.engineConfidence.value());
                modes.put(k, new FailureMode(k, boundFigure(bound, exposure(exposures, st.engineExposure),
                        st.engineConfidence, null), shape, Optional.of(bound), factors));
            } else {
                modes.put(k, new FailureMode(k, st.fit.get(k), shape, Optional.empty(), factors));
            }
        }
        Map<ArchitectureKind, FlapRate> flapRates = new EnumMap<>(ArchitectureKind.class);
        for (ArchitectureKind k : ArchitectureKind.values()) {
            FlapState f = st.flapRates.get(k);
            if (f.exposure != null) {
                FieldExposure e = exposure(exposures, f.exposure);
                RateEstimate bound = e.fitPerGbps(st.flapConfidence.value());
                flapRates.put(k, new FlapRate(k, boundFigure(bound, e, st.flapConfidence, f.assumption),
                        Optional.of(bound)));
            } else {
                flapRates.put(k, new FlapRate(k, f.fitPerGbps, Optional.empty()));
            }
        }
        LinkFlapModel flaps = new LinkFlapModel(st.flapStop, st.flapRecovery, flapRates);
        Map<String, OpticsArchitecture> known = new LinkedHashMap<>();
        catalog.architectures().forEach(a -> known.put(a.id(), a));
        sc.architectures().forEach(a -> known.put(a.id(), a));
        sc.nic().ifPresent(a -> known.put(a.id(), a));
        sc.scaleUp().ifPresent(x -> known.put(x.architecture().id(), x.architecture()));
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
                ReliabilitySimulator.MODEL_NOTES, flaps, st.engineRateFactors, known, st.prices,
                List.copyOf(exposures.values()));
    }

    private static FieldExposure exposure(Map<String, FieldExposure> exposures, Node id) {
        FieldExposure e = exposures.get(id.text());
        if (e == null) {
            throw id.error("unknown field exposure", Suggest.hint(id.text(), List.copyOf(exposures.keySet())));
        }
        return e;
    }

    /**
     * The figure a zero-failure bound stands for: its value, the exposure's source and status (or a
     * labelled assumption when the bound is borrowed from another family's data), and the derivation.
     */
    private static Figure boundFigure(RateEstimate bound, FieldExposure e, Figure confidence, String assumption) {
        String label = bound.label();
        String derivation = label + " from " + num(e.exposurePortHours().value()) + " " + num(e.portGbps().value())
                + "G-port-hours with " + (long) e.failures().value() + " failures (chi-square): "
                + num3(bound.value() * e.portGbps().value()) + " FIT per " + num(e.portGbps().value()) + "G port, "
                + num3(bound.value()) + " per Gb/s; confidence " + confidence.value() + " (" + confidence.status().word() + ")";
        if (assumption != null) {
            return new Figure(bound.value(), ENGINE_UNIT, assumption + " [" + label + " of " + e.id() + ": "
                    + e.exposurePortHours().source() + "]", Status.ASSUMPTION, derivation);
        }
        return new Figure(bound.value(), ENGINE_UNIT, label + " of " + e.id() + ": " + e.exposurePortHours().source(),
                e.exposurePortHours().status(), derivation);
    }

    private static String num3(double d) {
        return String.format(java.util.Locale.ROOT, "%,.3f", d);
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
        final Map<FaultKind, Map<ArchitectureKind, Figure>> mttfFactors = new EnumMap<>(FaultKind.class);
        /** The engine rate's exposure (null when a plain fitPerGbps is given) and its confidence. */
        Node engineExposure;
        Figure engineConfidence;
        final Map<ArchitectureKind, FlapState> flapRates = new EnumMap<>(ArchitectureKind.class);
        Figure flapStop;
        Figure flapRecovery;
        Figure flapConfidence;
        final Map<Part, Figure> prices = new EnumMap<>(Part.class);
        List<Double> engineRateFactors = List.of();
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
            root.optional("linkFlaps").ifPresent(n -> flaps(n.expectKeys(FLAP_KEYS), catalog));
            root.optional("partPrices").ifPresent(n -> {
                for (Map.Entry<String, Node> e : n.entries().entrySet()) {
                    Part p = part(e.getKey(), e.getValue());
                    prices.put(p, read(e.getValue(), prices.get(p), "USD", Check.POSITIVE, catalog));
                }
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
                if (n.has("engineRateFactors")) {
                    List<Double> fs = new ArrayList<>();
                    double last = 0;
                    for (Node e : n.child("engineRateFactors").elements()) {
                        double f = e.number();
                        if (!(f > last) || f > 1) {
                            throw e.error("must be ascending, above 0 and at most 1", "e.g. [0.1, 0.25, 0.5, 1]");
                        }
                        last = f;
                        fs.add(f);
                    }
                    if (!fs.isEmpty() && last != 1) {
                        throw n.child("engineRateFactors").error("must end at 1", "1 is the rate itself: [0.1, 0.5, 1]");
                    }
                    engineRateFactors = List.copyOf(fs);
                }
            });
        }

        private void flaps(Node n, boolean catalog) {
            if (n.has("stopProbability")) {
                flapStop = read(n.child("stopProbability"), flapStop, "", Check.PROBABILITY, catalog);
            }
            if (n.has("recoverySeconds")) {
                flapRecovery = read(n.child("recoverySeconds"), flapRecovery, "s", Check.NON_NEGATIVE, catalog);
            }
            if (n.has("confidence")) {
                flapConfidence = read(n.child("confidence"), flapConfidence, "", Check.OPEN_FRACTION, catalog);
            }
            n.optional("rates").ifPresent(rates -> {
                for (Map.Entry<String, Node> e : rates.entries().entrySet()) {
                    ArchitectureKind k = family(e.getKey(), e.getValue());
                    Node r = e.getValue().expectKeys(FLAP_RATE_KEYS);
                    FlapState f = flapRates.computeIfAbsent(k, x -> new FlapState());
                    if (r.has("fitPerGbps") && r.has("fromExposure")) {
                        throw r.child("fromExposure").error("give fitPerGbps or fromExposure, not both",
                                "fromExposure reads the upper bound from field data with no flap");
                    }
                    if (r.has("assumption") && !r.has("fromExposure")) {
                        throw r.child("assumption").error("labels a bound borrowed from another family's exposure",
                                "use it with fromExposure; a fitPerGbps carries its own source and status");
                    }
                    if (r.has("fitPerGbps")) {
                        f.fitPerGbps = read(r.child("fitPerGbps"), f.fitPerGbps, ENGINE_UNIT, Check.NON_NEGATIVE, catalog);
                        f.exposure = null;
                        f.assumption = null;
                    } else if (r.has("fromExposure")) {
                        f.exposure = r.child("fromExposure");
                        f.exposure.text();
                        f.assumption = r.has("assumption") ? r.child("assumption").text() : null;
                    } else if (catalog) {
                        throw r.error("needs a rate: fitPerGbps or fromExposure",
                                "e.g. 'fitPerGbps: { value: 1.67, source: ..., status: assumption }'");
                    }
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
            if (fit.get(FaultKind.OPTICAL_ENGINE) == null && engineExposure == null) {
                modes.require(FaultKind.OPTICAL_ENGINE.key());
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
            Node fl = root.require("linkFlaps");
            for (String k : List.of("stopProbability", "recoverySeconds", "confidence")) {
                fl.require(k);
            }
            Node rates = fl.require("rates");
            for (ArchitectureKind k : ArchitectureKind.values()) {
                if (!flapRates.containsKey(k)) {
                    rates.require(k.word());
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
            if (k == FaultKind.OPTICAL_ENGINE) {
                engine(n, catalog);
            } else {
                for (String key : List.of("fitPerGbps", "fromExposure", "confidence")) {
                    if (n.has(key)) {
                        throw n.child(key).error("only the optical engine's rate is per Gb/s or read from field exposure",
                                "give fit or mtbfHours per device");
                    }
                }
                deviceRate(k, n, catalog);
            }
            if (n.has("weibullShape")) {
                shape.put(k, read(n.child("weibullShape"), shape.get(k), "", Check.POSITIVE, catalog));
            }
            n.optional("mttfFactors").ifPresent(m -> {
                Map<ArchitectureKind, Figure> cur = mttfFactors.computeIfAbsent(k, x -> new EnumMap<>(ArchitectureKind.class));
                for (Map.Entry<String, Node> e : m.entries().entrySet()) {
                    ArchitectureKind fam = family(e.getKey(), e.getValue());
                    cur.put(fam, read(e.getValue(), cur.get(fam), "x", Check.POSITIVE, catalog));
                }
            });
        }

        /**
         * The optical engine's rate is per Gb/s of engine capacity: the upper bound from a field
         * exposure at a confidence, or a plain figure; a per-device fit or MTBF is refused, since the
         * same figure would mean different things for a 3.2T and a 6.4T engine.
         */
        private void engine(Node n, boolean catalog) {
            for (String key : List.of("fit", "mtbfHours")) {
                if (n.has(key)) {
                    throw n.child(key).error("the optical engine's rate is per Gb/s of engine capacity",
                            "give fitPerGbps (e.g. 0.5 = 3,195 FIT for a 6.4T engine) or fromExposure with a confidence");
                }
            }
            if (n.has("fitPerGbps") && n.has("fromExposure")) {
                throw n.child("fromExposure").error("give fitPerGbps or fromExposure, not both",
                        "fromExposure reads the upper bound from field data");
            }
            if (n.has("confidence")) {
                engineConfidence = read(n.child("confidence"), engineConfidence, "", Check.OPEN_FRACTION, catalog);
            }
            if (n.has("fitPerGbps")) {
                fit.put(FaultKind.OPTICAL_ENGINE, read(n.child("fitPerGbps"), fit.get(FaultKind.OPTICAL_ENGINE),
                        ENGINE_UNIT, Check.POSITIVE, catalog));
                engineExposure = null;
            } else if (n.has("fromExposure")) {
                engineExposure = n.child("fromExposure");
                engineExposure.text();
                fit.put(FaultKind.OPTICAL_ENGINE, null);
            } else if (catalog && engineExposure == null && fit.get(FaultKind.OPTICAL_ENGINE) == null) {
                throw n.error("needs a rate: fitPerGbps or fromExposure",
                        "e.g. 'fromExposure: cpoMetaBailly2026' with 'confidence: { value: 0.95, ... }'");
            }
            if (engineExposure != null && engineConfidence == null) {
                throw n.error("a rate from field exposure needs a confidence", "e.g. 'confidence: { value: 0.95, ... }'");
            }
        }

        private void deviceRate(FaultKind k, Node n, boolean catalog) {
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
            } else if (catalog && !fit.containsKey(k)) {
                throw n.error("needs a rate: fit or mtbfHours", "e.g. 'mtbfHours: { value: 750000, source: ..., status: ... }'");
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

    private static ArchitectureKind family(String key, Node n) {
        return ArchitectureKind.fromWord(key).orElseThrow(() -> n.error("unknown architecture family",
                Suggest.hint(key, ArchitectureKind.words())));
    }

    /** One family's flap rate as layered: a figure, or an exposure (with the assumption text when borrowed). */
    private static final class FlapState {
        Figure fitPerGbps;
        Node exposure;
        String assumption;
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
