package org.cpolens.report;

import static org.cpolens.report.SupplyViews.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.supply.Company;
import org.cpolens.model.supply.Component;
import org.cpolens.model.supply.ExposureResult;
import org.cpolens.model.supply.ReportedExposure;
import org.cpolens.model.supply.Role;
import org.cpolens.model.supply.SupplyChain;
import org.cpolens.model.supply.SupplyEdge;
import org.cpolens.model.supply.SupplyNode;

/** The supply-chain section of the report: the graph, exposure and single points of failure. */
public final class SupplySection implements ReportSection {
    @Override
    public String id() {
        return "supply";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<Contribution> build(ReportContext context) {
        return context.run().supply().map(x -> new Contribution(section(x.chain(), x.exposure()),
                sources(x.chain(), x.exposure()), java.util.List.of()));
    }


    /** The "supply" section of the report: graph, exposure, single points of failure, published exposure. */
    public static Section section(SupplyChain chain, ExposureResult exposure) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of(
                "Who makes each CPO component, who buys it, and what each company has at stake. Companies come from "
                        + "the seed article and public reporting (each entry cites its own); units come from the bill of "
                        + "materials, prices are labelled assumptions, and units are split equally among qualified suppliers "
                        + "(an assumption). A single point of failure here means one qualified supplier in this catalog, not "
                        + "in the world.",
                "每個 CPO 元件由誰製造、賣給誰，以及各公司的潛在營收。公司名單來自原始文章與公開報導（每筆各自註明來源）；"
                        + "數量來自網路拓撲模型，單價為標示的假設，數量在合格供應商之間平均分配（假設）。"
                        + "「單一供應點」指本資料目錄中只有一家合格供應商，不代表全球僅此一家。"));
        blocks.add(graphChart(chain));
        blocks.add(exposureTable(chain, exposure));
        blocks.add(spofTable(chain));
        blocks.add(reportedTable(chain, exposure));
        blocks.add(demandTable(chain, exposure));
        return new Section("supply", Text.of("Supply chain and company exposure", "供應鏈與公司曝險"), blocks);
    }

    /** The chain as a network: companies coloured by layer, components apart; labels in both languages. */
    public static GraphChart graphChart(SupplyChain chain) {
        List<GraphChart.Node> nodes = new ArrayList<>();
        for (SupplyNode n : chain.nodes()) {
            int degree = chain.graph().degreeOf(n);
            int category = n.kind() == SupplyNode.Kind.COMPONENT ? COMPONENT_CATEGORY : n.layer().ordinal();
            String suffix = n.kind() == SupplyNode.Kind.COMPANY ? " (" + chain.company(n.key()).orElseThrow().ticker() + ")" : "";
            nodes.add(new GraphChart.Node(n.id(), Text.of(n.nameEn() + suffix, n.nameZh() + suffix), category,
                    10 + 2.0 * degree));
        }
        List<GraphChart.Edge> edges = new ArrayList<>();
        for (SupplyEdge e : chain.edges()) {
            // drawn in the direction goods flow: a maker supplies its component
            boolean madeBy = e.kind() == SupplyEdge.Kind.MADE_BY;
            String en = (madeBy ? "supplies" : e.kind().en()) + (e.qualified() ? "" : " (candidate)");
            String zh = (madeBy ? "供應" : e.kind().zhTw()) + (e.qualified() ? "" : "（候選）");
            edges.add(madeBy ? new GraphChart.Edge(e.to(), e.from(), Text.of(en, zh))
                    : new GraphChart.Edge(e.from(), e.to(), Text.of(en, zh)));
        }
        return new GraphChart("supplyGraph", Text.of("CPO supply chain", "CPO 供應鏈"), nodes, edges, CATEGORIES);
    }


    /** Every figure and claim the supply section used, for the sources appendix. */
    public static List<SourceEntry> sources(SupplyChain chain, ExposureResult x) {
        List<SourceEntry> out = new ArrayList<>();
        add(out, "supply.fx.twdPerUsd", chain.twdPerUsd());
        add(out, "supply.defaultDemand.year", chain.defaultDemand().year());
        add(out, "supply.defaultDemand.clustersPerYear", chain.defaultDemand().clustersPerYear());
        for (Component c : chain.components()) {
            c.demand().perBasis().ifPresent(f -> add(out, "supply.component." + c.id() + ".per"
                    + capital(c.demand().basis().word()), f));
            c.priceUsd().ifPresent(f -> add(out, "supply.component." + c.id() + ".priceUsd", f));
        }
        for (Company c : chain.companies()) {
            out.add(new SourceEntry("supply.company." + c.id() + ".market", c.listing().market(), "",
                    c.listing().source(), c.listing().status().word(), ""));
            for (Role r : c.roles()) {
                out.add(new SourceEntry("supply.company." + c.id() + ".role." + r.component(),
                        r.qualified() ? (r.sole() ? "sole qualified supplier" : "qualified") : "candidate", "",
                        r.source(), r.status().word(), r.note()));
            }
        }
        for (ReportedExposure r : x.reported()) {
            String key = "supply.company." + r.companyId() + ".exposure." + r.segment()
                    + (r.year().isPresent() ? "." + r.year().getAsInt() : "");
            if (r.segmentRevenue().isPresent()) {
                out.add(new SourceEntry(key + ".segmentRevenue", Tables.plain(r.segmentRevenue().getAsDouble()),
                        r.currency(), r.source(), r.segmentStatus(), ""));
            }
            if (r.totalRevenue().isPresent()) {
                out.add(new SourceEntry(key + ".totalRevenue", Tables.plain(r.totalRevenue().getAsDouble()),
                        r.currency(), r.totalStatus().equals("reconstructed") ? "derived: " + r.derivation() : r.source(),
                        r.totalStatus(), r.derivation()));
            }
            if (r.share().isPresent()) {
                out.add(new SourceEntry(key + ".share", Tables.plain(r.share().getAsDouble()), "share", r.source(),
                        r.shareStatus(), ""));
            }
            if (r.shareOfProducts().isPresent()) {
                out.add(new SourceEntry(key + ".shareOfProducts", Tables.plain(r.shareOfProducts().getAsDouble()),
                        "share", r.source(), "stated", ""));
            }
        }
        return out;
    }

    private static void add(List<SourceEntry> out, String key, Figure f) {
        out.add(new SourceEntry(key, Tables.plain(f.value()), f.unit(), f.source(), f.status().word(), f.note()));
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

}
