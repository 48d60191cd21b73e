package org.cpolens.model.supply;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cpolens.model.catalog.Figure;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.graph.AsUnmodifiableGraph;

/**
 * The catalog's companies and components joined into a directed graph (JGraphT): component
 * -MADE_BY-> company -SELLS_TO-> customer, and component -INPUT_TO-> component for the bill of
 * materials. Immutable; queries walk the graph.
 */
public final class SupplyChain {
    private final List<Component> components;
    private final List<Company> companies;
    private final Figure twdPerUsd;
    private final DefaultDemand defaultDemand;
    private final Map<String, Component> componentById = new LinkedHashMap<>();
    private final Map<String, Company> companyById = new LinkedHashMap<>();
    private final Map<String, Integer> companyOrder = new LinkedHashMap<>();
    private final Map<String, SupplyNode> nodes = new LinkedHashMap<>();
    private final Graph<SupplyNode, SupplyEdge> graph;

    /**
     * @throws IllegalArgumentException on a dangling reference (unknown component, customer or
     *                                  parent); the loader reports those with file:line first
     */
    public SupplyChain(List<Component> components, List<Company> companies, Figure twdPerUsd,
                       DefaultDemand defaultDemand) {
        this.components = List.copyOf(components);
        this.companies = List.copyOf(companies);
        this.twdPerUsd = twdPerUsd;
        this.defaultDemand = defaultDemand;
        Graph<SupplyNode, SupplyEdge> g = GraphTypeBuilder.<SupplyNode, SupplyEdge>directed()
                .allowingMultipleEdges(false).allowingSelfLoops(false).weighted(false).buildGraph();
        for (Component c : this.components) {
            if (componentById.put(c.id(), c) != null) {
                throw new IllegalArgumentException("component twice: " + c.id());
            }
            SupplyNode n = SupplyNode.of(c);
            nodes.put(n.id(), n);
            g.addVertex(n);
        }
        for (Company c : this.companies) {
            if (companyById.put(c.id(), c) != null) {
                throw new IllegalArgumentException("company twice: " + c.id());
            }
            companyOrder.put(c.id(), companyOrder.size());
            SupplyNode n = SupplyNode.of(c);
            nodes.put(n.id(), n);
            g.addVertex(n);
        }
        for (Component c : this.components) {
            for (String in : c.inputs()) {
                SupplyNode from = componentNode(in, "input of " + c.id());
                SupplyNode to = nodes.get("component:" + c.id());
                g.addEdge(from, to, new SupplyEdge(from.id(), to.id(), SupplyEdge.Kind.INPUT_TO, List.of(in), true,
                        c.source(), c.status()));
            }
        }
        for (Company c : this.companies) {
            SupplyNode me = nodes.get("company:" + c.id());
            c.parent().ifPresent(p -> companyNode(p, "parent of " + c.id()));
            for (Role r : c.roles()) {
                SupplyNode comp = componentNode(r.component(), "role of " + c.id());
                g.addEdge(comp, me, new SupplyEdge(comp.id(), me.id(), SupplyEdge.Kind.MADE_BY, List.of(r.component()),
                        r.qualified(), r.source(), r.status()));
            }
            Map<String, List<Role>> byCustomer = new LinkedHashMap<>();
            for (Role r : c.roles()) {
                for (String cust : r.customers()) {
                    byCustomer.computeIfAbsent(cust, k -> new ArrayList<>()).add(r);
                }
            }
            byCustomer.forEach((cust, roles) -> {
                SupplyNode to = companyNode(cust, "customer of " + c.id());
                Role first = roles.get(0);
                g.addEdge(me, to, new SupplyEdge(me.id(), to.id(), SupplyEdge.Kind.SELLS_TO,
                        roles.stream().map(Role::component).toList(), roles.stream().anyMatch(Role::qualified),
                        first.source(), first.status()));
            });
        }
        this.graph = new AsUnmodifiableGraph<>(g);
    }

    private SupplyNode componentNode(String id, String what) {
        SupplyNode n = nodes.get("component:" + id);
        if (n == null) {
            throw new IllegalArgumentException("unknown component '" + id + "' (" + what + ")");
        }
        return n;
    }

    private SupplyNode companyNode(String id, String what) {
        SupplyNode n = nodes.get("company:" + id);
        if (n == null) {
            throw new IllegalArgumentException("unknown company '" + id + "' (" + what + ")");
        }
        return n;
    }

    public List<Component> components() {
        return components;
    }

    public List<Company> companies() {
        return companies;
    }

    /** NT$ per US$, to set revenue at stake against Taiwan revenue. */
    public Figure twdPerUsd() {
        return twdPerUsd;
    }

    public DefaultDemand defaultDemand() {
        return defaultDemand;
    }

    /** The graph, read-only. */
    public Graph<SupplyNode, SupplyEdge> graph() {
        return graph;
    }

    public Optional<Component> component(String id) {
        return Optional.ofNullable(id == null ? null : componentById.get(id.trim().toLowerCase(Locale.ROOT)));
    }

    /**
     * A company by id or ticker, case-insensitive; exchange suffixes such as ".HK", ".SS", ".TW"
     * are ignored ("6088.HK" finds FIT).
     */
    public Optional<Company> company(String idOrTicker) {
        if (idOrTicker == null) {
            return Optional.empty();
        }
        String k = idOrTicker.trim().toLowerCase(Locale.ROOT);
        Company byId = companyById.get(k);
        if (byId != null) {
            return Optional.of(byId);
        }
        String bare = k.replaceFirst("\\.(hk|ss|sz|tw|two)$", "");
        return companies.stream().filter(c -> c.ticker().toLowerCase(Locale.ROOT).equals(bare)).findFirst();
    }

    /** Every id and ticker a lookup accepts, for "maybe you meant". */
    public List<String> companyKeys() {
        List<String> keys = new ArrayList<>();
        for (Company c : companies) {
            keys.add(c.id());
            keys.add(c.ticker());
        }
        return keys;
    }

    /** Companies making {@code component}, in catalog order (qualified and candidates). */
    public List<Supplier> suppliersOf(String component) {
        SupplyNode n = componentNode(component, "suppliersOf");
        List<Supplier> out = new ArrayList<>();
        for (SupplyEdge e : graph.outgoingEdgesOf(n)) {
            if (e.kind() == SupplyEdge.Kind.MADE_BY) {
                Company c = companyById.get(nodes.get(e.to()).key());
                out.add(new Supplier(c, c.role(component).orElseThrow()));
            }
        }
        out.sort((a, b) -> Integer.compare(companyOrder.get(a.company().id()), companyOrder.get(b.company().id())));
        return out;
    }

    /** Companies stated to buy from {@code companyId}. */
    public List<Company> customersOf(String companyId) {
        SupplyNode n = companyNode(companyId, "customersOf");
        return graph.outgoingEdgesOf(n).stream().filter(e -> e.kind() == SupplyEdge.Kind.SELLS_TO)
                .map(e -> companyById.get(nodes.get(e.to()).key())).toList();
    }

    /**
     * What {@code companyId} depends on: every component upstream of the components it makes
     * (breadth first, nearest first), with their suppliers, and the companies stated to sell to it.
     */
    public Dependencies dependenciesOf(String companyId) {
        Company company = companyById.get(companyId);
        if (company == null) {
            throw new IllegalArgumentException("unknown company '" + companyId + "'");
        }
        Map<String, Integer> depth = new LinkedHashMap<>();
        Map<String, Set<String>> neededFor = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        Set<String> own = new LinkedHashSet<>();
        for (Role r : company.roles()) {
            own.add(r.component());
            queue.add(r.component());
        }
        Map<String, Integer> level = new LinkedHashMap<>();
        own.forEach(c -> level.put(c, 0));
        while (!queue.isEmpty()) {
            String c = queue.poll();
            int d = level.get(c);
            for (SupplyEdge e : graph.incomingEdgesOf(nodes.get("component:" + c))) {
                if (e.kind() != SupplyEdge.Kind.INPUT_TO) {
                    continue;
                }
                String in = nodes.get(e.from()).key();
                neededFor.computeIfAbsent(in, k -> new LinkedHashSet<>()).add(c);
                if (!level.containsKey(in)) {
                    level.put(in, d + 1);
                    depth.put(in, d + 1);
                    queue.add(in);
                }
            }
        }
        List<Dependency> deps = new ArrayList<>();
        depth.forEach((c, d) -> deps.add(new Dependency(componentById.get(c), d, List.copyOf(neededFor.get(c)),
                suppliersOf(c))));
        List<Supplier> direct = new ArrayList<>();
        for (SupplyEdge e : graph.incomingEdgesOf(nodes.get("company:" + companyId))) {
            if (e.kind() == SupplyEdge.Kind.SELLS_TO) {
                Company seller = companyById.get(nodes.get(e.from()).key());
                for (String comp : e.components()) {
                    direct.add(new Supplier(seller, seller.role(comp).orElseThrow()));
                }
            }
        }
        return new Dependencies(company, deps, direct);
    }

    /** Components, in vocabulary order, with exactly one qualified supplier in the catalog. */
    public List<SinglePoint> singlePointsOfFailure() {
        List<SinglePoint> out = new ArrayList<>();
        for (Component c : components) {
            List<Supplier> all = suppliersOf(c.id());
            List<Supplier> qualified = all.stream().filter(s -> s.role().qualified()).toList();
            if (qualified.size() != 1) {
                continue;
            }
            Supplier only = qualified.get(0);
            List<Company> candidates = all.stream().filter(s -> !s.role().qualified()).map(Supplier::company).toList();
            List<String> downstream = downstreamOf(c.id());
            Set<String> affected = new LinkedHashSet<>();
            for (String d : downstream) {
                for (Supplier s : suppliersOf(d)) {
                    affected.add(s.company().id());
                }
            }
            out.add(new SinglePoint(c, only, only.role().sole(), candidates, downstream, List.copyOf(affected)));
        }
        return out;
    }

    /** Components that take {@code component} as an input, directly or further down, nearest first. */
    public List<String> downstreamOf(String component) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(component));
        while (!queue.isEmpty()) {
            String c = queue.poll();
            for (SupplyEdge e : graph.outgoingEdgesOf(componentNode(c, "downstreamOf"))) {
                if (e.kind() == SupplyEdge.Kind.INPUT_TO) {
                    String next = nodes.get(e.to()).key();
                    if (seen.add(next)) {
                        queue.add(next);
                    }
                }
            }
        }
        return List.copyOf(seen);
    }

    /** Nodes in insertion order: components first, then companies. */
    public List<SupplyNode> nodes() {
        return List.copyOf(nodes.values());
    }

    /** Edges in a stable order: as built (graph vertex order, then edge order). */
    public List<SupplyEdge> edges() {
        List<SupplyEdge> out = new ArrayList<>();
        for (SupplyNode n : nodes.values()) {
            out.addAll(graph.outgoingEdgesOf(n));
        }
        return Collections.unmodifiableList(out);
    }
}
