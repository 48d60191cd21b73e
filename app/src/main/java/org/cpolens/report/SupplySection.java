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
import org.cpolens.model.supply.ScopeReconciliation;
import org.cpolens.model.units.Units;
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
        return context.run().supply().map(x -> {
            Section s = section(x.chain(), x.exposure());
            Optional<ScopeReconciliation> rec = context.run().market().flatMap(m -> ScopeReconciliation.of(x.exposure(), m));
            if (rec.isPresent()) {
                List<Block> blocks = new ArrayList<>(s.blocks());
                blocks.add(scopeTable(x.chain(), rec.get()));
                s = new Section(s.id(), s.title(), blocks);
            }
            return new Contribution(s, sources(x.chain(), x.exposure()), java.util.List.of());
        });
    }

    /**
     * Revenue at stake against the market's value scopes: the same units, the catalog's unit prices
     * against the market's per-Gb/s prices, and the double-counting sum apart.
     */
    public static DataTable scopeTable(SupplyChain chain, ScopeReconciliation r) {
        List<Column> cols = List.of(
                Column.of("scope", "Market value scope", "市場價值範圍", ""),
                Column.of("company", "Company", "公司", ""),
                Column.of("components", "Components counted", "計入元件", ""),
                Column.of("marketMusd", "Market value", "市場產值", "MUSD"),
                Column.of("supplyMusd", "Revenue at stake", "利害營收", "MUSD"),
                Column.of("ratio", "Revenue at stake / market value", "利害營收／市場產值", "x"),
                Column.of("note", "Note", "說明", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (ScopeReconciliation.Row row : r.scopes()) {
            rows.add(java.util.Arrays.asList(Text.of(row.scope().en(), row.scope().zhTw()), Text.of("all", "全部"),
                    String.join(" + ", row.components()), Units.millionsUsd(row.marketUsd()),
                    Units.millionsUsd(row.supplyUsd()), Double.isNaN(row.ratio()) ? null : row.ratio(),
                    row.likeForLike() ? Text.of("same units; the gap is the catalog's unit prices against the market's "
                            + "per-Gb/s prices", "數量相同；差異來自目錄單價與市場每 Gb/s 價格")
                            : Text.of("not like for like: the catalog's CPO switch price holds the switch ASIC and "
                            + "covers the switch layer only", "非同範圍：目錄的 CPO 交換器價格含交換器晶片，且僅涵蓋交換器端")));
            for (ScopeReconciliation.CompanyRow c : r.companies()) {
                if (c.scope() != row.scope()) {
                    continue;
                }
                Company co = chain.company(c.companyId()).orElseThrow();
                rows.add(java.util.Arrays.asList(Text.of(row.scope().en(), row.scope().zhTw()),
                        Text.of(co.nameEn() + " (" + co.ticker() + ")", co.nameZh() + "（" + co.ticker() + "）"),
                        String.join(" + ", row.components()), null, Units.millionsUsd(c.revenueUsd()),
                        Double.isNaN(c.shareOfMarket()) ? null : c.shareOfMarket(),
                        Text.of("its share of the market's value of this scope", "占此範圍市場產值的比例")));
            }
        }
        rows.add(java.util.Arrays.asList(Text.of("none: every component summed", "無：全部元件加總"), Text.of("all", "全部"),
                Text.of("every component with a price", "所有有單價的元件"), null, Units.millionsUsd(r.doubleCountedUsd()),
                null, Text.of("double-counts: a switch's price contains its engines, an engine's its PIC and FAU",
                        "重複計算：交換器價格含光引擎，光引擎價格含光子晶片與光纖陣列")));
        return new DataTable("supplyScopeReconciliation", Text.of(
                "Revenue at stake reconciled with the market by value scope, " + r.year(),
                r.year() + " 年利害營收與市場價值範圍對帳"), cols, rows);
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
