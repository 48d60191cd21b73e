package org.cpolens.report;

import org.cpolens.model.units.Numbers;
import org.cpolens.model.units.Units;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.supply.Company;
import org.cpolens.model.supply.Component;
import org.cpolens.model.supply.ComponentDemand;
import org.cpolens.model.supply.CompanyExposure;
import org.cpolens.model.supply.Dependencies;
import org.cpolens.model.supply.Dependency;
import org.cpolens.model.supply.ExposureResult;
import org.cpolens.model.supply.Layer;
import org.cpolens.model.supply.ReportedExposure;
import org.cpolens.model.supply.Role;
import org.cpolens.model.supply.SinglePoint;
import org.cpolens.model.supply.Supplier;
import org.cpolens.model.supply.SupplyChain;
import org.cpolens.model.supply.SupplyEdge;
import org.cpolens.model.supply.SupplyNode;

/**
 * Views of the supply chain: the report section (graph, exposure and single-point-of-failure
 * tables), the tables and JSON of {@code cpolens supply}, the DOT graph and the sources appendix.
 * JSON field names are camelCase and stable.
 */
public final class SupplyViews {
    /** Graph categories: the three company layers, then components. */
    static final List<Text> CATEGORIES = List.of(
            Text.of(Layer.UPSTREAM.en(), Layer.UPSTREAM.zhTw()),
            Text.of(Layer.MIDSTREAM.en(), Layer.MIDSTREAM.zhTw()),
            Text.of(Layer.DOWNSTREAM.en(), Layer.DOWNSTREAM.zhTw()),
            Text.of("Components", "元件"));
    static final int COMPONENT_CATEGORY = 3;

    private SupplyViews() {
    }

    // ---- tables

    public static DataTable companiesTable(SupplyChain chain) {
        List<Column> cols = List.of(
                Column.of("id", "Id", "代號", ""),
                Column.of("ticker", "Ticker", "股票代號", ""),
                Column.of("market", "Market", "市場", ""),
                Column.of("marketStatus", "Market status", "市場資料狀態", ""),
                Column.of("name", "Name", "名稱", ""),
                Column.of("layer", "Layer", "層級", ""),
                Column.of("components", "Components", "元件", ""),
                Column.of("qualified", "Qualified for", "已合格", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (Company c : chain.companies()) {
            rows.add(List.of(c.id(), c.ticker(), c.listing().market(), c.listing().status().word(),
                    Text.of(c.nameEn(), c.nameZh()), Text.of(c.layer().word(), c.layer().zhTw()),
                    String.join(" ", c.roles().stream().map(Role::component).toList()),
                    String.join(" ", c.roles().stream().filter(Role::qualified).map(Role::component).toList())));
        }
        return new DataTable("supplyCompanies", Text.of("Supply-chain companies", "供應鏈公司"), cols, rows);
    }

    public static DataTable suppliersTable(SupplyChain chain, String component) {
        Component comp = chain.component(component).orElseThrow();
        List<Column> cols = List.of(
                Column.of("company", "Company", "公司", ""),
                Column.of("ticker", "Ticker", "股票代號", ""),
                Column.of("qualified", "Qualified", "已合格", ""),
                Column.of("sole", "Sole (stated)", "唯一供應商", ""),
                Column.of("program", "Program", "專案", ""),
                Column.of("customers", "Customers", "客戶", ""),
                Column.of("status", "Status", "狀態", ""),
                Column.of("source", "Source", "來源", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (Supplier s : chain.suppliersOf(comp.id())) {
            Role r = s.role();
            rows.add(List.of(Text.of(s.company().nameEn(), s.company().nameZh()), s.company().ticker(),
                    yesNo(r.qualified()), yesNo(r.sole()), r.program(), String.join(" ", r.customers()),
                    r.status().word(), r.source()));
        }
        return new DataTable("suppliers-" + comp.id(), Text.of("Suppliers of " + comp.nameEn(), comp.nameZh() + " 供應商"),
                cols, rows);
    }

    /** One company's roles. */
    public static DataTable rolesTable(Company c) {
        List<Column> cols = List.of(
                Column.of("component", "Component", "元件", ""),
                Column.of("qualified", "Qualified", "已合格", ""),
                Column.of("sole", "Sole (stated)", "唯一供應商", ""),
                Column.of("program", "Program", "專案", ""),
                Column.of("customers", "Customers", "客戶", ""),
                Column.of("status", "Status", "狀態", ""),
                Column.of("source", "Source", "來源", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (Role r : c.roles()) {
            rows.add(List.of(r.component(), yesNo(r.qualified()), yesNo(r.sole()), r.program(),
                    String.join(" ", r.customers()), r.status().word(), r.source()));
        }
        String title = c.nameEn() + " (" + c.ticker() + ", " + c.listing().market() + " [" + c.listing().status().word()
                + "]), " + c.layer().word();
        String zh = c.nameZh() + "（" + c.ticker() + "，" + c.listing().market() + " [" + c.listing().status().word()
                + "]），" + c.layer().zhTw();
        return new DataTable("roles-" + c.id(), Text.of(title, zh), cols, rows);
    }

    /** What a company depends on. */
    public static DataTable dependenciesTable(SupplyChain chain, Dependencies d) {
        List<Column> cols = List.of(
                Column.of("component", "Input component", "投入元件", ""),
                Column.of("depth", "Depth", "層數", ""),
                Column.of("neededFor", "Needed for", "用於", ""),
                Column.of("qualifiedSuppliers", "Qualified suppliers", "合格供應商數", ""),
                Column.of("suppliers", "Suppliers", "供應商", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (Dependency dep : d.components()) {
            rows.add(List.of(dep.component().id(), dep.depth(), String.join(" ", dep.neededFor()), dep.qualifiedSuppliers(),
                    supplierList(dep.suppliers())));
        }
        for (Supplier s : d.directSuppliers()) {
            rows.add(List.of(s.role().component(), 1, "(bought directly)", s.role().qualified() ? 1L : 0L,
                    supplierList(List.of(s))));
        }
        return new DataTable("dependencies-" + d.company().id(),
                Text.of(d.company().nameEn() + " depends on", d.company().nameZh() + " 的上游依賴"), cols, rows);
    }

    private static String supplierList(List<Supplier> suppliers) {
        return String.join(", ", suppliers.stream()
                .map(s -> s.company().id() + (s.role().qualified() ? "" : " (candidate)")).toList());
    }

    public static DataTable spofTable(SupplyChain chain) {
        List<Column> cols = List.of(
                Column.of("component", "Component", "元件", ""),
                Column.of("supplier", "Only qualified supplier", "唯一合格供應商", ""),
                Column.of("ticker", "Ticker", "股票代號", ""),
                Column.of("basis", "Basis", "依據", ""),
                Column.of("candidates", "Candidates", "候選供應商", ""),
                Column.of("affects", "Feeds", "影響元件", ""),
                Column.of("status", "Status", "狀態", ""),
                Column.of("source", "Source", "來源", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (SinglePoint p : chain.singlePointsOfFailure()) {
            Company c = p.supplier().company();
            Text basis = p.statedSole()
                    ? Text.of("stated sole supplier" + program(p.supplier().role()),
                    "來源指明為唯一供應商" + program(p.supplier().role()))
                    : Text.of("no second qualified supplier in this catalog", "本目錄中無第二家合格供應商");
            rows.add(List.of(Text.of(p.component().nameEn(), p.component().nameZh()), Text.of(c.nameEn(), c.nameZh()),
                    c.ticker(), basis, String.join(" ", p.candidates().stream().map(Company::id).toList()),
                    String.join(" ", p.affectedComponents()), p.supplier().role().status().word(),
                    p.supplier().role().source()));
        }
        return new DataTable("supplySinglePoints", Text.of("Single points of failure", "單一供應點"), cols, rows);
    }

    private static String program(Role r) {
        return r.program().isEmpty() ? "" : " (" + r.program() + ")";
    }

    public static DataTable exposureTable(SupplyChain chain, ExposureResult x) {
        List<Column> cols = List.of(
                Column.of("company", "Company", "公司", ""),
                Column.of("ticker", "Ticker", "股票代號", ""),
                Column.of("year", "Year", "年度", ""),
                Column.of("component", "Component", "元件", ""),
                Column.of("qualified", "Qualified", "已合格", ""),
                Column.of("supplierShare", "Assumed share", "假設份額", ""),
                Column.of("units", "Units", "數量", ""),
                Column.of("priceUsd", "Price per unit", "單價", "USD"),
                Column.of("priceStatus", "Price status", "單價狀態", ""),
                Column.of("revenueMusd", "Revenue at stake", "潛在營收", "MUSD"),
                Column.of("shareOfRevenue", "Share of known revenue", "占已知營收比", ""),
                Column.of("revenueYear", "Revenue year", "營收年度", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (CompanyExposure r : sorted(chain, x.rows())) {
            Company c = chain.company(r.companyId()).orElseThrow();
            List<Object> row = new ArrayList<>();
            row.add(Text.of(c.nameEn(), c.nameZh()));
            row.add(c.ticker());
            row.add(String.valueOf(r.year()));
            row.add(r.component());
            row.add(yesNo(r.qualified()));
            row.add(r.supplierShare());
            row.add(r.units());
            row.add(r.price().map(Figure::value).orElse(null));
            row.add(r.price().map(p -> p.status().word()).orElse(""));
            row.add(r.revenueUsd().isPresent() ? (Object) Units.millionsUsd(r.revenueUsd().getAsDouble()) : null);
            row.add(opt(r.shareOfRevenue()));
            row.add(r.revenueYear().isPresent() ? String.valueOf(r.revenueYear().getAsInt()) : null);
            rows.add(row);
        }
        String years = String.join(", ", x.demands().stream().map(d -> String.valueOf(d.year())).toList());
        return new DataTable("supplyExposure", Text.of("Units and revenue at stake, " + years,
                "各公司潛在出貨量與營收，" + years), cols, rows);
    }

    private static List<CompanyExposure> sorted(SupplyChain chain, List<CompanyExposure> rows) {
        List<String> order = chain.companies().stream().map(Company::id).toList();
        List<CompanyExposure> out = new ArrayList<>(rows);
        out.sort(Comparator.<CompanyExposure>comparingInt(r -> order.indexOf(r.companyId()))
                .thenComparingInt(CompanyExposure::year)
                .thenComparingInt(r -> org.cpolens.model.supply.Component.VOCABULARY.indexOf(r.component())));
        return out;
    }

    public static DataTable reportedTable(SupplyChain chain, ExposureResult x) {
        List<Column> cols = List.of(
                Column.of("company", "Company", "公司", ""),
                Column.of("year", "Year", "年度", ""),
                Column.of("segment", "Segment", "業務", ""),
                Column.of("segmentRevenue", "Segment revenue", "業務營收", ""),
                Column.of("totalRevenue", "Total revenue", "總營收", ""),
                Column.of("currency", "Currency", "幣別", ""),
                Column.of("share", "Share of revenue", "營收占比", ""),
                Column.of("shareOfProducts", "Share of products", "產品占比", ""),
                Column.of("status", "Status (segment/total/share)", "狀態（業務/總營收/占比）", ""),
                Column.of("derivation", "Derivation", "推導", ""),
                Column.of("source", "Source", "來源", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (ReportedExposure r : x.reported()) {
            Company c = chain.company(r.companyId()).orElseThrow();
            List<Object> row = new ArrayList<>();
            row.add(Text.of(c.nameEn() + " (" + c.ticker() + ")", c.nameZh() + "（" + c.ticker() + "）"));
            row.add(r.year().isPresent() ? String.valueOf(r.year().getAsInt()) : null);
            row.add(r.segment());
            row.add(opt(r.segmentRevenue()));
            row.add(opt(r.totalRevenue()));
            row.add(r.currency());
            row.add(opt(r.share()));
            row.add(opt(r.shareOfProducts()));
            row.add(dash(r.segmentStatus()) + "/" + dash(r.totalStatus()) + "/" + dash(r.shareStatus()));
            row.add(r.derivation());
            row.add(r.source());
            rows.add(row);
        }
        return new DataTable("supplyReported", Text.of("Published exposure figures", "已公開的曝險數字"), cols, rows);
    }

    /** The unit demand the exposure used. */
    public static DataTable demandTable(SupplyChain chain, ExposureResult x) {
        List<Column> cols = List.of(
                Column.of("year", "Year", "年度", ""),
                Column.of("component", "Component", "元件", ""),
                Column.of("units", "Units", "數量", ""),
                Column.of("unit", "Unit", "單位", ""),
                Column.of("basis", "Per", "計算基礎", ""),
                Column.of("perBasisStatus", "Rule status", "規則狀態", ""),
                Column.of("perBasisSource", "Rule source", "規則來源", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (ComponentDemand d : x.demands()) {
            d.units().forEach((k, v) -> {
                Component c = chain.component(k).orElseThrow();
                Optional<Figure> rule = c.demand().perBasis();
                rows.add(List.of(String.valueOf(d.year()), Text.of(c.nameEn(), c.nameZh()), v, c.unit(),
                        rule.map(f -> Tables.plain(f.value()) + " per " + c.demand().basis().word()).orElse("-"),
                        rule.map(f -> f.status().word()).orElse(""), rule.map(Figure::source).orElse(c.demand().note())));
            });
        }
        return new DataTable("supplyDemand", Text.of("Unit demand used", "採用的需求數量"), cols, rows);
    }

    public static DataTable edgesTable(SupplyChain chain) {
        List<Column> cols = List.of(
                Column.of("from", "From", "來源節點", ""),
                Column.of("kind", "Edge", "關係", ""),
                Column.of("to", "To", "目標節點", ""),
                Column.of("qualified", "Qualified", "已合格", ""),
                Column.of("status", "Status", "狀態", ""),
                Column.of("source", "Source", "來源", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (SupplyEdge e : chain.edges()) {
            rows.add(List.of(e.from(), Text.of(e.kind().en(), e.kind().zhTw()), e.to(), yesNo(e.qualified()),
                    e.status().word(), e.source()));
        }
        return new DataTable("supplyEdges", Text.of("Supply graph edges", "供應鏈圖的邊"), cols, rows);
    }

    // ---- JSON and DOT

    public static Map<String, Object> companyJson(Company c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("ticker", c.ticker());
        m.put("market", c.listing().market());
        m.put("marketSource", c.listing().source());
        m.put("marketStatus", c.listing().status().word());
        m.put("nameEn", c.nameEn());
        m.put("nameZhTw", c.nameZh());
        m.put("layer", c.layer().word());
        m.put("parent", c.parent().orElse(null));
        m.put("note", c.note());
        List<Map<String, Object>> roles = new ArrayList<>();
        for (Role r : c.roles()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("component", r.component());
            x.put("qualified", r.qualified());
            x.put("sole", r.sole());
            x.put("program", r.program());
            x.put("customers", r.customers());
            x.put("source", r.source());
            x.put("status", r.status().word());
            x.put("note", r.note());
            roles.add(x);
        }
        m.put("roles", roles);
        return m;
    }

    public static List<Map<String, Object>> companiesJson(SupplyChain chain) {
        return chain.companies().stream().map(SupplyViews::companyJson).toList();
    }

    public static List<Map<String, Object>> suppliersJson(SupplyChain chain, String component) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Supplier s : chain.suppliersOf(component)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("company", s.company().id());
            m.put("ticker", s.company().ticker());
            m.put("qualified", s.role().qualified());
            m.put("sole", s.role().sole());
            m.put("program", s.role().program());
            m.put("customers", s.role().customers());
            m.put("source", s.role().source());
            m.put("status", s.role().status().word());
            out.add(m);
        }
        return out;
    }

    public static Map<String, Object> dependenciesJson(Dependencies d) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> deps = new ArrayList<>();
        for (Dependency dep : d.components()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("component", dep.component().id());
            x.put("depth", dep.depth());
            x.put("neededFor", dep.neededFor());
            x.put("qualifiedSuppliers", dep.qualifiedSuppliers());
            x.put("suppliers", dep.suppliers().stream().map(s -> s.company().id()).toList());
            deps.add(x);
        }
        m.put("inputs", deps);
        List<Map<String, Object>> direct = new ArrayList<>();
        for (Supplier s : d.directSuppliers()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("company", s.company().id());
            x.put("component", s.role().component());
            x.put("qualified", s.role().qualified());
            direct.add(x);
        }
        m.put("directSuppliers", direct);
        return m;
    }

    public static List<Map<String, Object>> spofJson(SupplyChain chain) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SinglePoint p : chain.singlePointsOfFailure()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("component", p.component().id());
            m.put("supplier", p.supplier().company().id());
            m.put("ticker", p.supplier().company().ticker());
            m.put("statedSole", p.statedSole());
            m.put("program", p.supplier().role().program());
            m.put("candidates", p.candidates().stream().map(Company::id).toList());
            m.put("affectedComponents", p.affectedComponents());
            m.put("affectedCompanies", p.affectedCompanies());
            m.put("source", p.supplier().role().source());
            m.put("status", p.supplier().role().status().word());
            out.add(m);
        }
        return out;
    }

    public static Map<String, Object> exposureJson(SupplyChain chain, ExposureResult x) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> demands = new ArrayList<>();
        for (ComponentDemand d : x.demands()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("year", d.year());
            dm.put("units", new LinkedHashMap<>(d.units()));
            demands.add(dm);
        }
        m.put("demand", demands);
        m.put("twdPerUsd", figureJson(chain.twdPerUsd()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CompanyExposure r : sorted(chain, x.rows())) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("company", r.companyId());
            e.put("ticker", chain.company(r.companyId()).orElseThrow().ticker());
            e.put("year", r.year());
            e.put("component", r.component());
            e.put("qualified", r.qualified());
            e.put("supplierShare", Numbers.round6(r.supplierShare()));
            e.put("units", Numbers.round6(r.units()));
            e.put("priceUsd", r.price().map(SupplyViews::figureJson).orElse(null));
            e.put("revenueUsd", r.revenueUsd().isPresent() ? Numbers.round6(r.revenueUsd().getAsDouble()) : null);
            e.put("shareOfRevenue", r.shareOfRevenue().isPresent() ? Numbers.round6(r.shareOfRevenue().getAsDouble()) : null);
            e.put("revenueYear", r.revenueYear().isPresent() ? r.revenueYear().getAsInt() : null);
            rows.add(e);
        }
        m.put("exposure", rows);
        Map<String, Object> totals = new LinkedHashMap<>();
        x.revenueUsdByCompany().forEach((k, v) -> {
            Map<String, Object> byYear = new LinkedHashMap<>();
            v.forEach((y, usd) -> byYear.put(String.valueOf(y), Numbers.round6(usd)));
            totals.put(k, byYear);
        });
        m.put("revenueUsdByCompany", totals);
        List<Map<String, Object>> reported = new ArrayList<>();
        for (ReportedExposure r : x.reported()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("company", r.companyId());
            e.put("year", r.year().isPresent() ? r.year().getAsInt() : null);
            e.put("segment", r.segment());
            e.put("segmentRevenue", opt(r.segmentRevenue()));
            e.put("totalRevenue", opt(r.totalRevenue()));
            e.put("currency", r.currency());
            e.put("share", opt(r.share()));
            e.put("shareOfProducts", opt(r.shareOfProducts()));
            e.put("segmentStatus", r.segmentStatus());
            e.put("totalStatus", r.totalStatus());
            e.put("shareStatus", r.shareStatus());
            e.put("derivation", r.derivation());
            e.put("consistent", r.consistent());
            e.put("source", r.source());
            reported.add(e);
        }
        m.put("reported", reported);
        return m;
    }

    /** The whole supply part of summary.json. */
    public static Map<String, Object> json(SupplyChain chain, ExposureResult x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("companies", companiesJson(chain));
        m.put("singlePointsOfFailure", spofJson(chain));
        m.putAll(exposureJson(chain, x));
        return m;
    }

    public static Map<String, Object> graphJson(SupplyChain chain) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (SupplyNode n : chain.nodes()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", n.id());
            x.put("kind", n.kind().name().toLowerCase(Locale.ROOT));
            x.put("key", n.key());
            x.put("nameEn", n.nameEn());
            x.put("nameZhTw", n.nameZh());
            x.put("layer", n.layer().word());
            nodes.add(x);
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        for (SupplyEdge e : chain.edges()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("from", e.from());
            x.put("to", e.to());
            x.put("kind", e.kind().word());
            x.put("components", e.components());
            x.put("qualified", e.qualified());
            x.put("source", e.source());
            x.put("status", e.status().word());
            edges.add(x);
        }
        m.put("nodes", nodes);
        m.put("edges", edges);
        return m;
    }

    /** Graphviz DOT: components as boxes, companies as ellipses grouped by layer; candidates dashed. */
    public static String dot(SupplyChain chain) {
        StringBuilder sb = new StringBuilder();
        sb.append("digraph supply {\n  rankdir=LR;\n  node [fontname=\"Noto Sans CJK TC, sans-serif\"];\n");
        for (SupplyNode n : chain.nodes()) {
            if (n.kind() == SupplyNode.Kind.COMPONENT) {
                sb.append("  ").append(q(n.id())).append(" [shape=box, label=").append(q(n.nameEn() + "\n" + n.nameZh()))
                        .append("];\n");
            }
        }
        for (Layer layer : Layer.values()) {
            sb.append("  subgraph ").append(q("cluster_" + layer.word())).append(" {\n    label=")
                    .append(q(layer.en() + " / " + layer.zhTw())).append(";\n");
            for (SupplyNode n : chain.nodes()) {
                if (n.kind() == SupplyNode.Kind.COMPANY && n.layer() == layer) {
                    String ticker = chain.company(n.key()).orElseThrow().ticker();
                    sb.append("    ").append(q(n.id())).append(" [shape=ellipse, label=")
                            .append(q(n.nameEn() + "\n" + n.nameZh() + " " + ticker)).append("];\n");
                }
            }
            sb.append("  }\n");
        }
        for (SupplyEdge e : chain.edges()) {
            sb.append("  ").append(q(e.from())).append(" -> ").append(q(e.to())).append(" [label=")
                    .append(q(e.kind().en()));
            if (!e.qualified()) {
                sb.append(", style=dashed");
            }
            sb.append("];\n");
        }
        return sb.append("}\n").toString();
    }

    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    // ---- helpers

    static Map<String, Object> figureJson(Figure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", f.value());
        m.put("unit", f.unit());
        m.put("source", f.source());
        m.put("status", f.status().word());
        if (!f.note().isEmpty()) {
            m.put("note", f.note());
        }
        return m;
    }

    static Text yesNo(boolean b) {
        return b ? Text.of("yes", "是") : Text.of("no", "否");
    }

    static String dash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }

    static Object opt(OptionalDouble d) {
        return d.isPresent() ? (Object) d.getAsDouble() : null;
    }
}
