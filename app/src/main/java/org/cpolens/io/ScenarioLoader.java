package org.cpolens.io;

import org.cpolens.model.units.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.cpolens.model.eval.ScaleUpSpec;
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
    public static final List<String> BUNDLED = List.of("broadcom-32k", "nvidia-quantum-x-photonics", "llama3-405b",
            "gb300-rail-planes", "vera-rubin-th6", "rubin-ultra-copper", "rubin-ultra-cpo", "hgx-400g", "asic-200g",
            "tpu-ironwood", "mi450-helios", "feynman-cpo");

    /** Top-level sections; market, supply, reliability and tco are read by their own parsers. */
    public static final Set<String> TOP_KEYS = Set.of("name", "description", "descriptionZhTw", "cluster", "fabric",
            "architectures", "nic", "scaleUp", "market", "reliability", "supply", "run", "tco");
    private static final Set<String> CLUSTER_KEYS = Set.of("endpoints", "endpointGbps", "accelerators",
            "scaleOutGbpsPerAccelerator", "nicPortGbps", "wattsPerAccelerator");
    private static final Set<String> FABRIC_KEYS = Set.of("switch", "tiers", "oversubscription", "hostLink", "planes");
    static final Set<String> NIC_KEYS = Set.of("architecture");
    static final Set<String> SCALE_UP_KEYS = Set.of("domainSize", "gbpsPerAccelerator", "opticalShare", "architecture",
            "switched", "switch", "copperPortGbps");
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
        org.cpolens.model.tco.TcoSettings tco = TcoSettingsParser.parse(root.optional("tco"), ic.name(), catalogs);
        String zh = root.has("descriptionZhTw") ? root.child("descriptionZhTw").text() : "";
        return new Scenario(ic.name(), ic.description(), ic, market, supply, reliability, run(root.optional("run")), tco, zh);
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
        Node f = root.require("fabric").expectKeys(FABRIC_KEYS);
        SwitchSystem sw = switchOf(f.require("switch"), catalog, name);
        ClusterSpec cluster = cluster(c, sw);
        long endpoints = cluster.endpoints();
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
        int planes = f.has("planes") ? (int) f.child("planes").between(1, FabricRequest.MAX_PLANES) : 1;
        if (f.has("planes") && f.child("planes").integer() != planes) {
            throw f.child("planes").error("must be a whole number of planes", null);
        }
        FabricRequest request;
        try {
            request = new FabricRequest(endpoints, sw.radix(), sw.portGbps(), tiers, over, hostLink, planes);
            FabricBuilder.foldedClos().requireFits(request); // io builds no fabric: the pipeline does
        } catch (InputException e) {
            String field = e.field() == null ? "" : e.field();
            throw e.at(doc.where(field.equals("tiers") || field.equals("oversubscription") || field.equals("planes")
                    ? "/fabric/" + field : c.has("endpoints") ? "/cluster/endpoints" : "/cluster/accelerators"));
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
        Optional<OpticsArchitecture> nic = root.optional("nic")
                .map(n -> architectureOf(n.expectKeys(NIC_KEYS).require("architecture"), catalog, name));
        Optional<ScaleUpSpec> scaleUp = root.optional("scaleUp").map(n -> scaleUpOf(n, catalog, name));
        scaleUp.ifPresent(x -> {
            if (x.domainSize() > cluster.accelerators()) {
                throw root.child("scaleUp").child("domainSize").error("is larger than the cluster's "
                        + cluster.accelerators() + " accelerators", "a scale-up domain holds at most every accelerator");
            }
        });
        return new Interconnect(name, description, cluster, sw, request, archs, nic, scaleUp, catalog.faceplateWidthMm());
    }

    /**
     * The cluster: host ports ({@code endpoints} at {@code endpointGbps}), or accelerators with their
     * scale-out bandwidth ({@code accelerators}, {@code scaleOutGbpsPerAccelerator}, optionally
     * {@code nicPortGbps}, the switch port speed by default), which give the host ports.
     */
    static ClusterSpec cluster(Node c, SwitchSystem sw) {
        double wattsPerAccelerator = c.has("wattsPerAccelerator") ? c.child("wattsPerAccelerator").positive() : 0;
        if (c.has("scaleOutGbpsPerAccelerator")) {
            if (c.has("endpoints") || c.has("endpointGbps")) {
                throw c.child(c.has("endpoints") ? "endpoints" : "endpointGbps").error(
                        "give endpoints and endpointGbps, or accelerators and scaleOutGbpsPerAccelerator, not both",
                        "the second form derives the endpoints: accelerators x scaleOutGbpsPerAccelerator / nicPortGbps");
            }
            long accelerators = c.require("accelerators").positiveInteger();
            double perAccelerator = c.child("scaleOutGbpsPerAccelerator").positive();
            double nicPort = c.has("nicPortGbps") ? c.child("nicPortGbps").positive() : sw.portGbps();
            if (nicPort != sw.portGbps()) {
                throw c.child("nicPortGbps").error("differs from the switch port speed " + Numbers.plain(sw.portGbps())
                        + " Gb/s", "NIC ports plug into switch ports of the same speed; pick the switch's port configuration");
            }
            double ports = accelerators * perAccelerator / nicPort;
            if (Math.abs(ports - Math.rint(ports)) > 1e-9 || ports < 1) {
                throw c.child("scaleOutGbpsPerAccelerator").error(Numbers.plain(accelerators) + " accelerators x "
                                + Numbers.plain(perAccelerator) + " Gb/s is not a whole number of " + Numbers.plain(nicPort)
                                + "G NIC ports", "the NIC port speed must divide the cluster's scale-out bandwidth");
            }
            return new ClusterSpec(Math.round(ports), nicPort, accelerators, wattsPerAccelerator);
        }
        if (c.has("nicPortGbps")) {
            throw c.child("nicPortGbps").error("goes with scaleOutGbpsPerAccelerator", "with endpoints, give endpointGbps");
        }
        long endpoints = c.require("endpoints").positiveInteger();
        double endpointGbps = c.require("endpointGbps").positive();
        long accelerators = c.has("accelerators") ? c.child("accelerators").positiveInteger() : endpoints;
        if (endpointGbps != sw.portGbps()) {
            throw c.child("endpointGbps").error("differs from the switch port speed " + Numbers.plain(sw.portGbps()) + " Gb/s",
                    "count host ports at the switch speed, e.g. 32,768 GPUs x 200G = 8,192 x 800G endpoints");
        }
        return new ClusterSpec(endpoints, endpointGbps, accelerators, wattsPerAccelerator);
    }

    /** A {@code scaleUp:} section (a scenario's or a grid's). */
    static ScaleUpSpec scaleUpOf(Node n, Catalog catalog, String scenario) {
        n.expectKeys(SCALE_UP_KEYS);
        long domain = n.require("domainSize").positiveInteger();
        double gbps = n.require("gbpsPerAccelerator").positive();
        double share = n.require("opticalShare").number();
        if (share < 0 || share > 1) {
            throw n.child("opticalShare").error("must be between 0 and 1",
                    "0 is all copper, 0.5 half the scale-up bandwidth over optics, 1 all optical");
        }
        OpticsArchitecture a = architectureOf(n.require("architecture"), catalog, scenario);
        boolean switched = !n.has("switched") || n.child("switched").bool();
        Optional<SwitchSystem> sw = n.optional("switch").map(x -> switchOf(x, catalog, scenario));
        if (sw.isPresent() && !switched) {
            throw n.child("switch").error("names a switch for links that run accelerator to accelerator (switched: false)",
                    "drop the switch, or set switched: true");
        }
        double copper = n.has("copperPortGbps") ? n.child("copperPortGbps").positive() : a.portGbps();
        try {
            return new ScaleUpSpec(domain, gbps, share, a, switched, sw, copper);
        } catch (InputException e) {
            throw e.at(n.child("architecture").where());
        }
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
