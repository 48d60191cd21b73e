package org.cpolens.io;

import org.cpolens.model.units.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.catalog.Catalog;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.Status;
import org.cpolens.model.catalog.SwitchSystem;
import org.cpolens.model.fabric.FabricBuilder;
import org.cpolens.model.fabric.FabricRequest;
import org.cpolens.model.fabric.HostLink;
import org.cpolens.model.eval.Interconnect;
import org.cpolens.model.fabric.ClusterSpec;
import org.cpolens.model.market.MarketSettings;
import org.cpolens.model.market.MonteCarlo;
import org.cpolens.model.scenario.RunDefaults;
import org.cpolens.model.scenario.Scenario;
import org.cpolens.model.sim.ReliabilitySettings;
import org.cpolens.model.supply.SupplySettings;

/** Reads scenario YAML: a path, or the name of a bundled scenario such as {@code broadcom-32k}. */
public final class ScenarioLoader {
    /** The scenario {@code cpolens analyze} runs when given none. */
    public static final String DEFAULT_SCENARIO = "broadcom-32k";
    /** Bundled scenarios, in the order {@code --help} lists them. */
    public static final List<String> BUNDLED = List.of("broadcom-32k", "nvidia-quantum-x-photonics", "llama3-405b");

    /** Top-level sections; market, supply and reliability are read by their own parsers. */
    public static final Set<String> TOP_KEYS = Set.of("name", "description", "descriptionZhTw", "cluster", "fabric", "architectures",
            "market", "reliability", "supply", "run");
    private static final Set<String> CLUSTER_KEYS = Set.of("endpoints", "endpointGbps", "accelerators",
            "wattsPerAccelerator");
    private static final Set<String> FABRIC_KEYS = Set.of("switch", "tiers", "oversubscription", "hostLink");
    private static final Set<String> INLINE_SWITCH_KEYS = Set.of("id", "name", "radix", "portGbps", "basePowerW",
            "rackUnits");
    private static final Set<String> ARCH_ENTRY_KEYS = Set.of("id", "overrides");
    private static final Set<String> RUN_KEYS = Set.of("seed", "trials");

    private ScenarioLoader() {
    }

    /** Loads {@code nameOrPath}: an existing file, or a bundled scenario name. */
    public static Scenario load(String nameOrPath, Catalogs catalogs) {
        String arg = nameOrPath == null ? DEFAULT_SCENARIO : nameOrPath;
        return parse(YamlDoc.readFileOrBundled(arg, "scenarios", "--scenario", BUNDLED), catalogs);
    }

    /** Every section of a scenario document, each over the catalog's defaults; builds no fabric. */
    public static Scenario parse(YamlDoc doc, Catalogs catalogs) {
        Node root = doc.root().expectKeys(TOP_KEYS);
        Interconnect ic = interconnect(doc, catalogs.interconnect());
        MarketSettings market = MarketInputsParser.parse(root.optional("market"), ic, catalogs);
        SupplySettings supply = CompanyCatalogLoader.settings(root.optional("supply"), ic, catalogs.supplyChain());
        ReliabilitySettings reliability = ReliabilityInputsParser.parse(root.optional("reliability"), ic, catalogs);
        String zh = root.has("descriptionZhTw") ? root.child("descriptionZhTw").text() : "";
        return new Scenario(ic.name(), ic.description(), ic, market, supply, reliability, run(root.optional("run")), zh);
    }

    private static RunDefaults run(java.util.Optional<Node> section) {
        RunDefaults d = RunDefaults.standard();
        if (section.isEmpty()) {
            return d;
        }
        Node n = section.get().expectKeys(RUN_KEYS);
        long seed = n.has("seed") ? n.child("seed").integer() : d.seed();
        int trials = d.marketTrials();
        if (n.has("trials")) {
            Node t = n.child("trials");
            long v = t.integer();
            if (v < 1 || v > MonteCarlo.MAX_TRIALS) {
                throw t.error("must be between 1 and " + MonteCarlo.MAX_TRIALS, "market Monte Carlo trials, e.g. 10000");
            }
            trials = (int) v;
        }
        return new RunDefaults(seed, trials);
    }

    /** The interconnect part: cluster, fabric request and architectures, checked to fit the switch. */
    public static Interconnect interconnect(YamlDoc doc, Catalog catalog) {
        Node root = doc.root().expectKeys(TOP_KEYS);
        String name = root.has("name") ? root.child("name").text() : doc.name();
        String description = root.has("description") ? root.child("description").text() : "";

        Node c = root.require("cluster").expectKeys(CLUSTER_KEYS);
        long endpoints = c.require("endpoints").positiveInteger();
        double endpointGbps = c.require("endpointGbps").positive();
        long accelerators = c.has("accelerators") ? c.child("accelerators").positiveInteger() : endpoints;
        double wattsPerAccelerator = c.has("wattsPerAccelerator") ? c.child("wattsPerAccelerator").positive() : 0;
        ClusterSpec cluster = new ClusterSpec(endpoints, endpointGbps, accelerators, wattsPerAccelerator);

        Node f = root.require("fabric").expectKeys(FABRIC_KEYS);
        SwitchSystem sw = switchOf(f.require("switch"), catalog, name);
        if (endpointGbps != sw.portGbps()) {
            throw c.child("endpointGbps").error("differs from the switch port speed " + Numbers.plain(sw.portGbps()) + " Gb/s",
                    "count host ports at the switch speed, e.g. 32,768 GPUs x 200G = 8,192 x 800G endpoints");
        }
        int tiers = f.has("tiers") ? (int) f.child("tiers").between(1, 3) : 0;
        if (f.has("tiers") && f.child("tiers").integer() != tiers) {
            throw f.child("tiers").error("must be 1, 2 or 3", null);
        }
        double over = f.has("oversubscription") ? f.child("oversubscription").number() : 1.0;
        if (over < 1.0 || over >= sw.radix()) {
            throw f.child("oversubscription").error("must be at least 1.0 and below the radix",
                    "1.0 is non-blocking, 2.0 means 2:1 at the leaf");
        }
        HostLink hostLink = HostLink.OPTICAL;
        if (f.has("hostLink")) {
            hostLink = HostLink.valueOf(f.child("hostLink").oneOf(List.of("optical", "copper")).toUpperCase(java.util.Locale.ROOT));
        }
        FabricRequest request;
        try {
            request = new FabricRequest(endpoints, sw.radix(), sw.portGbps(), tiers, over, hostLink);
            FabricBuilder.foldedClos().requireFits(request); // io builds no fabric: the pipeline does
        } catch (InputException e) {
            String field = e.field() == null ? "" : e.field();
            throw e.at(doc.where(field.equals("tiers") || field.equals("oversubscription") ? "/fabric/" + field
                    : "/cluster/endpoints"));
        }

        List<OpticsArchitecture> archs = new ArrayList<>();
        Node list = root.require("architectures");
        for (Node a : list.elements()) {
            archs.add(architectureOf(a, catalog, name));
        }
        if (archs.isEmpty()) {
            throw list.error("lists no architecture", "add at least '- id: pluggable-dsp-800g'");
        }
        if (!archs.get(0).replacesHostSide()) {
            throw list.elements().get(0).child("id").error(
                    "the first (baseline) architecture must cover host-side modules too",
                    "put a pluggable such as pluggable-dsp-800g first; CPO keeps the baseline's host side");
        }
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < archs.size(); i++) {
            if (!seen.add(archs.get(i).id())) {
                throw list.elements().get(i).child("id").error("listed twice", "list each architecture once");
            }
        }
        return new Interconnect(name, description, cluster, sw, request, archs);
    }

    static SwitchSystem switchOf(Node n, Catalog catalog, String scenario) {
        if (n.isObject()) {
            n.expectKeys(INLINE_SWITCH_KEYS);
            long radix = n.require("radix").positiveInteger();
            if (radix < 2 || radix > org.cpolens.model.fabric.FabricRequest.MAX_RADIX) {
                throw n.child("radix").error("must be between 2 and " + org.cpolens.model.fabric.FabricRequest.MAX_RADIX, null);
            }
            double gbps = n.require("portGbps").positive();
            String src = "scenario " + scenario + " (inline switch)";
            Figure base = Figure.of(n.has("basePowerW") ? n.child("basePowerW").nonNegative() : 0, "W", src, Status.ASSUMPTION);
            Figure ru = Figure.of(n.has("rackUnits") ? n.child("rackUnits").positive() : 1, "RU", src, Status.ASSUMPTION);
            String id = n.has("id") ? n.child("id").text() : "inline-" + radix + "x" + Numbers.plain(gbps) + "g";
            return new SwitchSystem(id, n.has("name") ? n.child("name").text() : id, (int) radix, gbps, base, ru, src,
                    Status.ASSUMPTION);
        }
        String id = n.text();
        return catalog.switchSystem(id).orElseThrow(() -> n.error("unknown switch id", Suggest.hint(id, catalog.switchIds())));
    }

    /** An architecture entry: an id, or {@code {id, overrides}}; shared with the sweep grid. */
    static OpticsArchitecture architectureOf(Node a, Catalog catalog, String scenario) {
        Node idNode;
        Node overrides = null;
        if (a.isText()) {
            idNode = a;
        } else {
            a.expectKeys(ARCH_ENTRY_KEYS);
            idNode = a.require("id");
            if (a.has("overrides")) {
                overrides = a.child("overrides").expectKeys(ArchitectureFigure.keys());
            }
        }
        String id = idNode.text();
        OpticsArchitecture base = catalog.architecture(id)
                .orElseThrow(() -> idNode.error("unknown architecture id", Suggest.hint(id, catalog.architectureIds())));
        if (overrides == null) {
            return base;
        }
        return applyOverrides(base, overrides, scenario);
    }

    private static OpticsArchitecture applyOverrides(OpticsArchitecture b, Node o, String scenario) {
        OpticsArchitecture a = b;
        for (ArchitectureFigure f : ArchitectureFigure.values()) {
            if (o.has(f.key())) {
                a = a.with(f, a.figure(f).overridden(o.child(f.key()).within(f.bound()), scenario));
            }
        }
        CatalogLoader.checkRules(a, o);
        return a;
    }

}
