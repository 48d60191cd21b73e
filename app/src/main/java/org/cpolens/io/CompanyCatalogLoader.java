package org.cpolens.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.Status;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.eval.Interconnect;
import org.cpolens.model.supply.Company;
import org.cpolens.model.supply.Component;
import org.cpolens.model.supply.ComponentDemand;
import org.cpolens.model.supply.DefaultDemand;
import org.cpolens.model.supply.DemandBasis;
import org.cpolens.model.supply.DemandRule;
import org.cpolens.model.supply.Exposure;
import org.cpolens.model.supply.Layer;
import org.cpolens.model.supply.Listing;
import org.cpolens.model.supply.Role;
import org.cpolens.model.supply.SupplyChain;
import org.cpolens.model.supply.SupplySettings;

/**
 * Reads {@code catalog/companies.yaml} into a {@link SupplyChain}: strict keys, every figure and
 * claim with source and status, component words from the fixed vocabulary, and every reference
 * (customer, parent, input) resolved; each problem is one message with file:line and a hint.
 * A {@code companies.yaml} in the user's {@code --catalog DIR} adds or replaces companies and
 * components by id, and replaces {@code fx} and {@code defaultDemand} when it has them.
 */
public final class CompanyCatalogLoader {
    public static final String FILE = "companies.yaml";

    private static final Set<String> TOP_KEYS = Set.of("fx", "components", "defaultDemand", "companies");
    private static final Set<String> FX_KEYS = Set.of("twdPerUsd");
    private static final Set<String> COMPONENT_KEYS = Set.of("id", "nameEn", "nameZh", "layer", "unit", "inputs",
            "source", "status", "demand", "priceUsd");
    private static final Set<String> DEMAND_KEYS = Set.of("basis", "perBasis", "note");
    private static final Set<String> DEFAULT_DEMAND_KEYS = Set.of("scenario", "year", "clustersPerYear");
    private static final Set<String> COMPANY_KEYS = Set.of("id", "ticker", "market", "nameEn", "nameZh", "layer",
            "parent", "note", "roles", "exposure");
    private static final Set<String> MARKET_KEYS = Set.of("value", "source", "status", "note");
    private static final Set<String> ROLE_KEYS = Set.of("component", "qualified", "sole", "program", "customers",
            "source", "status", "note");
    private static final Set<String> EXPOSURE_KEYS = Set.of("year", "segment", "segmentRevenue", "totalRevenue",
            "shareOfRevenue", "shareOfProducts");
    private static final List<String> CURRENCIES = List.of("TWD", "USD");
    private static final Set<String> SCENARIO_KEYS = Set.of("architecture", "year", "clustersPerYear", "demand");
    private static final Set<String> SCENARIO_DEMAND_KEYS = Set.of("year", "units");

    private CompanyCatalogLoader() {
    }

    /** The bundled supply chain. */
    public static SupplyChain bundled() {
        return load(null);
    }

    /** The bundled chain with {@code userDir/companies.yaml} on top when it exists; userDir may be null. */
    public static SupplyChain load(Path userDir) {
        Parts parts = new Parts();
        read(CatalogLoader.bundledDoc(FILE), parts);
        if (userDir != null) {
            Path f = userDir.resolve(FILE);
            if (Files.exists(f)) {
                read(YamlDoc.read(f), parts);
            }
        }
        return parts.build();
    }

    /** One document on its own (tests, or a complete user catalog). */
    public static SupplyChain parse(YamlDoc doc) {
        Parts parts = new Parts();
        read(doc, parts);
        return parts.build();
    }

    /** Parsed entries, each with the node it came from, so references are checked after merging. */
    private static final class Parts {
        Figure twdPerUsd;
        Node fxNode;
        DefaultDemand defaultDemand;
        final Map<String, Component> components = new LinkedHashMap<>();
        final Map<String, Node> componentNodes = new LinkedHashMap<>();
        final Map<String, Company> companies = new LinkedHashMap<>();
        final Map<String, Node> companyNodes = new LinkedHashMap<>();

        SupplyChain build() {
            if (twdPerUsd == null) {
                throw new InputException(FILE, "fx.twdPerUsd", null, "missing", "add 'fx: { twdPerUsd: {...} }'");
            }
            if (defaultDemand == null) {
                throw new InputException(FILE, "defaultDemand", null, "missing", "add a 'defaultDemand:' section");
            }
            for (Map.Entry<String, Component> e : components.entrySet()) {
                Node n = componentNodes.get(e.getKey());
                List<Node> inputs = n.require("inputs").elements();
                for (Node in : inputs) {
                    String word = in.text();
                    if (!components.containsKey(word)) {
                        throw in.error("no such component in the catalog", Suggest.hint(word, components.keySet()));
                    }
                    if (word.equals(e.getKey())) {
                        throw in.error("a component cannot be an input of itself", null);
                    }
                }
            }
            for (Map.Entry<String, Company> e : companies.entrySet()) {
                Node n = companyNodes.get(e.getKey());
                Company c = e.getValue();
                if (c.parent().isPresent() && !companies.containsKey(c.parent().get())) {
                    throw n.child("parent").error("no such company id in the catalog",
                            Suggest.hint(c.parent().get(), companies.keySet()));
                }
                List<Node> roleNodes = n.require("roles").elements();
                for (int i = 0; i < roleNodes.size(); i++) {
                    Node r = roleNodes.get(i);
                    Role role = c.roles().get(i);
                    if (!components.containsKey(role.component())) {
                        throw r.child("component").error("a component word not described under 'components:'",
                                "describe it under components, or use one of " + String.join(", ", components.keySet()));
                    }
                    if (r.has("customers")) {
                        for (Node cust : r.child("customers").elements()) {
                            String id = cust.text();
                            if (!companies.containsKey(id)) {
                                throw cust.error("no such company id in the catalog", Suggest.hint(id, companies.keySet()));
                            }
                            if (id.equals(c.id())) {
                                throw cust.error("a company cannot be its own customer", null);
                            }
                        }
                    }
                }
            }
            return new SupplyChain(new ArrayList<>(components.values()), new ArrayList<>(companies.values()), twdPerUsd,
                    defaultDemand);
        }
    }

    private static void read(YamlDoc doc, Parts parts) {
        Node root = doc.root().expectKeys(TOP_KEYS);
        root.optional("fx").ifPresent(fx -> {
            fx.expectKeys(FX_KEYS);
            parts.twdPerUsd = CatalogLoader.positiveFigure(fx.require("twdPerUsd"), "TWD/USD");
            parts.fxNode = fx;
        });
        root.optional("defaultDemand").ifPresent(d -> parts.defaultDemand = defaultDemand(d));
        if (root.has("components")) {
            Set<String> seen = new HashSet<>();
            for (Node n : root.child("components").elements()) {
                Component c = component(n);
                if (!seen.add(c.id())) {
                    throw n.child("id").error("the same component appears twice in this file", "keep one entry");
                }
                parts.components.put(c.id(), c);
                parts.componentNodes.put(c.id(), n);
            }
        }
        if (root.has("companies")) {
            Set<String> seen = new HashSet<>();
            Set<String> tickers = new HashSet<>();
            for (Node n : root.child("companies").elements()) {
                Company c = company(n);
                if (!seen.add(c.id())) {
                    throw n.child("id").error("the same company id appears twice in this file", "give each its own id");
                }
                if (!tickers.add(c.ticker())) {
                    throw n.child("ticker").error("the same ticker appears twice in this file", "one entry per listing");
                }
                parts.companies.put(c.id(), c);
                parts.companyNodes.put(c.id(), n);
            }
        }
    }

    static DefaultDemand defaultDemand(Node d) {
        d.expectKeys(DEFAULT_DEMAND_KEYS);
        Figure year = CatalogLoader.positiveFigure(d.require("year"), "year");
        Node yv = d.require("year").require("value");
        if (year.value() != Math.rint(year.value()) || year.value() < 2000 || year.value() > 2100) {
            throw yv.error("must be a whole year between 2000 and 2100", null);
        }
        return new DefaultDemand(d.require("scenario").text(), year,
                CatalogLoader.nonNegativeFigure(d.require("clustersPerYear"), "clusters"));
    }

    static Component component(Node n) {
        n.expectKeys(COMPONENT_KEYS);
        String id = n.require("id").oneOf(Component.VOCABULARY);
        List<String> inputs = new ArrayList<>();
        for (Node in : n.require("inputs").elements()) {
            inputs.add(in.oneOf(Component.VOCABULARY));
        }
        String source = CatalogLoader.source(n);
        Status status = CatalogLoader.status(n.require("status"));
        Node dn = n.require("demand").expectKeys(DEMAND_KEYS);
        Node basisNode = dn.require("basis");
        String basisWord = basisNode.oneOf(DemandBasis.words());
        DemandBasis basis = DemandBasis.fromWord(basisWord).orElseThrow();
        DemandRule rule;
        Optional<Figure> price;
        if (basis == DemandBasis.NONE) {
            if (dn.has("perBasis")) {
                throw dn.child("perBasis").error("a component with basis 'none' has no per-basis figure",
                        "remove perBasis, or choose a basis");
            }
            if (n.has("priceUsd")) {
                throw n.child("priceUsd").error("a component without a demand model needs no price",
                        "remove priceUsd, or give demand a basis");
            }
            rule = DemandRule.none(dn.has("note") ? dn.child("note").text() : "");
            price = Optional.empty();
        } else {
            rule = DemandRule.of(basis, CatalogLoader.positiveFigure(dn.require("perBasis"), "per " + basisWord));
            price = Optional.of(CatalogLoader.positiveFigure(n.require("priceUsd"), "USD"));
        }
        String unit = n.require("unit").text();
        return new Component(id, text(n, "nameEn"), text(n, "nameZh"), layer(n.require("layer")), unit, inputs,
                source, status, rule, price);
    }

    static Company company(Node n) {
        n.expectKeys(COMPANY_KEYS);
        String id = n.require("id").text().trim();
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw n.child("id").error("ids are lower-case letters, digits and dashes", "e.g. landmark");
        }
        String ticker = text(n, "ticker");
        Node m = n.require("market");
        if (!m.isObject()) {
            throw m.error("a market needs value, source and status",
                    "write it as '{ value: TPEx, source: \"...\", status: assumption }'");
        }
        m.expectKeys(MARKET_KEYS);
        String market = m.require("value").oneOf(Listing.MARKETS);
        Listing listing = new Listing(ticker, market, CatalogLoader.source(m), CatalogLoader.status(m.require("status")));
        List<Role> roles = new ArrayList<>();
        Set<String> roleComponents = new HashSet<>();
        for (Node r : n.require("roles").elements()) {
            Role role = role(r);
            if (!roleComponents.add(role.component())) {
                throw r.child("component").error("this company already has a role for this component",
                        "merge the two roles into one");
            }
            roles.add(role);
        }
        List<Exposure> exposures = new ArrayList<>();
        if (n.has("exposure")) {
            for (Node e : n.child("exposure").elements()) {
                exposures.add(exposure(e));
            }
        }
        Optional<String> parent = n.has("parent") ? Optional.of(n.child("parent").text()) : Optional.empty();
        if (parent.isPresent() && parent.get().equals(id)) {
            throw n.child("parent").error("a company cannot be its own parent", null);
        }
        return new Company(id, listing, text(n, "nameEn"), text(n, "nameZh"), layer(n.require("layer")), parent, roles,
                exposures, n.has("note") ? n.child("note").text() : "");
    }

    static Role role(Node r) {
        r.expectKeys(ROLE_KEYS);
        String component = r.require("component").oneOf(Component.VOCABULARY);
        boolean qualified = r.require("qualified").bool();
        boolean sole = r.has("sole") && r.child("sole").bool();
        if (sole && !qualified) {
            throw r.child("sole").error("a sole supplier must be qualified", "set qualified: true, or drop sole");
        }
        List<String> customers = new ArrayList<>();
        if (r.has("customers")) {
            for (Node c : r.child("customers").elements()) {
                customers.add(c.text());
            }
        }
        String source = CatalogLoader.source(r);
        Status status = CatalogLoader.status(r.require("status"));
        if (status == Status.NOT_FOUND) {
            throw r.child("status").error("a role the graph uses cannot be not-found",
                    "drop the role, or give it as an assumption with the reason in source");
        }
        return new Role(component, qualified, sole, r.has("program") ? r.child("program").text() : "", customers,
                source, status, r.has("note") ? r.child("note").text() : "");
    }

    static Exposure exposure(Node e) {
        e.expectKeys(EXPOSURE_KEYS);
        OptionalInt year = OptionalInt.empty();
        if (e.has("year")) {
            long y = e.child("year").integer();
            if (y < 1990 || y > 2100) {
                throw e.child("year").error("must be a year between 1990 and 2100", null);
            }
            year = OptionalInt.of((int) y);
        }
        Optional<Figure> seg = money(e, "segmentRevenue");
        Optional<Figure> total = money(e, "totalRevenue");
        if (seg.isPresent() && total.isPresent() && !seg.get().unit().equals(total.get().unit())) {
            throw e.child("totalRevenue").child("unit").error("must be in the same currency as segmentRevenue",
                    "use " + seg.get().unit());
        }
        Optional<Figure> share = share(e, "shareOfRevenue");
        Optional<Figure> products = share(e, "shareOfProducts");
        if (seg.isEmpty() && total.isEmpty() && share.isEmpty() && products.isEmpty()) {
            throw e.error("an exposure entry needs at least one figure",
                    "give segmentRevenue, totalRevenue, shareOfRevenue or shareOfProducts");
        }
        return new Exposure(year, e.require("segment").text(), seg, total, share, products);
    }

    private static Optional<Figure> money(Node e, String key) {
        if (!e.has(key)) {
            return Optional.empty();
        }
        Node f = e.child(key);
        Figure fig = CatalogLoader.positiveFigure(f, "TWD");
        if (!CURRENCIES.contains(fig.unit())) {
            throw f.child("unit").error("not a known currency", Suggest.hint(fig.unit(), CURRENCIES));
        }
        return Optional.of(fig);
    }

    private static Optional<Figure> share(Node e, String key) {
        if (!e.has(key)) {
            return Optional.empty();
        }
        Node f = e.child(key);
        Figure fig = CatalogLoader.positiveFigure(f, "share");
        if (fig.value() > 1) {
            f.require("value").between(0, 1);
        }
        return Optional.of(fig);
    }

    private static Layer layer(Node n) {
        return Layer.fromWord(n.oneOf(Layer.words())).orElseThrow();
    }

    private static String text(Node n, String key) {
        String s = n.require(key).text().trim();
        if (s.isEmpty()) {
            throw n.child(key).error("must not be empty", null);
        }
        return s;
    }

    /**
     * Reads {@code supply:} of a scenario:
     * <pre>
     * supply:
     *   architecture: cpo-bailly-800g   # whose bill of materials makes the demand (default: the scenario's CPO)
     *   year: 2027                      # default: the catalog's defaultDemand.year
     *   clustersPerYear: 4              # default: the catalog's defaultDemand.clustersPerYear
     *   demand:                         # or units written out, replacing the fabric derivation
     *     - year: 2028
     *       units: { optical-engine: 20000, fau: 20000 }
     * </pre>
     */
    public static SupplySettings settings(Optional<Node> section, Interconnect ic, SupplyChain chain) {
        if (section.isEmpty()) {
            return SupplySettings.none();
        }
        Node n = section.get().expectKeys(SCENARIO_KEYS);
        Optional<String> arch = n.optional("architecture").map(Node::text);
        if (arch.isPresent() && ic.architectures().stream().noneMatch(a -> a.id().equals(arch.get()))) {
            throw n.child("architecture").error("not an architecture of this scenario",
                    Suggest.hint(arch.get(), ic.architectures().stream().map(OpticsArchitecture::id).toList()));
        }
        OptionalInt year = n.has("year") ? OptionalInt.of(year(n.child("year"))) : OptionalInt.empty();
        OptionalDouble clusters = n.has("clustersPerYear") ? OptionalDouble.of(n.child("clustersPerYear").nonNegative())
                : OptionalDouble.empty();
        List<ComponentDemand> explicit = new ArrayList<>();
        if (n.has("demand")) {
            if (clusters.isPresent() || year.isPresent()) {
                throw n.child("demand").error("give either demand (units written out) or year/clustersPerYear, not both",
                        "year and clustersPerYear apply to the demand derived from the fabric");
            }
            Set<Integer> years = new HashSet<>();
            for (Node d : n.child("demand").elements()) {
                d.expectKeys(SCENARIO_DEMAND_KEYS);
                int y = year(d.require("year"));
                if (!years.add(y)) {
                    throw d.child("year").error("this year appears twice", "one entry per year");
                }
                Map<String, Double> units = new LinkedHashMap<>();
                for (Map.Entry<String, Node> e : d.require("units").entries().entrySet()) {
                    if (chain.component(e.getKey()).isEmpty()) {
                        throw e.getValue().error("not a component of the supply catalog",
                                Suggest.hint(e.getKey(), Component.VOCABULARY));
                    }
                    units.put(e.getKey(), e.getValue().nonNegative());
                }
                explicit.add(new ComponentDemand(y, units));
            }
        }
        return new SupplySettings(true, arch, year, clusters, explicit);
    }

    private static int year(Node n) {
        long y = n.integer();
        if (y < 2000 || y > 2100) {
            throw n.error("must be a year between 2000 and 2100", null);
        }
        return (int) y;
    }
}
