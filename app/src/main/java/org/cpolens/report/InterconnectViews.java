package org.cpolens.report;

import org.cpolens.model.units.Units;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpolens.model.catalog.Catalog;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.SwitchSystem;
import org.cpolens.model.eval.ArchitectureResult;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.eval.BillOfMaterials;
import org.cpolens.model.eval.BomLine;
import org.cpolens.model.eval.OpticsLayer;
import org.cpolens.model.eval.ResultColumn;
import org.cpolens.model.units.Numbers;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.fabric.Fabric;
import org.cpolens.model.fabric.LinkLayer;
import org.cpolens.model.fabric.Tier;

/**
 * Views of fabric, comparison and catalog: the JSON objects whose camelCase field names are a
 * public contract, and the tables behind the terminal, CSV, HTML and XLSX outputs.
 */
public final class InterconnectViews {
    private InterconnectViews() {
    }

    // ---- fabric

    /**
     * A fabric's shape: totals over all planes (switchCount, switchesPerTier, links, linkLayers...)
     * and, under {@code perPlane}, one plane's.
     */
    public static Map<String, Object> fabricJson(Fabric f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("endpoints", f.endpoints());
        m.put("radix", f.request().radix());
        m.put("portGbps", f.request().portGbps());
        m.put("oversubscription", f.request().oversubscription());
        m.put("tiers", f.tierCount());
        m.put("planes", f.planes());
        m.put("switchesPerTier", f.switchesPerTier());
        m.put("switchCount", f.switchCount());
        m.put("links", f.links());
        m.put("maxEndpoints", f.maxEndpoints());
        m.put("unusedPorts", f.unusedPorts());
        m.put("pods", f.pods());
        m.put("leafUplinks", f.leafUplinks());
        List<Map<String, Object>> layers = new ArrayList<>();
        for (int i = 0; i < f.linkLayers().size(); i++) {
            LinkLayer l = f.linkLayers().get(i);
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", l.name());
            x.put("links", f.linksOf(i));
            x.put("media", l.media().word());
            layers.add(x);
        }
        m.put("linkLayers", layers);
        Map<String, Object> plane = new LinkedHashMap<>();
        plane.put("endpoints", f.request().endpointsPerPlane());
        plane.put("switchesPerTier", f.tiers().stream().map(Tier::switches).toList());
        plane.put("switchCount", f.planeSwitchCount());
        plane.put("links", f.planeLinks());
        m.put("perPlane", plane);
        return m;
    }

    public static DataTable fabricTable(Fabric f) {
        List<Column> cols = List.of(
                Column.of("tier", "Tier", "層級", ""),
                Column.of("switches", "Switches", "交換器", ""),
                Column.of("portsUsed", "Ports used", "使用埠", ""),
                Column.of("unusedPorts", "Unused ports", "未使用埠", ""),
                Column.of("linksBelow", "Links below", "下行鏈路", ""),
                Column.of("media", "Media below", "下行媒介", ""));
        List<List<Object>> rows = new ArrayList<>();
        long p = f.planes();
        for (Tier t : f.tiers()) {
            LinkLayer below = f.linkLayers().get(t.level());
            rows.add(List.of(Text.of(t.name(), tierZh(t.name())), t.switches() * p, t.portsUsed() * p,
                    t.unusedPorts() * p, below.links() * p, mediaText(below.media().word())));
        }
        String planes = p == 1 ? "" : String.format(java.util.Locale.ROOT, " over %d planes of %,d endpoints and %,d switches",
                p, f.request().endpointsPerPlane(), f.planeSwitchCount());
        String planesZh = p == 1 ? "" : String.format(java.util.Locale.ROOT, "，分成 %d 個平面（每平面 %,d 個端點、%,d 台交換器）",
                p, f.request().endpointsPerPlane(), f.planeSwitchCount());
        String title = String.format(java.util.Locale.ROOT, "%,d endpoints, radix %d, %d tier(s), %,d switches, max %,d endpoints",
                f.endpoints(), f.request().radix(), f.tierCount(), f.switchCount(), f.maxEndpoints()) + planes;
        String zh = String.format(java.util.Locale.ROOT, "%,d 個端點、%d 埠交換器、%d 層、%,d 台交換器、最多 %,d 個端點",
                f.endpoints(), f.request().radix(), f.tierCount(), f.switchCount(), f.maxEndpoints()) + planesZh;
        return new DataTable("fabric", Text.of(title, zh), cols, rows);
    }

    /** A link medium for people: the word in English, its name in Chinese. */
    static Text mediaText(String word) {
        return switch (word) {
            case "optical" -> Text.of(word, "光纖");
            case "copper" -> Text.of(word, "銅纜");
            default -> Text.same(word);
        };
    }

    static String tierZh(String tier) {
        return switch (tier) {
            case "leaf" -> "葉層";
            case "spine" -> "脊層";
            case "core" -> "核心層";
            case "host" -> "主機端";
            default -> tier;
        };
    }

    // ---- compare

    public static Map<String, Object> compareJson(Evaluation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", e.interconnect().name());
        m.put("switch", e.interconnect().switchSystem().id());
        m.put("accelerators", e.interconnect().cluster().accelerators());
        Map<String, Object> fab = new LinkedHashMap<>();
        fab.put("endpoints", e.fabric().endpoints());
        fab.put("tiers", e.fabric().tierCount());
        fab.put("planes", e.fabric().planes());
        fab.put("switchesPerTier", e.fabric().switchesPerTier());
        fab.put("switchCount", e.fabric().switchCount());
        fab.put("links", e.fabric().links());
        fab.put("unusedPorts", e.fabric().unusedPorts());
        m.put("fabric", fab);
        List<Map<String, Object>> archs = new ArrayList<>();
        for (ArchitectureResult r : e.architectures()) {
            archs.add(architectureJson(r));
        }
        m.put("architectures", archs);
        m.put("density", densityJson(e.interconnect()));
        return m;
    }

    /**
     * Bandwidth density of each compared architecture (and the NIC's and scale-up's, when given):
     * Gb/s per mm of edge (faceplate for pluggables, package shoreline for co-packaged engines) and
     * Tb/s per rack unit of front panel at that density, with the ratio to the baseline.
     */
    public static List<Map<String, Object>> densityJson(org.cpolens.model.eval.Interconnect ic) {
        double width = ic.faceplateWidthMm().value();
        double base = ic.baseline().value(ArchitectureFigure.EDGE_DENSITY_GBPS_PER_MM);
        List<Map<String, Object>> out = new ArrayList<>();
        for (OpticsArchitecture a : ic.architectures()) {
            double d = a.value(ArchitectureFigure.EDGE_DENSITY_GBPS_PER_MM);
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", a.id());
            x.put("edgeGbpsPerMm", d);
            x.put("faceplateTbpsPerRackUnit", Units.terabitsPerSecond(d * width));
            x.put("timesBaseline", d / base);
            x.put("source", a.figure(ArchitectureFigure.EDGE_DENSITY_GBPS_PER_MM).source());
            x.put("status", a.figure(ArchitectureFigure.EDGE_DENSITY_GBPS_PER_MM).status().word());
            out.add(x);
        }
        return out;
    }

    /**
     * One architecture's result: every {@link ResultColumn} under its key (numbers rounded by
     * {@link Numbers#round6}, as the sweep rows), then the figures it was evaluated with and its
     * bill of materials.
     */
    public static Map<String, Object> architectureJson(ArchitectureResult r) {
        Map<String, Object> a = new LinkedHashMap<>();
        for (ResultColumn c : ResultColumn.values()) {
            a.put(c.key(), cell(c, r));
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        for (ArchitectureFigure f : ArchitectureFigure.values()) {
            figures.put(f.key(), r.architecture().value(f));
        }
        a.put("figures", figures);
        a.put("bom", bomJson(r.bom()));
        a.put("perAccelerator", perAcceleratorJson(r.bom()));
        return a;
    }

    /** Optical ends, engines, lasers, laser modules and optics watts per accelerator, per layer and in all. */
    static Map<String, Object> perAcceleratorJson(BillOfMaterials b) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (OpticsLayer layer : OpticsLayer.values()) {
            List<BomLine> lines = b.lines(layer);
            if (!lines.isEmpty()) {
                m.put(layer.word(), perAccelerator(b, lines));
            }
        }
        m.put("total", perAccelerator(b, b.lines()));
        return m;
    }

    private static Map<String, Object> perAccelerator(BillOfMaterials b, List<BomLine> lines) {
        BillOfMaterials.PerAccelerator p = b.perAccelerator(lines);
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("opticalEnds", p.opticalEnds());
        x.put("engines", p.engines());
        x.put("lasers", p.lasers());
        x.put("laserModules", p.laserModules());
        x.put("opticsWatts", p.opticsW());
        return x;
    }

    /** A column's value as JSON: numbers rounded to 1e-6, counts whole, unknown counts null. */
    public static Object cell(ResultColumn c, ArchitectureResult r) {
        return switch (c.type()) {
            case TEXT, BOOLEAN -> c.attribute(r.architecture());
            case COUNT -> (long) c.value(r);
            case OPTIONAL_COUNT -> c.value(r) < 0 ? null : (Object) (long) c.value(r);
            case NUMBER -> Numbers.round6(c.value(r));
        };
    }

    static Map<String, Object> bomJson(BillOfMaterials b) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (BomLine l : b.lines()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("layer", l.layer().word());
            x.put("tier", l.tier());
            x.put("architecture", l.architectureId());
            x.put("pluggable", l.pluggable());
            x.put("ends", l.ends());
            x.put("engines", (long) l.engines());
            x.put("lasers", (long) l.lasers());
            x.put("laserModules", (long) l.laserModules());
            x.put("faus", (long) l.faus());
            x.put("opticsPowerKw", Numbers.round6(Units.kilowatts(l.opticsW())));
            x.put("laserPowerKw", Numbers.round6(Units.kilowatts(l.laserW())));
            x.put("capexUsd", Numbers.round6(l.capexUsd()));
            lines.add(x);
        }
        m.put("lines", lines);
        List<Map<String, Object>> links = new ArrayList<>();
        for (var l : b.links()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("layer", l.layer().word());
            x.put("name", l.name());
            x.put("links", l.links());
            x.put("media", l.optical() ? "optical" : "copper");
            links.add(x);
        }
        m.put("links", links);
        m.put("fibers", b.fibers());
        m.put("switches", b.switchCount());
        m.put("nics", b.nics());
        return m;
    }

    /** The columns of the comparison table, in reading order; edge in m and capex in MUSD for people. */
    static final List<ResultColumn> TABLE = List.of(ResultColumn.ID, ResultColumn.SWITCH_SIDE_PORTS,
            ResultColumn.HOST_SIDE_MODULES, ResultColumn.OPTICS_POWER_KW, ResultColumn.NETWORK_POWER_KW,
            ResultColumn.PICOJOULES_PER_BIT, ResultColumn.LASERS, ResultColumn.LASER_MODULES, ResultColumn.EDGE_MM,
            ResultColumn.CAPEX_USD, ResultColumn.POWER_SAVED_KW, ResultColumn.EXTRA_ACCELERATORS_AT_SAME_POWER);

    /** Shown when the scenario has a scale-up layer. */
    static final List<ResultColumn> SCALE_UP_TABLE = List.of(ResultColumn.SCALE_UP_OPTICAL_ENDS,
            ResultColumn.SCALE_UP_OPTICS_POWER_KW, ResultColumn.OPTICS_WATTS_PER_ACCELERATOR,
            ResultColumn.ENGINES_PER_ACCELERATOR);

    public static DataTable compareTable(Evaluation e) {
        List<ResultColumn> table = new ArrayList<>(TABLE);
        if (e.interconnect().scaleUp().isPresent()) {
            table.addAll(SCALE_UP_TABLE);
        }
        List<Column> cols = new ArrayList<>();
        for (ResultColumn c : table) {
            cols.add(switch (c) {
                case EDGE_MM -> Column.of("edgeM", c.en(), c.zhTw(), "m");
                case CAPEX_USD -> Column.of("capexMusd", c.en(), c.zhTw(), "MUSD");
                case EXTRA_ACCELERATORS_AT_SAME_POWER -> Column.of("extraAccelerators", c.en(), c.zhTw(), "");
                default -> Column.of(c.key(), c.en(), c.zhTw(), c.unit());
            });
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ArchitectureResult r : e.architectures()) {
            List<Object> row = new ArrayList<>();
            for (ResultColumn c : table) {
                row.add(switch (c) {
                    case EDGE_MM -> Units.metresFromMillimetres(r.edgeMm());
                    case CAPEX_USD -> Units.millionsUsd(r.capexUsd());
                    default -> c.type() == ResultColumn.Type.NUMBER ? (Object) c.value(r) : cell(c, r);
                });
            }
            rows.add(row);
        }
        return new DataTable("compare", Text.of(
                "Scenario " + e.interconnect().name() + " on " + e.interconnect().switchSystem().id() + ": "
                        + e.fabric().tierCount() + "-tier fabric, " + Numbers.grouped(e.fabric().switchCount()) + " switches",
                "情境 " + e.interconnect().name() + "（" + e.interconnect().switchSystem().id() + "）：" + e.fabric().tierCount()
                        + " 層網路，" + Numbers.grouped(e.fabric().switchCount()) + " 台交換器"),
                cols, rows);
    }

    /** Where the watts go: one row per architecture and bill-of-materials line. */
    public static DataTable wattsByTier(Evaluation e) {
        List<Column> cols = List.of(
                Column.of("architecture", "Architecture", "架構", ""),
                Column.of("tier", "Tier", "層級", ""),
                Column.of("opticalPorts", "Optical ends", "光學端點", ""),
                Column.of("opticsKw", "Optics power", "光學功耗", "kW"),
                Column.of("switchBaseKw", "Switch power before optics", "交換器本體功耗", "kW"));
        List<List<Object>> rows = new ArrayList<>();
        double baseW = e.interconnect().switchSystem().basePowerW().value();
        for (ArchitectureResult r : e.architectures()) {
            BillOfMaterials b = r.bom();
            for (BomLine l : b.lines()) {
                int level = b.tierNames().indexOf(l.tier());
                double switchW = level < 0 ? 0 : b.switches().get(level) * baseW;
                rows.add(List.of(Names.architecture(r.architecture()), Text.of(l.tier(), tierZh(l.tier())), l.ends(), Units.kilowatts(l.opticsW()),
                        Units.kilowatts(switchW)));
            }
        }
        return new DataTable("wattsByTier", Text.of("Where the watts go", "功耗分布"), cols, rows);
    }

    // ---- catalog

    public static DataTable catalogTable(Catalog c) {
        List<Column> cols = List.of(
                Column.of("id", "Id", "代號", ""),
                Column.of("type", "Type", "類型", ""),
                Column.of("name", "Name", "名稱", ""),
                Column.of("keyFigure", "Key figure", "關鍵數字", ""),
                Column.of("status", "Status", "狀態", ""),
                Column.of("source", "Source", "來源", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (OpticsArchitecture a : c.architectures()) {
            Figure w = a.figure(ArchitectureFigure.SWITCH_PORT_WATTS);
            rows.add(List.of(a.id(), "architecture", a.name(),
                    Tables.display(w.value(), "en") + " W per " + (long) a.portGbps() + "G port",
                    w.status().word(), w.source()));
        }
        for (SwitchSystem s : c.switches()) {
            rows.add(List.of(s.id(), "switch", s.name(), s.radix() + " x " + (long) s.portGbps() + "G, "
                    + Tables.display(s.basePowerW().value(), "en") + " W base", s.basePowerW().status().word(), s.basePowerW().source()));
        }
        return new DataTable("catalog", Text.of("Catalog", "資料目錄"), cols, rows);
    }

    /** Every figure of one architecture or switch. */
    public static DataTable figuresTable(String id, Map<String, Figure> figures) {
        List<Column> cols = List.of(
                Column.of("figure", "Figure", "項目", ""),
                Column.of("value", "Value", "數值", ""),
                Column.of("unit", "Unit", "單位", ""),
                Column.of("status", "Status", "狀態", ""),
                Column.of("source", "Source", "來源", ""),
                Column.of("note", "Note", "備註", ""));
        List<List<Object>> rows = new ArrayList<>();
        figures.forEach((k, f) -> rows.add(List.of(k, f.value(), f.unit(), f.status().word(), f.source(), f.note())));
        return new DataTable("figures-" + id, Text.same(id), cols, rows);
    }

    public static Map<String, Figure> figuresOf(OpticsArchitecture a) {
        Map<String, Figure> m = new LinkedHashMap<>();
        a.figures().forEach((f, figure) -> m.put(f.key(), figure));
        return m;
    }

    public static Map<String, Figure> figuresOf(SwitchSystem s) {
        Map<String, Figure> m = new LinkedHashMap<>();
        m.put("basePowerW", s.basePowerW());
        m.put("rackUnits", s.rackUnits());
        return m;
    }
}
