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
import org.cpolens.model.eval.TierPower;
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

    public static Map<String, Object> fabricJson(Fabric f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("endpoints", f.endpoints());
        m.put("radix", f.request().radix());
        m.put("portGbps", f.request().portGbps());
        m.put("oversubscription", f.request().oversubscription());
        m.put("tiers", f.tierCount());
        m.put("switchesPerTier", f.switchesPerTier());
        m.put("switchCount", f.switchCount());
        m.put("links", f.links());
        m.put("maxEndpoints", f.maxEndpoints());
        m.put("unusedPorts", f.unusedPorts());
        m.put("pods", f.pods());
        m.put("leafUplinks", f.leafUplinks());
        List<Map<String, Object>> layers = new ArrayList<>();
        for (LinkLayer l : f.linkLayers()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", l.name());
            x.put("links", l.links());
            x.put("media", l.media().word());
            layers.add(x);
        }
        m.put("linkLayers", layers);
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
        for (Tier t : f.tiers()) {
            LinkLayer below = f.linkLayers().get(t.level());
            rows.add(List.of(Text.of(t.name(), tierZh(t.name())), t.switches(), t.portsUsed(), t.unusedPorts(),
                    below.links(), below.media().word()));
        }
        String title = String.format(java.util.Locale.ROOT, "%,d endpoints, radix %d, %d tier(s), %,d switches, max %,d endpoints",
                f.endpoints(), f.request().radix(), f.tierCount(), f.switchCount(), f.maxEndpoints());
        String zh = String.format(java.util.Locale.ROOT, "%,d 個端點、%d 埠交換器、%d 層、%,d 台交換器、最多 %,d 個端點",
                f.endpoints(), f.request().radix(), f.tierCount(), f.switchCount(), f.maxEndpoints());
        return new DataTable("fabric", Text.of(title, zh), cols, rows);
    }

    static String tierZh(String tier) {
        return switch (tier) {
            case "leaf" -> "葉層 (leaf)";
            case "spine" -> "脊層 (spine)";
            case "core" -> "核心層 (core)";
            case "host" -> "主機端 (host)";
            default -> tier;
        };
    }

    // ---- compare

    public static Map<String, Object> compareJson(Evaluation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", e.scenario().name());
        m.put("switch", e.scenario().switchSystem().id());
        m.put("accelerators", e.scenario().cluster().accelerators());
        Map<String, Object> fab = new LinkedHashMap<>();
        fab.put("endpoints", e.fabric().endpoints());
        fab.put("tiers", e.fabric().tierCount());
        fab.put("switchesPerTier", e.fabric().switchesPerTier());
        fab.put("switchCount", e.fabric().switchCount());
        fab.put("links", e.fabric().links());
        fab.put("unusedPorts", e.fabric().unusedPorts());
        m.put("fabric", fab);
        List<Map<String, Object>> archs = new ArrayList<>();
        for (ArchitectureResult r : e.architectures()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", r.id());
            a.put("name", r.name());
            a.put("kind", r.kind());
            a.put("switchSidePorts", r.switchSidePorts());
            a.put("hostSideModules", r.hostSideModules());
            a.put("switchOpticsPowerKw", round(Units.kilowatts(r.switchOpticsW())));
            a.put("hostOpticsPowerKw", round(Units.kilowatts(r.hostOpticsW())));
            a.put("opticsPowerKw", round(r.opticsPowerKw()));
            a.put("switchBasePowerKw", round(Units.kilowatts(r.switchBaseW())));
            a.put("networkPowerKw", round(r.networkPowerKw()));
            a.put("picojoulesPerBit", round(r.picojoulesPerBit()));
            a.put("opticsPicojoulesPerBit", round(r.opticsPicojoulesPerBit()));
            a.put("lasers", r.lasers());
            a.put("laserModules", r.laserModules());
            a.put("edgeMm", round(r.edgeMm()));
            a.put("worstPathLatencyNs", round(r.worstPathLatencyNs()));
            a.put("capexUsd", round(r.capexUsd()));
            a.put("hotSwappable", r.hotSwappable());
            a.put("powerSavedKw", round(r.powerSavedKw()));
            a.put("extraAcceleratorsAtSamePower", r.extraAcceleratorsAtSamePower() < 0 ? null : r.extraAcceleratorsAtSamePower());
            archs.add(a);
        }
        m.put("architectures", archs);
        return m;
    }

    /** Rounds to 1e-6 so JSON stays short and byte-stable. */
    static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    public static DataTable compareTable(Evaluation e) {
        List<Column> cols = List.of(
                Column.of("id", "Architecture", "架構", ""),
                Column.of("switchSidePorts", "Switch-side ports", "交換器端埠", ""),
                Column.of("hostSideModules", "Host-side modules", "主機端模組", ""),
                Column.of("opticsPowerKw", "Optics power", "光學功耗", "kW"),
                Column.of("networkPowerKw", "Network power", "網路總功耗", "kW"),
                Column.of("picojoulesPerBit", "Energy per bit", "每位元能耗", "pJ/bit"),
                Column.of("lasers", "Lasers", "雷射數", ""),
                Column.of("laserModules", "Laser modules", "外部雷射模組", ""),
                Column.of("edgeM", "Edge used", "面板/邊緣長度", "m"),
                Column.of("capexMusd", "Optics capex", "光學資本支出", "MUSD"),
                Column.of("powerSavedKw", "Power saved", "節省功耗", "kW"),
                Column.of("extraAccelerators", "Extra accelerators", "可多供電加速器", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (ArchitectureResult r : e.architectures()) {
            List<Object> row = new ArrayList<>();
            row.add(r.id());
            row.add(r.switchSidePorts());
            row.add(r.hostSideModules());
            row.add(r.opticsPowerKw());
            row.add(r.networkPowerKw());
            row.add(r.picojoulesPerBit());
            row.add(r.lasers());
            row.add(r.laserModules());
            row.add(Units.metresFromMillimetres(r.edgeMm()));
            row.add(Units.millionsUsd(r.capexUsd()));
            row.add(r.powerSavedKw());
            row.add(r.extraAcceleratorsAtSamePower() < 0 ? null : (Object) r.extraAcceleratorsAtSamePower());
            rows.add(row);
        }
        return new DataTable("compare", Text.of(
                "Scenario " + e.scenario().name() + " on " + e.scenario().switchSystem().id() + ": "
                        + e.fabric().tierCount() + "-tier fabric, " + String.format(java.util.Locale.ROOT, "%,d", e.fabric().switchCount()) + " switches",
                "情境 " + e.scenario().name() + "（" + e.scenario().switchSystem().id() + "）：" + e.fabric().tierCount()
                        + " 層網路，" + String.format(java.util.Locale.ROOT, "%,d", e.fabric().switchCount()) + " 台交換器"),
                cols, rows);
    }

    /** Where the watts go: one row per architecture and tier. */
    public static DataTable wattsByTier(Evaluation e) {
        List<Column> cols = List.of(
                Column.of("architecture", "Architecture", "架構", ""),
                Column.of("tier", "Tier", "層級", ""),
                Column.of("opticalPorts", "Optical ends", "光學端點", ""),
                Column.of("opticsKw", "Optics power", "光學功耗", "kW"),
                Column.of("switchBaseKw", "Switch power before optics", "交換器本體功耗", "kW"));
        List<List<Object>> rows = new ArrayList<>();
        for (ArchitectureResult r : e.architectures()) {
            for (TierPower t : r.tiers()) {
                rows.add(List.of(r.id(), Text.of(t.tier(), tierZh(t.tier())), t.opticalPorts(), Units.kilowatts(t.opticsW()),
                        Units.kilowatts(t.switchBaseW())));
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
            rows.add(List.of(a.id(), "architecture", a.name(),
                    Tables.display(a.switchPortWatts().value(), "en") + " W per " + (long) a.portGbps() + "G port",
                    a.switchPortWatts().status().word(), a.switchPortWatts().source()));
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
        m.put("switchPortWatts", a.switchPortWatts());
        m.put("hostPortWatts", a.hostPortWatts());
        m.put("lasersPerPort", a.lasersPerPort());
        m.put("portsPerLaserModule", a.portsPerLaserModule());
        m.put("edgeDensityGbpsPerMm", a.edgeDensityGbpsPerMm());
        m.put("addedLatencyNs", a.addedLatencyNs());
        m.put("costPerPortUsd", a.costPerPortUsd());
        return m;
    }

    public static Map<String, Figure> figuresOf(SwitchSystem s) {
        Map<String, Figure> m = new LinkedHashMap<>();
        m.put("basePowerW", s.basePowerW());
        m.put("rackUnits", s.rackUnits());
        return m;
    }
}
