package org.cpolens.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Catalog;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.Status;
import org.cpolens.model.market.AdoptionCurve;
import org.cpolens.model.market.AdoptionFit;
import org.cpolens.model.market.AdoptionFitter;
import org.cpolens.model.market.InputFigure;
import org.cpolens.model.market.MarketSettings;
import org.cpolens.model.market.Metric;
import org.cpolens.model.market.PriceCurve;
import org.cpolens.model.market.Risk;
import org.cpolens.model.market.Spread;
import org.cpolens.model.market.TopDownSource;
import org.cpolens.model.market.Uncertainty;
import org.cpolens.model.eval.Interconnect;

/**
 * Reads a scenario's optional {@code market:} section on top of the bundled defaults
 * ({@code catalog/market-defaults.yaml}) and top-down sources ({@code catalog/market-sources.yaml}).
 * Every bad value is one {@link InputException} naming file:line, the field, the value and a hint.
 */
public final class MarketInputsParser {
    public static final String DEFAULTS = Catalogs.MARKET_DEFAULTS;
    public static final String SOURCES = Catalogs.MARKET_SOURCES;

    static final Set<String> MARKET_KEYS = Set.of("startYear", "endYear", "architecture", "deployments", "adoption",
            "price", "sources");
    private static final Set<String> DEFAULT_KEYS = Set.of("startYear", "endYear", "architecture", "deployments",
            "adoption", "price", "units", "uncertainty", "risks");
    private static final List<String> MODELS = List.of("bass", "logistic", "gompertz");
    private static final Set<String> ADOPTION_KEYS = Set.of("model", "p", "q", "marketPotential", "ceiling",
            "launchYear", "points", "k", "midpointYear", "b", "c", "referenceYear");
    private static final List<String> PRICE_MODELS = List.of("wright", "annual-decline");
    private static final Set<String> PRICE_KEYS = Set.of("model", "initialUsdPerPort", "learningRate", "annualDecline",
            "priorCumulativePorts");
    private static final Set<String> SOURCE_KEYS = Set.of("id", "name", "metric", "scope", "source", "status", "note",
            "baseYear", "baseValue", "cagr", "toYear", "points");
    private static final Set<String> FIGURE_KEYS = Set.of("value", "source", "status", "note", "unit");
    private static final Set<String> SPREAD_KEYS = Set.of("low", "mode", "high", "source", "status", "note");
    private static final Set<String> RISK_KEYS = Set.of("id", "name", "nameZhTw", "probability", "delayYears");
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;

    private MarketInputsParser() {
    }

    /**
     * A scenario's market section over the catalog's defaults ({@code market-defaults.yaml}, the
     * user's copy replacing the bundled one when {@code --catalog} holds one) and top-down sources
     * ({@code market-sources.yaml}; a user's entries add or replace by id).
     */
    public static MarketSettings parse(Optional<Node> section, Interconnect ic, Catalogs catalogs) {
        String name = ic.name();
        Node d = catalogs.user(Catalogs.MARKET_DEFAULTS).orElseGet(() -> catalogs.bundled(Catalogs.MARKET_DEFAULTS))
                .root().expectKeys(DEFAULT_KEYS);
        Node m = section.map(n -> n.expectKeys(MARKET_KEYS)).orElse(null);
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

        double[] deployments = deployments(m, d, start, end, name, figures);

        OpticsArchitecture arch = architecture(m, d, ic, catalogs.interconnect());
        Node units = d.require("units").expectKeys("lasersPerWafer");
        Figure lasersPerWafer = catalogFigure(units.require("lasersPerWafer"), "lasers/wafer", true);
        figures.add(new InputFigure("market.units.lasersPerWafer", lasersPerWafer));
        for (ArchitectureFigure f : List.of(ArchitectureFigure.ENGINE_GBPS, ArchitectureFigure.FAUS_PER_ENGINE)) {
            figures.add(new InputFigure(arch.id() + "." + f.key(), arch.figure(f)));
        }

        AdoptionFit[] fit = new AdoptionFit[1];
        AdoptionCurve adoption = adoption(m == null ? null : m.optional("adoption").orElse(null),
                d.require("adoption"), start, name, figures, fit);
        PriceCurve price = price(m == null ? null : m.optional("price").orElse(null), d.require("price"), arch,
                ic, name, figures);
        Uncertainty uncertainty = uncertainty(d.require("uncertainty"), d.require("risks"), figures);

        List<TopDownSource> sources = catalogSources(catalogs);
        if (m != null && m.has("sources")) {
            Set<String> ids = new java.util.HashSet<>();
            sources.forEach(s -> ids.add(s.id()));
            List<Node> extra = m.child("sources").elements();
            List<TopDownSource> added = sources(m.child("sources"), name);
            for (int i = 0; i < added.size(); i++) {
                if (!ids.add(added.get(i).id())) {
                    throw extra.get(i).child("id").error("a source with this id already exists",
                            "give your source its own id");
                }
            }
            sources.addAll(added);
        }
        Node where = section.orElse(d);
        return at(where, () -> new MarketSettings(name, start, end, deployments, arch, lasersPerWafer, adoption,
                fit[0], price, uncertainty, sources, figures));
    }

    /** The bundled top-down sources, with a user's {@code market-sources.yaml} entries added or replacing by id. */
    static List<TopDownSource> catalogSources(Catalogs catalogs) {
        java.util.Map<String, TopDownSource> byId = new java.util.LinkedHashMap<>();
        for (TopDownSource s : sources(catalogs.bundled(SOURCES).root().expectKeys("sources").require("sources"), null)) {
            byId.put(s.id(), s);
        }
        catalogs.user(SOURCES).ifPresent(doc -> {
            for (TopDownSource s : sources(doc.root().expectKeys("sources").require("sources"), null)) {
                byId.put(s.id(), s);
            }
        });
        return new ArrayList<>(byId.values());
    }

    /** The bundled top-down sources, for views that list them without a scenario. */
    public static List<TopDownSource> bundledSources() {
        return sources(CatalogLoader.bundledDoc(SOURCES).root().expectKeys("sources").require("sources"), null);
    }

    // ---- years and deployments

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

    private static double[] deployments(Node m, Node d, int start, int end, String scenario, List<InputFigure> figures) {
        boolean own = m != null && m.has("deployments");
        Node node = own ? m.child("deployments") : d.require("deployments");
        Map<Integer, Figure> byYear = new TreeMap<>();
        int previous = Integer.MIN_VALUE;
        for (Map.Entry<String, Node> e : node.entries().entrySet()) {
            int y = yearKey(node, e.getKey());
            if (y <= previous) {
                throw new InputException(e.getValue().where(), e.getValue().path(), e.getKey(),
                        "years out of order: " + y + " comes after " + previous, "list years in ascending order, once each");
            }
            previous = y;
            Figure f = own ? figure(e.getValue(), "accelerators", scenario, false)
                    : catalogFigure(e.getValue(), "accelerators", false);
            if (y >= start && y <= end) {
                byYear.put(y, f);
            } else if (own) {
                throw new InputException(e.getValue().where(), e.getValue().path(), e.getKey(),
                        "outside startYear..endYear (" + start + ".." + end + ")", "drop it or widen the years");
            }
        }
        double[] out = new double[end - start + 1];
        for (int y = start; y <= end; y++) {
            Figure f = byYear.get(y);
            if (f == null) {
                Node where = own ? node : (m != null && m.has("endYear") ? m.child("endYear")
                        : m != null && m.has("startYear") ? m.child("startYear") : node);
                throw where.error("no accelerator deployments for " + y,
                        "add '" + y + ": N' under market.deployments, or keep the years within "
                                + firstLast(node) + " where defaults exist");
            }
            out[y - start] = f.value();
            figures.add(new InputFigure("market.deployments." + y, f));
        }
        return out;
    }

    private static String firstLast(Node node) {
        List<String> keys = new ArrayList<>(node.entries().keySet());
        return keys.isEmpty() ? "the default years" : keys.get(0) + ".." + keys.get(keys.size() - 1);
    }

    // ---- architecture

    private static OpticsArchitecture architecture(Node m, Node d, Interconnect scenario, Catalog catalog) {
        if (m != null && m.has("architecture")) {
            Node n = m.child("architecture");
            String id = n.text();
            Optional<OpticsArchitecture> inScenario = scenario.architectures().stream().filter(a -> a.id().equals(id))
                    .findFirst();
            OpticsArchitecture a = inScenario.or(() -> catalog.architecture(id))
                    .orElseThrow(() -> n.error("unknown architecture id", Suggest.hint(id, catalog.architectureIds())));
            return a;
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

    // ---- adoption

    private static AdoptionCurve adoption(Node s, Node d, int start, String scenario, List<InputFigure> figures,
                                          AdoptionFit[] fit) {
        d.expectKeys(ADOPTION_KEYS);
        if (s != null) {
            s.expectKeys(ADOPTION_KEYS);
        }
        Node modelNode = s != null && s.has("model") ? s.child("model") : d.require("model");
        String model = modelNode.oneOf(MODELS);
        Node ceilingNode = s != null && s.has("ceiling") ? s.child("ceiling")
                : s != null && s.has("marketPotential") ? s.child("marketPotential") : d.require("marketPotential");
        Figure ceiling = figureOf(ceilingNode, s, "share", scenario);
        if (!(ceiling.value() > 0) || ceiling.value() > 1) {
            throw ceilingNode.error("share outside (0, 1]", "1.0 means CPO could take every port");
        }
        figures.add(new InputFigure("market.adoption.marketPotential", ceiling));
        Node launchNode = s != null && s.has("launchYear") ? s.child("launchYear") : d.require("launchYear");
        int launch = year(launchNode);

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
                figures.add(new InputFigure("market.adoption.points." + y,
                        Figure.of(share, "share", "scenario " + scenario + " (adoption point to fit)", Status.ASSUMPTION)));
            }
            AdoptionFit f = at(pts, () -> AdoptionFitter.fit(model, points, ceiling.value(), launch));
            fit[0] = f;
            return f.curve();
        }
        switch (model) {
            case "bass" -> {
                Node pNode = s != null && s.has("p") ? s.child("p") : d.require("p");
                Node qNode = s != null && s.has("q") ? s.child("q") : d.require("q");
                Figure p = figureOf(pNode, s, "", scenario, true);
                Figure q = figureOf(qNode, s, "", scenario, true);
                if (!(p.value() > 0)) {
                    throw pNode.error("p must be greater than zero", "innovation coefficients for B2B optics run ~0.01-0.05");
                }
                if (!(q.value() > 0)) {
                    throw qNode.error("q must be greater than zero", "imitation coefficients for B2B optics run ~0.3-0.5");
                }
                figures.add(new InputFigure("market.adoption.p", p));
                figures.add(new InputFigure("market.adoption.q", q));
                return at(s != null ? s : d, () -> new AdoptionCurve.Bass(p.value(), q.value(), ceiling.value(), launch));
            }
            case "logistic" -> {
                Node k = requireForModel(s, "k", model);
                Node mid = requireForModel(s, "midpointYear", model);
                double kv = k.positive();
                double mv = year(mid);
                figures.add(new InputFigure("market.adoption.k", Figure.of(kv, "1/yr", "scenario " + scenario, Status.ASSUMPTION)));
                return at(s, () -> new AdoptionCurve.Logistic(kv, mv, ceiling.value()));
            }
            default -> {
                Node b = requireForModel(s, "b", model);
                Node c = requireForModel(s, "c", model);
                Node ref = requireForModel(s, "referenceYear", model);
                double bv = b.positive();
                double cv = c.positive();
                double rv = year(ref);
                figures.add(new InputFigure("market.adoption.c", Figure.of(cv, "1/yr", "scenario " + scenario, Status.ASSUMPTION)));
                return at(s, () -> new AdoptionCurve.Gompertz(bv, cv, rv, ceiling.value()));
            }
        }
    }

    private static Node requireForModel(Node s, String key, String model) {
        if (s == null || !s.has(key)) {
            Node where = s == null ? null : s;
            String hint = "give 'points: {2026: 0.01, 2030: 0.35}' to fit a " + model + " curve, or its parameters";
            if (where == null) {
                throw InputException.field("market.adoption." + key, null, "missing", hint);
            }
            throw new InputException(where.where(), where.path() + "." + key, null, "missing for model " + model, hint);
        }
        return s.child(key);
    }

    // ---- price

    private static PriceCurve price(Node s, Node d, OpticsArchitecture arch, Interconnect scenario, String name,
                                    List<InputFigure> figures) {
        d.expectKeys(PRICE_KEYS);
        if (s != null) {
            s.expectKeys(PRICE_KEYS);
        }
        String model = (s != null && s.has("model") ? s.child("model") : d.require("model")).oneOf(PRICE_MODELS);
        Figure initial;
        if (s != null && s.has("initialUsdPerPort")) {
            initial = figure(s.child("initialUsdPerPort"), "USD/port", name, true);
        } else {
            Figure c = arch.figure(ArchitectureFigure.COST_PER_PORT_USD);
            initial = new Figure(arch.valueAtPort(ArchitectureFigure.COST_PER_PORT_USD,
                    scenario.fabricRequest().portGbps()), "USD/port", c.source() + " (" + arch.id() + " costPerPortUsd)",
                    c.status(), c.note());
        }
        if (!(initial.value() > 0)) {
            throw (s != null && s.has("initialUsdPerPort") ? s.child("initialUsdPerPort") : d)
                    .error("the initial price per port must be greater than zero", "set market.price.initialUsdPerPort");
        }
        figures.add(new InputFigure("market.price.initialUsdPerPort", initial));
        if (model.equals("wright")) {
            Node lrNode = s != null && s.has("learningRate") ? s.child("learningRate") : d.require("learningRate");
            Figure lr = figureOf(lrNode, s, "per doubling", name);
            checkRate(lrNode, lr.value());
            Node priorNode = s != null && s.has("priorCumulativePorts") ? s.child("priorCumulativePorts")
                    : d.require("priorCumulativePorts");
            Figure prior = figureOf(priorNode, s, "ports", name);
            if (!(prior.value() > 0)) {
                throw priorNode.error("must be greater than zero", "ports shipped before the first modelled year");
            }
            figures.add(new InputFigure("market.price.learningRate", lr));
            figures.add(new InputFigure("market.price.priorCumulativePorts", prior));
            return new PriceCurve.Wright(initial.value(), lr.value(), prior.value());
        }
        Node dNode = s != null && s.has("annualDecline") ? s.child("annualDecline") : d.require("annualDecline");
        Figure decline = figureOf(dNode, s, "per year", name);
        checkRate(dNode, decline.value());
        figures.add(new InputFigure("market.price.annualDecline", decline));
        return new PriceCurve.AnnualDecline(initial.value(), decline.value());
    }

    private static void checkRate(Node n, double v) {
        if (!(v >= 0) || !(v < 1)) {
            throw n.error("must be at least 0 and below 1", "write 0.2 for 20%");
        }
    }

    // ---- uncertainty

    private static Uncertainty uncertainty(Node u, Node risks, List<InputFigure> figures) {
        u.expectKeys("adoptionP", "adoptionQ", "asp", "learningRate", "deployments");
        Spread p = spread(u.require("adoptionP"), "adoptionP", figures);
        Spread q = spread(u.require("adoptionQ"), "adoptionQ", figures);
        Spread asp = spread(u.require("asp"), "asp", figures);
        Spread lr = spread(u.require("learningRate"), "learningRate", figures);
        Spread dep = spread(u.require("deployments"), "deployments", figures);
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
        return new Uncertainty(p, q, asp, lr, dep, list);
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

    static List<TopDownSource> sources(Node list, String scenario) {
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
            String scope = n.has("scope") ? n.child("scope").text() : "";
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
    private static Figure figureOf(Node n, Node scenarioSection, String unit, String scenario) {
        return figureOf(n, scenarioSection, unit, scenario, false);
    }

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
