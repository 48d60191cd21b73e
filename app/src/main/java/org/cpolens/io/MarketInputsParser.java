package org.cpolens.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.catalog.Catalog;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.Status;
import org.cpolens.model.eval.Interconnect;
import org.cpolens.model.eval.OpticsLayer;
import org.cpolens.model.market.AcceleratorFleet;
import org.cpolens.model.market.AdoptionCurve;
import org.cpolens.model.market.AdoptionFit;
import org.cpolens.model.market.AdoptionFitter;
import org.cpolens.model.market.ForecastScope;
import org.cpolens.model.market.InputFigure;
import org.cpolens.model.market.LayerAdoption;
import org.cpolens.model.market.LayerSpread;
import org.cpolens.model.market.LegacyModel;
import org.cpolens.model.market.MarketSettings;
import org.cpolens.model.market.Metric;
import org.cpolens.model.market.NotCompared;
import org.cpolens.model.market.Platform;
import org.cpolens.model.market.PriceCurve;
import org.cpolens.model.market.Prices;
import org.cpolens.model.market.PublishedVolume;
import org.cpolens.model.market.Risk;
import org.cpolens.model.market.ShippedProduct;
import org.cpolens.model.market.Spread;
import org.cpolens.model.market.TopDownSource;
import org.cpolens.model.market.Uncertainty;
import org.cpolens.model.market.ValueScope;
import org.cpolens.model.market.YearShift;

/**
 * Reads a scenario's optional {@code market:} section on top of the bundled defaults
 * ({@code catalog/market-defaults.yaml}), the top-down sources ({@code catalog/market-sources.yaml})
 * and the accelerator fleet ({@code catalog/fleet.yaml}). Every bad value is one {@link InputException}
 * naming file:line, the field, the value and a hint.
 */
public final class MarketInputsParser {
    public static final String DEFAULTS = Catalogs.MARKET_DEFAULTS;
    public static final String SOURCES = Catalogs.MARKET_SOURCES;

    static final Set<String> MARKET_KEYS = Set.of("startYear", "endYear", "architecture", "scope", "layers", "adoption",
            "price", "sources", "deployments");
    private static final Set<String> DEFAULT_KEYS = Set.of("startYear", "endYear", "architecture", "scope", "layers",
            "price", "units", "bridgeFrom", "hindcast", "uncertainty", "risks");
    private static final List<String> MODELS = List.of("bass", "logistic", "gompertz");
    private static final Set<String> ADOPTION_KEYS = Set.of("model", "p", "q", "marketPotential", "ceiling",
            "launchYear", "points", "k", "midpointYear", "b", "c", "referenceYear", "shipped");
    private static final List<String> PRICE_MODELS = List.of("wright", "annual-decline");
    private static final Set<String> PRICE_KEYS = Set.of("model", "initialUsdPerGbps", "baseYear", "learningRate",
            "annualDecline", "priorCumulativeGbps", "laserModuleUsd", "systemGrossMargin", "initialUsdPerPort");
    private static final Set<String> SOURCE_KEYS = Set.of("id", "name", "metric", "scope", "source", "status", "note",
            "baseYear", "baseValue", "cagr", "toYear", "points");
    private static final Set<String> SCOPE_KEYS = Set.of("counts", "value", "layers", "npo", "status", "note");
    private static final Set<String> FIGURE_KEYS = Set.of("value", "source", "status", "note", "unit");
    private static final Set<String> SPREAD_KEYS = Set.of("low", "mode", "high", "source", "status", "note");
    private static final Set<String> RISK_KEYS = Set.of("id", "name", "nameZhTw", "probability", "delayYears");
    private static final Set<String> SHIPPED_KEYS = Set.of("name", "year", "date", "source", "status");
    private static final Set<String> UNCERTAINTY_KEYS = Set.of("volumes", "bandwidth", "asp", "learningRate",
            "grossMargin", "layers");
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;

    private MarketInputsParser() {
    }

    /**
     * A scenario's market section over the catalog's defaults ({@code market-defaults.yaml}, the
     * user's copy replacing the bundled one when {@code --catalog} holds one), top-down sources
     * ({@code market-sources.yaml}; a user's entries add or replace by id) and fleet.
     */
    public static MarketSettings parse(Optional<Node> section, Interconnect ic, Catalogs catalogs) {
        String name = ic.name();
        Node d = catalogs.user(Catalogs.MARKET_DEFAULTS).orElseGet(() -> catalogs.bundled(Catalogs.MARKET_DEFAULTS))
                .root().expectKeys(DEFAULT_KEYS);
        Node m = section.map(n -> n.expectKeys(MARKET_KEYS)).orElse(null);
        if (m != null && m.has("deployments")) {
            throw m.child("deployments").error("accelerator volumes now come from the fleet of every platform",
                    "change platforms' shipments with a fleet.yaml in --catalog DIR (see catalog/fleet.yaml)");
        }
        List<InputFigure> figures = new ArrayList<>();

        Node startNode = pick(m, d, "startYear");
        Node endNode = pick(m, d, "endYear");
        int start = year(startNode);
        int end = year(endNode);
        if (end < start) {
            throw endNode.error("years out of order: endYear is before startYear " + start,
                    "endYear must be at least startYear");
        }
        if (end - start > 50) {
            throw endNode.error("more than 50 years after startYear " + start, "forecast at most 50 years");
        }

        AcceleratorFleet fleet = catalogs.fleet();
        for (int y = start; y <= end; y++) {
            if (!(fleet.shipmentsIn(y) > 0)) {
                Node where = m != null && m.has("endYear") ? m.child("endYear") : m != null && m.has("startYear")
                        ? m.child("startYear") : endNode;
                throw where.error("no platform of the fleet ships in " + y,
                        "keep the years within the fleet's (catalog/fleet.yaml), or add shipments for " + y);
            }
        }
        fleetFigures(fleet, figures);

        OpticsArchitecture arch = architecture(m, d, ic, catalogs.interconnect());
        Node units = d.require("units").expectKeys("lasersPerWafer");
        Figure lasersPerWafer = catalogFigure(units.require("lasersPerWafer"), "lasers/wafer", true);
        figures.add(new InputFigure("market.units.lasersPerWafer", lasersPerWafer));

        ValueScope headline = headline(m, d, name, figures);
        Map<OpticsLayer, LayerAdoption> layers = layers(m, d, end, name, figures);
        Prices prices = prices(m == null ? null : m.optional("price").orElse(null), d.require("price"), name, figures);
        LegacyModel legacy = legacy(d.require("bridgeFrom"), arch, ic, figures);
        List<PublishedVolume> hindcast = hindcast(d.require("hindcast"), figures);
        Uncertainty uncertainty = uncertainty(d.require("uncertainty"), d.require("risks"), figures);

        List<TopDownSource> sources = catalogSources(catalogs, headline);
        if (m != null && m.has("sources")) {
            Set<String> ids = new java.util.HashSet<>();
            sources.forEach(s -> ids.add(s.id()));
            List<Node> extra = m.child("sources").elements();
            List<TopDownSource> added = sources(m.child("sources"), name, headline);
            for (int i = 0; i < added.size(); i++) {
                if (!ids.add(added.get(i).id())) {
                    throw extra.get(i).child("id").error("a source with this id already exists",
                            "give your source its own id");
                }
            }
            sources.addAll(added);
        }
        List<NotCompared> notCompared = notCompared(catalogs);
        Node where = section.orElse(d);
        return at(where, () -> new MarketSettings(name, start, end, arch, lasersPerWafer, layers, prices, headline, 1.0,
                uncertainty, fleet, legacy, hindcast, sources, notCompared, figures));
    }

    /** The bundled top-down sources, with a user's {@code market-sources.yaml} entries added or replacing by id. */
    static List<TopDownSource> catalogSources(Catalogs catalogs, ValueScope headline) {
        java.util.Map<String, TopDownSource> byId = new java.util.LinkedHashMap<>();
        for (TopDownSource s : sources(sourcesRoot(catalogs.bundled(SOURCES)).require("sources"), null, headline)) {
            byId.put(s.id(), s);
        }
        catalogs.user(SOURCES).ifPresent(doc -> {
            Node root = sourcesRoot(doc);
            if (root.has("sources")) {
                for (TopDownSource s : sources(root.child("sources"), null, headline)) {
                    byId.put(s.id(), s);
                }
            }
        });
        return new ArrayList<>(byId.values());
    }

    private static Node sourcesRoot(YamlDoc doc) {
        return doc.root().expectKeys("sources", "notCompared");
    }

    /** The bundled top-down sources, for views that list them without a scenario. */
    public static List<TopDownSource> bundledSources() {
        return sources(sourcesRoot(CatalogLoader.bundledDoc(SOURCES)).require("sources"), null, ValueScope.OPTICS);
    }

    private static List<NotCompared> notCompared(Catalogs catalogs) {
        java.util.Map<String, NotCompared> byId = new java.util.LinkedHashMap<>();
        List<YamlDoc> docs = new ArrayList<>(List.of(catalogs.bundled(SOURCES)));
        catalogs.user(SOURCES).ifPresent(docs::add);
        for (YamlDoc doc : docs) {
            Node root = sourcesRoot(doc);
            if (!root.has("notCompared")) {
                continue;
            }
            for (Node n : root.child("notCompared").elements()) {
                n.expectKeys("id", "name", "figure", "reason", "source", "status");
                String id = n.require("id").text().trim();
                byId.put(id, new NotCompared(id, n.has("name") ? n.child("name").text() : id,
                        n.has("figure") ? n.child("figure").text() : "", n.require("reason").text(),
                        CatalogLoader.source(n), CatalogLoader.status(n.require("status"))));
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** Every shipment and reading weight of the fleet, for the sources appendix. */
    private static void fleetFigures(AcceleratorFleet fleet, List<InputFigure> figures) {
        for (Platform p : fleet.platforms()) {
            p.shipments().forEach((y, f) -> figures.add(new InputFigure("fleet." + p.id() + ".shipments." + y, f)));
            if (p.readings().size() > 1) {
                p.readings().forEach(r -> figures.add(new InputFigure("fleet." + p.id() + ".readings." + r.id()
                        + ".weight", r.weight())));
            }
        }
    }

    // ---- years

    private static Node pick(Node m, Node d, String key) {
        return m != null && m.has(key) ? m.child(key) : d.require(key);
    }

    private static int year(Node n) {
        long y = n.integer();
        if (y < MIN_YEAR || y > MAX_YEAR) {
            throw n.error("not a plausible year", "a calendar year between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        return (int) y;
    }

    private static int yearKey(Node parent, String key) {
        Node k = parent.child(key);
        try {
            int y = Integer.parseInt(key.trim());
            if (y < MIN_YEAR || y > MAX_YEAR) {
                throw new NumberFormatException();
            }
            return y;
        } catch (NumberFormatException e) {
            throw new InputException(k.where(), k.path(), key, "not a year", "keys are calendar years such as 2027");
        }
    }

    // ---- architecture and scope

    private static OpticsArchitecture architecture(Node m, Node d, Interconnect scenario, Catalog catalog) {
        if (m != null && m.has("architecture")) {
            Node n = m.child("architecture");
            String id = n.text();
            Optional<OpticsArchitecture> inScenario = scenario.architectures().stream().filter(a -> a.id().equals(id))
                    .findFirst();
            return inScenario.or(() -> catalog.architecture(id))
                    .orElseThrow(() -> n.error("unknown architecture id", Suggest.hint(id, catalog.architectureIds())));
        }
        Optional<OpticsArchitecture> cpo = scenario.cpo();
        if (cpo.isPresent()) {
            return cpo.get();
        }
        Node n = d.require("architecture");
        String id = n.text();
        return catalog.architecture(id)
                .orElseThrow(() -> n.error("the default CPO architecture is not in the catalog",
                        "add 'market: { architecture: ID }' naming a cpo architecture"));
    }

    private static ValueScope headline(Node m, Node d, String scenario, List<InputFigure> figures) {
        if (m != null && m.has("scope")) {
            Node n = m.child("scope");
            ValueScope v = valueScope(n.isObject() ? n.expectKeys("value", "source", "status", "note").require("value") : n);
            figures.add(new InputFigure("market.scope", Figure.of(v.ordinal(), v.word(), "scenario " + scenario,
                    Status.ASSUMPTION)));
            return v;
        }
        Node n = d.require("scope").expectKeys("value", "source", "status", "note");
        ValueScope v = valueScope(n.require("value"));
        figures.add(new InputFigure("market.scope", new Figure(v.ordinal(), v.word(), CatalogLoader.source(n),
                CatalogLoader.status(n.require("status")), "")));
        return v;
    }

    private static ValueScope valueScope(Node n) {
        return ValueScope.fromWord(n.oneOf(ValueScope.words())).orElseThrow();
    }

    // ---- layers

    private static Map<OpticsLayer, LayerAdoption> layers(Node m, Node d, int end, String scenario,
                                                          List<InputFigure> figures) {
        Node dl = d.require("layers").expectKeys(layerWords());
        Node ml = m != null && m.has("layers") ? m.child("layers").expectKeys(layerWords()) : null;
        if (m != null && m.has("adoption") && ml != null && ml.has(OpticsLayer.SWITCH.word())) {
            throw m.child("adoption").error("give the switch layer's curve once",
                    "market.adoption is market.layers.switch; keep one of the two");
        }
        Map<OpticsLayer, LayerAdoption> out = new EnumMap<>(OpticsLayer.class);
        for (OpticsLayer l : OpticsLayer.values()) {
            Node s = ml != null && ml.has(l.word()) ? ml.child(l.word())
                    : l == OpticsLayer.SWITCH && m != null && m.has("adoption") ? m.child("adoption") : null;
            out.put(l, layer(l, s, dl.require(l.word()), end, scenario, figures));
        }
        return out;
    }

    private static List<String> layerWords() {
        return java.util.Arrays.stream(OpticsLayer.values()).map(OpticsLayer::word).toList();
    }

    private static LayerAdoption layer(OpticsLayer layer, Node s, Node d, int end, String scenario,
                                       List<InputFigure> figures) {
        d.expectKeys(ADOPTION_KEYS);
        if (s != null) {
            s.expectKeys(ADOPTION_KEYS);
        }
        String key = "market.layers." + layer.word() + ".";
        Node modelNode = s != null && s.has("model") ? s.child("model") : d.require("model");
        String model = modelNode.oneOf(MODELS);
        boolean sameModel = model.equals(d.require("model").text());
        Node ceilingNode = s != null && s.has("ceiling") ? s.child("ceiling")
                : s != null && s.has("marketPotential") ? s.child("marketPotential")
                : d.has("marketPotential") ? d.child("marketPotential") : d.require("ceiling");
        Figure ceiling = figureOf(ceilingNode, s, "share", scenario, false);
        if (!(ceiling.value() > 0) || ceiling.value() > 1) {
            throw ceilingNode.error("share outside (0, 1]", "1.0 means CPO could take every port");
        }
        figures.add(new InputFigure(key + "ceiling", ceiling));
        Node launchNode = s != null && s.has("launchYear") ? s.child("launchYear") : d.require("launchYear");
        Figure launchFigure = launchNode.isObject() ? CatalogLoader.positiveFigure(launchNode, "year")
                : Figure.of(year(launchNode), "year", s != null && s.has("launchYear") ? "scenario " + scenario
                : "market-defaults.yaml", Status.ASSUMPTION);
        Node launchValue = launchNode.isObject() ? launchNode.child("value") : launchNode;
        int launch = year(launchValue);
        if (launch > end) {
            throw launchValue.error("the launch year is after endYear " + end + ": the layer would ship nothing",
                    "launch it by " + end + ", or widen endYear");
        }
        figures.add(new InputFigure(key + "launchYear", launchFigure));
        List<ShippedProduct> shipped = shipped(s != null && s.has("shipped") ? s.child("shipped")
                : d.has("shipped") ? d.child("shipped") : null, figures, key);

        if (s != null && s.has("points")) {
            Node pts = s.child("points");
            TreeMap<Integer, Double> points = new TreeMap<>();
            int previous = Integer.MIN_VALUE;
            for (Map.Entry<String, Node> e : pts.entries().entrySet()) {
                int y = yearKey(pts, e.getKey());
                if (y <= previous) {
                    throw new InputException(e.getValue().where(), e.getValue().path(), e.getKey(),
                            "years out of order: " + y + " comes after " + previous, "list years in ascending order");
                }
                previous = y;
                double share = e.getValue().between(0, 1);
                points.put(y, share);
                figures.add(new InputFigure(key + "points." + y,
                        Figure.of(share, "share", "scenario " + scenario + " (adoption point to fit)", Status.ASSUMPTION)));
            }
            AdoptionFit f = at(pts, () -> AdoptionFitter.fit(model, points, ceiling.value(), launch));
            return at(pts, () -> new LayerAdoption(layer, f.curve(), f, launch, shipped));
        }
        Node where = s != null ? s : d;
        AdoptionCurve curve = switch (model) {
            case "bass" -> {
                Figure p = param(s, d, sameModel, "p", model, scenario, key, figures, true);
                Figure q = param(s, d, sameModel, "q", model, scenario, key, figures, true);
                yield at(where, () -> new AdoptionCurve.Bass(p.value(), q.value(), ceiling.value(), launch));
            }
            case "logistic" -> {
                Figure k = param(s, d, sameModel, "k", model, scenario, key, figures, true);
                Figure mid = param(s, d, sameModel, "midpointYear", model, scenario, key, figures, true);
                checkYear(s, d, "midpointYear", mid.value());
                yield at(where, () -> new AdoptionCurve.Logistic(k.value(), mid.value(), ceiling.value()));
            }
            default -> {
                Figure b = param(s, d, sameModel, "b", model, scenario, key, figures, true);
                Figure c = param(s, d, sameModel, "c", model, scenario, key, figures, true);
                Figure ref = param(s, d, sameModel, "referenceYear", model, scenario, key, figures, true);
                checkYear(s, d, "referenceYear", ref.value());
                yield at(where, () -> new AdoptionCurve.Gompertz(b.value(), c.value(), ref.value(), ceiling.value()));
            }
        };
        return at(where, () -> new LayerAdoption(layer, curve, null, launch, shipped));
    }

    /** A curve parameter from the scenario, else (for the same model) from the defaults. */
    private static Figure param(Node s, Node d, boolean sameModel, String key, String model, String scenario,
                                String prefix, List<InputFigure> figures, boolean positive) {
        Node n;
        if (s != null && s.has(key)) {
            n = s.child(key);
        } else if (sameModel && d.has(key)) {
            n = d.child(key);
        } else {
            String hint = "give 'points: {2026: 0.01, 2030: 0.35}' to fit a " + model + " curve, or its parameters";
            Node where = s != null ? s : d;
            throw new InputException(where.where(), where.path() + "." + key, null, "missing for model " + model, hint);
        }
        Figure f = figureOf(n, s, "", scenario, positive);
        figures.add(new InputFigure(prefix + key, f));
        return f;
    }

    private static void checkYear(Node s, Node d, String key, double v) {
        if (!(v >= MIN_YEAR && v <= MAX_YEAR)) {
            Node n = s != null && s.has(key) ? s.child(key) : d.child(key);
            throw n.error("not a plausible year", "a calendar year between " + MIN_YEAR + " and " + MAX_YEAR);
        }
    }

    private static List<ShippedProduct> shipped(Node list, List<InputFigure> figures, String prefix) {
        List<ShippedProduct> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        for (Node n : list.elements()) {
            n.expectKeys(SHIPPED_KEYS);
            String name = n.require("name").text();
            int y = year(n.require("year"));
            String date = n.has("date") ? n.child("date").text() : String.valueOf(y);
            String source = CatalogLoader.source(n);
            Status status = CatalogLoader.status(n.require("status"));
            out.add(new ShippedProduct(name, y, date, source, status));
            figures.add(new InputFigure(prefix + "shipped." + out.size(), new Figure(y, "year", name + ": " + source,
                    status, "shipping since " + date)));
        }
        return out;
    }

    // ---- prices

    private static Prices prices(Node s, Node d, String name, List<InputFigure> figures) {
        d.expectKeys(PRICE_KEYS);
        if (s != null) {
            s.expectKeys(PRICE_KEYS);
            if (s.has("initialUsdPerPort")) {
                throw s.child("initialUsdPerPort").error("prices are per Gb/s of engine, so 1.6T and 3.2T ports cost "
                        + "their bandwidth", "write initialUsdPerGbps, e.g. 0.6 for US$480 per 800G port");
            }
        }
        String model = (s != null && s.has("model") ? s.child("model") : d.require("model")).oneOf(PRICE_MODELS);
        Node initialNode = s != null && s.has("initialUsdPerGbps") ? s.child("initialUsdPerGbps")
                : d.require("initialUsdPerGbps");
        Figure initial = figureOf(initialNode, s, "USD/Gbps", name, true);
        figures.add(new InputFigure("market.price.initialUsdPerGbps", initial));
        int baseYear = year(s != null && s.has("baseYear") ? s.child("baseYear") : d.require("baseYear"));
        PriceCurve engine;
        if (model.equals("wright")) {
            Node lrNode = s != null && s.has("learningRate") ? s.child("learningRate") : d.require("learningRate");
            Figure lr = figureOf(lrNode, s, "per doubling", name, false);
            checkRate(lrNode, lr.value());
            Node priorNode = s != null && s.has("priorCumulativeGbps") ? s.child("priorCumulativeGbps")
                    : d.require("priorCumulativeGbps");
            Figure prior = figureOf(priorNode, s, "Gb/s", name, true);
            figures.add(new InputFigure("market.price.learningRate", lr));
            figures.add(new InputFigure("market.price.priorCumulativeGbps", prior));
            engine = at(lrNode, () -> new PriceCurve.Wright(initial.value(), lr.value(), prior.value()));
        } else {
            Node dNode = s != null && s.has("annualDecline") ? s.child("annualDecline") : d.require("annualDecline");
            Figure decline = figureOf(dNode, s, "per year", name, false);
            checkRate(dNode, decline.value());
            figures.add(new InputFigure("market.price.annualDecline", decline));
            engine = new PriceCurve.AnnualDecline(initial.value(), decline.value());
        }
        Node lmNode = s != null && s.has("laserModuleUsd") ? s.child("laserModuleUsd") : d.require("laserModuleUsd");
        Figure laserModule = figureOf(lmNode, s, "USD/module", name, false);
        figures.add(new InputFigure("market.price.laserModuleUsd", laserModule));
        Node gmNode = s != null && s.has("systemGrossMargin") ? s.child("systemGrossMargin") : d.require("systemGrossMargin");
        Figure margin = figureOf(gmNode, s, "share", name, false);
        if (!(margin.value() < Prices.MAX_MARGIN)) {
            throw (gmNode.isObject() ? gmNode.child("value") : gmNode).error("must be at least 0 and below "
                    + Prices.MAX_MARGIN, "0.5 means the system sells its optics at twice their component price");
        }
        figures.add(new InputFigure("market.price.systemGrossMargin", margin));
        PriceCurve e = engine;
        return at(s != null ? s : d, () -> new Prices(e, baseYear, laserModule, margin));
    }

    private static void checkRate(Node n, double v) {
        if (!(v >= 0) || !(v < 1)) {
            throw (n.isObject() ? n.child("value") : n).error("must be at least 0 and below 1", "write 0.2 for 20%");
        }
    }

    // ---- the bridge's start and the hindcast

    private static LegacyModel legacy(Node n, OpticsArchitecture arch, Interconnect ic, List<InputFigure> figures) {
        n.expectKeys("deployments", "learningRate", "priorCumulativePorts");
        Node dep = n.require("deployments");
        TreeMap<Integer, Figure> byYear = new TreeMap<>();
        for (Map.Entry<String, Node> e : dep.entries().entrySet()) {
            byYear.put(yearKey(dep, e.getKey()), catalogFigure(e.getValue(), "accelerators", false));
        }
        if (byYear.isEmpty() || byYear.lastKey() - byYear.firstKey() + 1 != byYear.size()) {
            throw dep.error("needs one value per year, without gaps", "e.g. 2026: ..., 2027: ..., 2028: ...");
        }
        double[] d = new double[byYear.size()];
        int i = 0;
        for (Map.Entry<Integer, Figure> e : byYear.entrySet()) {
            d[i++] = e.getValue().value();
            figures.add(new InputFigure("market.bridgeFrom.deployments." + e.getKey(), e.getValue()));
        }
        Figure lr = catalogFigure(n.require("learningRate"), "per doubling", false);
        checkRate(n.child("learningRate"), lr.value());
        Figure prior = catalogFigure(n.require("priorCumulativePorts"), "ports", true);
        Figure c = arch.figure(ArchitectureFigure.COST_PER_PORT_USD);
        double initial = arch.valueAtPort(ArchitectureFigure.COST_PER_PORT_USD, ic.fabricRequest().portGbps());
        figures.add(new InputFigure("market.bridgeFrom.initialUsdPerPort", new Figure(initial, "USD/port",
                c.source() + " (" + arch.id() + " costPerPortUsd)", c.status(), c.note())));
        figures.add(new InputFigure("market.bridgeFrom.learningRate", lr));
        figures.add(new InputFigure("market.bridgeFrom.priorCumulativePorts", prior));
        return at(n, () -> new LegacyModel(byYear.firstKey(), d, new PriceCurve.Wright(initial, lr.value(), prior.value())));
    }

    private static List<PublishedVolume> hindcast(Node list, List<InputFigure> figures) {
        List<PublishedVolume> out = new ArrayList<>();
        for (Node n : list.elements()) {
            n.expectKeys("year", "class", "value", "source", "status", "note");
            int y = year(n.require("year"));
            String cls = n.require("class").oneOf(PublishedVolume.CLASSES);
            Figure f = new Figure(n.require("value").positive(), "modules", CatalogLoader.source(n),
                    CatalogLoader.status(n.require("status")), n.has("note") ? n.child("note").text() : "");
            out.add(new PublishedVolume(y, cls, f));
            figures.add(new InputFigure("market.hindcast." + y + "." + cls, f));
        }
        return out;
    }

    // ---- uncertainty

    private static Uncertainty uncertainty(Node u, Node risks, List<InputFigure> figures) {
        u.expectKeys(UNCERTAINTY_KEYS);
        Spread volumes = spread(u.require("volumes"), "volumes", figures);
        Spread bandwidth = spread(u.require("bandwidth"), "bandwidth", figures);
        Spread asp = spread(u.require("asp"), "asp", figures);
        Spread lr = spread(u.require("learningRate"), "learningRate", figures);
        Spread gm = spread(u.require("grossMargin"), "grossMargin", figures);
        Map<OpticsLayer, LayerSpread> layers = new EnumMap<>(OpticsLayer.class);
        Node ln = u.has("layers") ? u.child("layers").expectKeys(layerWords()) : null;
        for (OpticsLayer l : OpticsLayer.values()) {
            if (ln == null || !ln.has(l.word())) {
                continue;
            }
            Node n = ln.child(l.word()).expectKeys("p", "growth", "launchShift");
            String k = "layers." + l.word() + ".";
            Spread p = n.has("p") ? spread(n.child("p"), k + "p", figures) : Spread.constant(1);
            Spread g = n.has("growth") ? spread(n.child("growth"), k + "growth", figures) : Spread.constant(1);
            YearShift shift = YearShift.none();
            if (n.has("launchShift")) {
                Node s = n.child("launchShift").expectKeys(SPREAD_KEYS);
                double low = s.require("low").number();
                double mode = s.require("mode").number();
                double high = s.require("high").number();
                shift = at(s, () -> new YearShift(low, mode, high));
                figures.add(new InputFigure("market.uncertainty." + k + "launchShift", new Figure(mode,
                        "years (triangular " + low + " / " + mode + " / " + high + ")", CatalogLoader.source(s),
                        CatalogLoader.status(s.require("status")), "")));
            }
            layers.put(l, new LayerSpread(p, g, shift));
        }
        List<Risk> list = new ArrayList<>();
        for (Node r : risks.elements()) {
            r.expectKeys(RISK_KEYS);
            String id = r.require("id").text();
            Figure prob = catalogFigure(r.require("probability"), "probability", false);
            if (prob.value() > 1) {
                throw r.child("probability").child("value").error("must be between 0 and 1", null);
            }
            Figure delay = catalogFigure(r.require("delayYears"), "years", false);
            String en = r.has("name") ? r.child("name").text() : id;
            String zh = r.has("nameZhTw") ? r.child("nameZhTw").text() : en;
            list.add(new Risk(id, en, zh, prob, delay));
            figures.add(new InputFigure("market.risks." + id + ".probability", prob));
            figures.add(new InputFigure("market.risks." + id + ".delayYears", delay));
        }
        return new Uncertainty(volumes, bandwidth, asp, lr, gm, layers, true, list);
    }

    private static Spread spread(Node n, String key, List<InputFigure> figures) {
        n.expectKeys(SPREAD_KEYS);
        double low = n.require("low").nonNegative();
        double mode = n.require("mode").nonNegative();
        double high = n.require("high").nonNegative();
        if (!(low <= mode && mode <= high)) {
            throw n.error("needs low <= mode <= high", "e.g. { low: 0.8, mode: 1.0, high: 1.25 }");
        }
        String source = CatalogLoader.source(n);
        Status status = CatalogLoader.status(n.require("status"));
        figures.add(new InputFigure("market.uncertainty." + key,
                new Figure(mode, "x (triangular " + low + " / " + mode + " / " + high + ")", source, status, "")));
        return new Spread(low, mode, high);
    }

    // ---- top-down sources

    /**
     * @param scenario the scenario adding these sources, or null for a catalog file (whose figures and
     *                 scopes must be written out in full)
     * @param headline a scenario source without a scope is read at this value scope, every layer
     */
    static List<TopDownSource> sources(Node list, String scenario, ValueScope headline) {
        List<TopDownSource> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Node n : list.elements()) {
            n.expectKeys(SOURCE_KEYS);
            String id = n.require("id").text().trim();
            if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
                throw n.child("id").error("ids are lower-case letters, digits, dots and dashes", "e.g. my-broker-2026");
            }
            if (!seen.add(id)) {
                throw n.child("id").error("the same id appears twice", "give each source its own id");
            }
            String name = n.has("name") ? n.child("name").text() : id;
            Metric metric = n.has("metric") ? metric(n.child("metric")) : Metric.REVENUE_USD;
            ForecastScope scope;
            if (n.has("scope")) {
                scope = scope(n.child("scope"));
            } else if (scenario != null) {
                scope = ForecastScope.all("", headline, Status.ASSUMPTION,
                        "no scope given: read at the headline value scope, every layer");
            } else {
                throw n.error("missing: what the forecast counts (scope)",
                        "give scope: { counts: \"...\", value: optics, layers: [switch, nic, scaleUp], npo: false, status: assumption }");
            }
            String source = CatalogLoader.source(n);
            Status status = CatalogLoader.status(n.require("status"));
            String note = n.has("note") ? n.child("note").text() : "";
            String unit = metric == Metric.PORTS ? "ports" : "USD";
            boolean byPoints = n.has("points");
            boolean byCagr = n.has("cagr") || n.has("baseValue") || n.has("baseYear");
            if (byPoints == byCagr) {
                throw n.error("give either points, or baseYear + baseValue + cagr + toYear",
                        "e.g. points: {2025: 1.0e8, 2030: 3.9e10}");
            }
            if (byPoints) {
                Node pts = n.child("points");
                List<Map.Entry<String, Node>> entries = new ArrayList<>(pts.entries().entrySet());
                if (entries.isEmpty() || entries.size() > 2) {
                    throw pts.error("give one or two points", "two points derive the CAGR; one point is shown alone");
                }
                int y0 = yearKey(pts, entries.get(0).getKey());
                double v0 = sourceFigure(entries.get(0).getValue(), unit, source, status, scenario).value();
                if (entries.size() == 1) {
                    out.add(TopDownSource.atPoint(id, name, metric, y0, v0, scope, source, status, note));
                    continue;
                }
                int y1 = yearKey(pts, entries.get(1).getKey());
                if (y1 <= y0) {
                    Node v = entries.get(1).getValue();
                    throw new InputException(v.where(), v.path(), entries.get(1).getKey(),
                            "years out of order: " + y1 + " is not after " + y0, "list the earlier year first");
                }
                double v1 = sourceFigure(entries.get(1).getValue(), unit, source, status, scenario).value();
                out.add(TopDownSource.fromPoints(id, name, metric, y0, v0, y1, v1, scope, source, status, note));
            } else {
                int base = year(n.require("baseYear"));
                double baseValue = sourceFigure(n.require("baseValue"), unit, source, status, scenario).value();
                Node cagrNode = n.require("cagr");
                Node cagrValue = cagrNode.isObject() ? cagrNode.require("value") : cagrNode;
                if (cagrNode.isObject()) {
                    cagrNode.expectKeys(FIGURE_KEYS);
                    CatalogLoader.source(cagrNode);
                    CatalogLoader.status(cagrNode.require("status"));
                }
                double cagr = cagrValue.number();
                if (!(cagr > -1)) {
                    throw cagrValue.error("a CAGR below -100% is impossible", "write the rate as a fraction: 1.72 for 172%");
                }
                Node toNode = n.require("toYear");
                int to = year(toNode);
                if (to <= base) {
                    throw toNode.error("years out of order: toYear must be after baseYear " + base, null);
                }
                out.add(TopDownSource.fromCagr(id, name, metric, base, baseValue, cagr, to, scope, source, status, note));
            }
        }
        return out;
    }

    /** What a forecast counts: value scope, layers, NPO, and how sure the reading is. */
    private static ForecastScope scope(Node n) {
        if (!n.isObject()) {
            throw n.error("a scope is a mapping, not a phrase",
                    "scope: { counts: \"" + n.text() + "\", value: optics, layers: [switch, nic, scaleUp], npo: false, status: assumption }");
        }
        n.expectKeys(SCOPE_KEYS);
        ValueScope value = valueScope(n.require("value"));
        Node list = n.require("layers");
        Set<OpticsLayer> layers = EnumSet.noneOf(OpticsLayer.class);
        for (Node l : list.elements()) {
            String w = l.oneOf(layerWords());
            layers.add(java.util.Arrays.stream(OpticsLayer.values()).filter(x -> x.word().equals(w)).findFirst()
                    .orElseThrow());
        }
        if (layers.isEmpty()) {
            throw list.error("a forecast counts at least one layer", "any of " + String.join(", ", layerWords()));
        }
        boolean npo = n.has("npo") && n.child("npo").bool();
        Status status = CatalogLoader.status(n.require("status"));
        return new ForecastScope(n.has("counts") ? n.child("counts").text() : "", value, layers, npo, status,
                n.has("note") ? n.child("note").text() : "");
    }

    private static Metric metric(Node n) {
        String w = n.oneOf(List.of("revenueUsd", "ports"));
        return w.equals("ports") ? Metric.PORTS : Metric.REVENUE_USD;
    }

    /** A source's number: a figure mapping, or (in a scenario) a plain positive number. */
    private static Figure sourceFigure(Node n, String unit, String source, Status status, String scenario) {
        if (n.isObject()) {
            return CatalogLoader.positiveFigure(n, unit);
        }
        if (scenario == null) {
            throw n.error("a catalog figure needs value, source and status",
                    "write it as '{ value: ..., source: \"...\", status: secondary }'");
        }
        return Figure.of(n.positive(), unit, source, status);
    }

    // ---- figures

    /** A catalog figure (mapping with value, source, status). */
    private static Figure catalogFigure(Node n, String unit, boolean positive) {
        return positive ? CatalogLoader.positiveFigure(n, unit) : CatalogLoader.nonNegativeFigure(n, unit);
    }

    /** A figure from the scenario section when {@code scenarioSection} holds it, else from the catalog. */
    private static Figure figureOf(Node n, Node scenarioSection, String unit, String scenario, boolean positive) {
        boolean fromScenario = scenarioSection != null && n.path().startsWith(scenarioSection.path() + ".");
        return fromScenario ? figure(n, unit, scenario, positive) : catalogFigure(n, unit, positive);
    }

    /** A scenario value: a plain number (an assumption sourced to the scenario) or a full figure mapping. */
    private static Figure figure(Node n, String unit, String scenario, boolean positive) {
        if (n.isObject()) {
            return positive ? CatalogLoader.positiveFigure(n, unit) : CatalogLoader.nonNegativeFigure(n, unit);
        }
        double v = positive ? n.positive() : n.number();
        if (!positive && v < 0) {
            throw n.error("must not be negative", null);
        }
        return Figure.of(v, unit, "scenario " + scenario, Status.ASSUMPTION);
    }

    /** Runs a model constructor and places its field error at {@code n}'s file:line. */
    private static <T> T at(Node n, Supplier<T> make) {
        try {
            return make.get();
        } catch (InputException e) {
            if (e.where() != null) {
                throw e;
            }
            throw e.at(n.where());
        }
    }
}
