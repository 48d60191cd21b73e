package org.cpolens.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cpolens.model.eval.OpticsLayer;
import org.cpolens.model.market.AdoptionFit;
import org.cpolens.model.market.Band;
import org.cpolens.model.market.BridgeStep;
import org.cpolens.model.market.FabricDemand;
import org.cpolens.model.market.ForecastScope;
import org.cpolens.model.market.HindcastRow;
import org.cpolens.model.market.LayerAdoption;
import org.cpolens.model.market.LayerBom;
import org.cpolens.model.market.LayerYear;
import org.cpolens.model.market.MarketInputs;
import org.cpolens.model.market.MarketResult;
import org.cpolens.model.market.Metric;
import org.cpolens.model.market.NotCompared;
import org.cpolens.model.market.PlatformBom;
import org.cpolens.model.market.PlatformDemand;
import org.cpolens.model.market.PlatformLayerYear;
import org.cpolens.model.market.PlatformReading;
import org.cpolens.model.market.ReadingImpact;
import org.cpolens.model.market.Reconciliation;
import org.cpolens.model.market.SensitivityRow;
import org.cpolens.model.market.ShippedProduct;
import org.cpolens.model.market.TopDownSource;
import org.cpolens.model.market.ValueScope;
import org.cpolens.model.market.YearResult;
import org.cpolens.model.units.Numbers;
import org.cpolens.model.units.Units;

/**
 * Views of a market run: the JSON of {@code cpolens market} (its camelCase field names are a public
 * contract), the tables behind the terminal, CSV and XLSX, and the pieces of the report section.
 */
public final class MarketViews {
    private MarketViews() {
    }

    // ---- JSON

    public static Map<String, Object> marketJson(MarketResult r) {
        MarketInputs in = r.inputs();
        FabricDemand d = in.demand();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", r.seed());
        m.put("trials", r.trials());
        m.put("scenario", in.scenarioName());
        m.put("architecture", d.architectureId());
        m.put("scope", r.headline().word());
        m.put("focusYear", r.focusYear());
        Map<String, Object> fabric = new LinkedHashMap<>();
        fabric.put("accelerators", d.accelerators());
        fabric.put("switchSidePorts", d.switchSidePorts());
        fabric.put("portGbps", d.portGbps());
        fabric.put("portsPerAccelerator", round(d.portsPerAccelerator()));
        fabric.put("scaleOutGbpsPerAccelerator", round(d.scaleOutGbps()));
        fabric.put("lasersPerPort", round(d.lasersPerPort()));
        fabric.put("portsPerLaserModule", round(d.portsPerLaserModule()));
        fabric.put("enginesPerPort", round(d.enginesPerPort()));
        m.put("fabric", fabric);
        Map<String, Object> adoption = new LinkedHashMap<>();
        adoption.put("model", in.adoption().model());
        adoption.put("parameters", rounded(in.adoption().parameters()));
        if (in.adoptionFit() != null) {
            adoption.put("fit", fitJson(in.adoptionFit()));
        }
        m.put("adoption", adoption);
        List<Map<String, Object>> layerAdoption = new ArrayList<>();
        for (OpticsLayer l : OpticsLayer.values()) {
            LayerAdoption a = in.settings().layer(l);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("layer", l.word());
            o.put("model", a.curve().model());
            o.put("parameters", rounded(a.curve().parameters()));
            o.put("launchYear", a.launchYear());
            o.put("shippedThrough", a.shippedThrough().isPresent() ? a.shippedThrough().getAsInt() : null);
            List<Map<String, Object>> shipped = new ArrayList<>();
            for (ShippedProduct p : a.shipped()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("name", p.name());
                s.put("year", p.year());
                s.put("date", p.date());
                s.put("status", p.status().word());
                shipped.add(s);
            }
            o.put("shipped", shipped);
            layerAdoption.add(o);
        }
        m.put("layerAdoption", layerAdoption);
        Map<String, Object> price = new LinkedHashMap<>();
        price.put("model", in.prices().engine().model());
        price.put("unit", "USD/Gbps");
        price.put("baseYear", in.prices().baseYear());
        price.put("parameters", rounded(in.prices().engine().parameters()));
        price.put("laserModuleUsd", round(in.prices().laserModuleUsd().value()));
        price.put("systemGrossMargin", round(in.prices().systemGrossMargin().value()));
        m.put("price", price);
        m.put("fleet", fleetJson(r));
        List<Map<String, Object>> years = new ArrayList<>();
        for (YearResult y : r.years()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("year", y.year());
            o.put("accelerators", round(y.accelerators()));
            o.put("adoptionShare", round(y.adoptionShare()));
            o.put("engineUsdPerGbps", round(y.engineUsdPerGbps()));
            o.put("laserModuleUsd", round(y.laserModuleUsd()));
            Map<String, Object> td = new LinkedHashMap<>();
            y.topDown().forEach((k, v) -> td.put(k, round(v)));
            o.put("topDown", td);
            Map<String, Object> tdp = new LinkedHashMap<>();
            y.topDownPorts().forEach((k, v) -> tdp.put(k, round(v)));
            o.put("topDownPorts", tdp);
            Map<String, Object> bu = new LinkedHashMap<>();
            bu.put("ports", round(y.ports()));
            bu.put("gbps", round(y.gbps()));
            bu.put("lasers", round(y.lasers()));
            bu.put("engines", round(y.engines()));
            bu.put("laserSourceModules", round(y.laserSourceModules()));
            bu.put("faus", round(y.faus()));
            bu.put("epiWafers", round(y.epiWafers()));
            bu.put("cpoSwitches", round(y.cpoSwitches()));
            bu.put("revenueUsd", round(y.revenueUsd()));
            bu.put("revenueUsdByScope", scopes(y.value()));
            o.put("bottomUp", bu);
            o.put("p10", round(y.p10()));
            o.put("p50", round(y.p50()));
            o.put("p90", round(y.p90()));
            Map<String, Object> bands = new LinkedHashMap<>();
            for (ValueScope s : ValueScope.values()) {
                bands.put(s.word(), band(y.band(s)));
            }
            o.put("bands", bands);
            o.put("portsP10", round(y.portsBand().p10()));
            o.put("portsP50", round(y.portsBand().p50()));
            o.put("portsP90", round(y.portsBand().p90()));
            years.add(o);
        }
        m.put("years", years);
        List<Map<String, Object>> layers = new ArrayList<>();
        for (LayerYear l : r.layers()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("year", l.year());
            o.put("layer", l.layer().word());
            o.put("eligibleAccelerators", round(l.eligibleAccelerators()));
            o.put("opticalGbps", round(l.opticalGbps()));
            o.put("adoptionShare", round(l.adoptionShare()));
            o.put("ports", round(l.ports()));
            o.put("gbps", round(l.gbps()));
            o.put("engines", round(l.engines()));
            o.put("lasers", round(l.lasers()));
            o.put("laserModules", round(l.laserModules()));
            o.put("faus", round(l.faus()));
            o.put("epiWafers", round(l.epiWafers()));
            o.put("valueUsd", scopes(l.value()));
            layers.add(o);
        }
        m.put("layers", layers);
        List<Map<String, Object>> platforms = new ArrayList<>();
        for (PlatformLayerYear p : r.platformLayers()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("year", p.year());
            o.put("platform", p.platform());
            o.put("layer", p.layer().word());
            o.put("shipments", round(p.shipments()));
            o.put("adoptionShare", round(p.adoptionShare()));
            o.put("ports", round(p.ports()));
            o.put("gbps", round(p.gbps()));
            o.put("laserModules", round(p.laserModules()));
            o.put("valueUsd", scopes(p.value()));
            platforms.add(o);
        }
        m.put("platformLayers", platforms);
        List<Map<String, Object>> sources = new ArrayList<>();
        for (TopDownSource s : in.sources()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", s.id());
            o.put("name", s.name());
            o.put("metric", s.metric().word());
            o.put("scope", scopeJson(s.scope()));
            o.put("fromYear", s.fromYear());
            o.put("fromValue", round(s.fromValue()));
            o.put("toYear", s.toYear());
            o.put("toValue", round(s.toValue()));
            o.put("cagr", round(s.cagr()));
            o.put("source", s.source());
            o.put("status", s.status().word());
            sources.add(o);
        }
        m.put("sources", sources);
        List<Map<String, Object>> absent = new ArrayList<>();
        for (NotCompared n : in.settings().notCompared()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", n.id());
            o.put("name", n.name());
            o.put("figure", n.figure());
            o.put("reason", n.reason());
            o.put("source", n.source());
            o.put("status", n.status().word());
            absent.add(o);
        }
        m.put("notCompared", absent);
        List<Map<String, Object>> rec = new ArrayList<>();
        for (Reconciliation c : r.reconciliation()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("sourceId", c.sourceId());
            o.put("metric", c.metric().word());
            o.put("year", c.year());
            o.put("scope", scopeJson(c.scope()));
            o.put("topDown", round(c.topDown()));
            o.put("bottomUp", round(c.bottomUp()));
            o.put("ratio", round(c.ratio()));
            o.put("bottomUpByScope", scopes(c.byScope()));
            o.put("withoutScaleUp", round(c.withoutScaleUp()));
            o.put("potential", round(c.potential()));
            o.put("impliedShare", round(c.impliedShare()));
            o.put("impossible", c.impossible());
            rec.add(o);
        }
        m.put("reconciliation", rec);
        List<Map<String, Object>> bridge = new ArrayList<>();
        for (BridgeStep b : r.bridge()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", b.id());
            o.put("kind", b.kind().word());
            o.put("year", r.focusYear());
            o.put("label", b.en());
            o.put("labelZhTw", b.zhTw());
            o.put("valueUsd", round(b.valueUsd()));
            o.put("deltaUsd", round(b.deltaUsd()));
            o.put("comparableUsd", round(b.comparableUsd()));
            bridge.add(o);
        }
        m.put("bridge", bridge);
        List<Map<String, Object>> hind = new ArrayList<>();
        for (HindcastRow h : r.hindcast()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("year", h.year());
            o.put("moduleClass", h.moduleClass());
            o.put("modelUnits", round(h.modelUnits()));
            Map<String, Object> by = new LinkedHashMap<>();
            h.byLayer().forEach((k, v) -> by.put(k.word(), round(v)));
            o.put("byLayer", by);
            o.put("publishedUnits", round(h.published().value()));
            o.put("ratio", round(h.ratio()));
            o.put("source", h.published().source());
            o.put("status", h.published().status().word());
            hind.add(o);
        }
        m.put("hindcast", hind);
        List<Map<String, Object>> readings = new ArrayList<>();
        for (ReadingImpact x : r.readings()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("platform", x.platform());
            o.put("reading", x.reading());
            o.put("scenario", x.scenario());
            o.put("weight", round(x.weight()));
            o.put("year", r.focusYear());
            o.put("valueUsd", round(x.valueUsd()));
            readings.add(o);
        }
        m.put("readings", readings);
        List<Map<String, Object>> sens = new ArrayList<>();
        for (SensitivityRow s : r.sensitivity()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("input", s.input());
            o.put("year", r.focusYear());
            o.put("lowInput", round(s.lowInput()));
            o.put("highInput", round(s.highInput()));
            o.put("lowLabel", s.lowLabel());
            o.put("highLabel", s.highLabel());
            o.put("lowRevenueUsd", round(s.lowRevenueUsd()));
            o.put("highRevenueUsd", round(s.highRevenueUsd()));
            o.put("baseRevenueUsd", round(s.baseRevenueUsd()));
            sens.add(o);
        }
        m.put("sensitivity", sens);
        return m;
    }

    private static List<Map<String, Object>> fleetJson(MarketResult r) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PlatformDemand p : r.inputs().platforms()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("platform", p.platform().id());
            o.put("name", p.platform().name());
            o.put("vendor", p.platform().vendor());
            Map<String, Object> ship = new LinkedHashMap<>();
            p.platform().shipments().forEach((y, f) -> ship.put(String.valueOf(y), round(f.value())));
            o.put("shipments", ship);
            List<Map<String, Object>> readings = new ArrayList<>();
            for (int i = 0; i < p.readings().size(); i++) {
                PlatformReading pr = p.platform().readings().get(i);
                PlatformBom b = p.readings().get(i);
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("id", pr.id());
                x.put("scenario", pr.scenario());
                x.put("weight", round(pr.weight().value()));
                Map<String, Object> per = new LinkedHashMap<>();
                per.put("scaleOutGbps", round(b.scaleOutGbps()));
                for (OpticsLayer l : OpticsLayer.values()) {
                    LayerBom lb = b.layer(l);
                    Map<String, Object> q = new LinkedHashMap<>();
                    q.put("architecture", lb.architectureId());
                    q.put("portGbps", round(lb.portGbps()));
                    q.put("ports", round(lb.ports()));
                    q.put("gbps", round(lb.gbps()));
                    q.put("engines", round(lb.engines()));
                    q.put("lasers", round(lb.lasers()));
                    q.put("laserModules", round(lb.laserModules()));
                    q.put("faus", round(lb.faus()));
                    q.put("opticalPorts", round(lb.opticalPorts()));
                    per.put(l.word(), q);
                }
                x.put("perAccelerator", per);
                readings.add(x);
            }
            o.put("readings", readings);
            out.add(o);
        }
        return out;
    }

    private static Map<String, Object> scopeJson(ForecastScope s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("counts", s.counts());
        o.put("value", s.value().word());
        List<String> layers = new ArrayList<>();
        for (OpticsLayer l : OpticsLayer.values()) {
            if (s.covers(l)) {
                layers.add(l.word());
            }
        }
        o.put("layers", layers);
        o.put("npo", s.npo());
        o.put("status", s.status().word());
        o.put("note", s.note());
        return o;
    }

    private static Map<String, Object> scopes(Map<ValueScope, Double> v) {
        Map<String, Object> o = new LinkedHashMap<>();
        v.forEach((k, x) -> o.put(k.word(), round(x)));
        return o;
    }

    private static Map<String, Object> band(Band b) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("p10", round(b.p10()));
        o.put("p50", round(b.p50()));
        o.put("p90", round(b.p90()));
        return o;
    }

    private static Map<String, Object> fitJson(AdoptionFit f) {
        Map<String, Object> o = new LinkedHashMap<>();
        List<Map<String, Object>> pts = new ArrayList<>();
        int[] years = f.years();
        double[] obs = f.observed();
        double[] fit = f.fitted();
        double[] res = f.residuals();
        for (int i = 0; i < years.length; i++) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("year", years[i]);
            p.put("observed", round(obs[i]));
            p.put("fitted", round(fit[i]));
            p.put("residual", round(res[i]));
            pts.add(p);
        }
        o.put("points", pts);
        o.put("rms", round(f.rms()));
        o.put("iterations", f.iterations());
        return o;
    }

    private static Map<String, Object> rounded(Map<String, Double> m) {
        Map<String, Object> o = new LinkedHashMap<>();
        m.forEach((k, v) -> o.put(k, round(v)));
        return o;
    }

    /** Rounded as every JSON output rounds ({@link Numbers#round6}); NaN (no value) is written as null. */
    static double round(double v) {
        return Numbers.round6(v);
    }

    // ---- tables

    /** The tornado's base: the same value on every row, so the bars split at it. */
    static double[] baseLine(double base, int rows) {
        double[] b = new double[rows];
        java.util.Arrays.fill(b, base);
        return b;
    }

    public static List<DataTable> tables(MarketResult r) {
        List<DataTable> out = new ArrayList<>();
        out.add(yearsTable(r));
        out.add(layersTable(r));
        out.add(platformsTable(r));
        out.add(forecastsTable(r));
        out.add(bridgeTable(r));
        out.add(hindcastTable(r));
        if (!r.readings().isEmpty()) {
            out.add(readingsTable(r));
        }
        out.add(sensitivityTable(r));
        out.add(topDownTable(r));
        out.add(notComparedTable(r));
        if (r.inputs().adoptionFit() != null) {
            out.add(fitTable(r.inputs().adoptionFit()));
        }
        return out;
    }

    static Text scopeLabel(ValueScope s) {
        return Text.of(s.en(), s.zhTw());
    }

    public static DataTable yearsTable(MarketResult r) {
        List<Column> cols = List.of(
                Column.of("year", "Year", "年", ""),
                Column.of("accelerators", "Accelerators shipped", "加速器出貨", ""),
                Column.of("switchShare", "CPO share, switch side", "交換器端 CPO 滲透率", "%"),
                Column.of("ports", "CPO ports", "CPO 埠", ""),
                Column.of("engines", "Optical engines", "光引擎", ""),
                Column.of("lasers", "Lasers", "雷射", ""),
                Column.of("laserSourceModules", "Laser source modules", "外部雷射模組", ""),
                Column.of("faus", "FAUs", "光纖陣列 (FAU)", ""),
                Column.of("epiWafers", "InP epi wafers", "InP 磊晶片", ""),
                Column.of("engineUsdPerGbps", "Engine price", "光引擎單價", "USD/Gbps"),
                Column.of("enginesMusd", "Engines only", "僅光引擎", "MUSD"),
                Column.of("opticsMusd", "Engines + laser modules", "光引擎＋雷射模組", "MUSD"),
                Column.of("systemMusd", "System premium", "系統溢價", "MUSD"),
                Column.of("p10Musd", "P10", "P10", "MUSD"),
                Column.of("p50Musd", "P50", "P50", "MUSD"),
                Column.of("p90Musd", "P90", "P90", "MUSD"));
        List<List<Object>> rows = new ArrayList<>();
        for (YearResult y : r.years()) {
            rows.add(List.of(String.valueOf(y.year()), Numbers.whole(y.accelerators()), y.adoptionShare() * 100,
                    Numbers.whole(y.ports()), Numbers.whole(y.engines()), Numbers.whole(y.lasers()),
                    Numbers.whole(y.laserSourceModules()), Numbers.whole(y.faus()), Numbers.whole(y.epiWafers()),
                    y.engineUsdPerGbps(), Units.millionsUsd(y.revenueUsd(ValueScope.ENGINES)),
                    Units.millionsUsd(y.revenueUsd(ValueScope.OPTICS)), Units.millionsUsd(y.revenueUsd(ValueScope.SYSTEM)),
                    Units.millionsUsd(y.p10()), Units.millionsUsd(y.p50()), Units.millionsUsd(y.p90())));
        }
        ValueScope h = r.headline();
        String en = String.format(Locale.ROOT,
                "Bottom-up CPO market from the fleet (%d platforms, every layer); P10/P50/P90 of the headline scope "
                        + "(%s); Monte Carlo seed %d, %,d trials", r.inputs().platforms().size(), h.en(), r.seed(),
                r.trials());
        String zh = String.format(Locale.ROOT,
                "由加速器機隊推得的由下而上 CPO 市場（%d 個平台，全部光學層）；P10/P50/P90 為主要範圍（%s）；蒙地卡羅種子 %d，%,d 次試驗",
                r.inputs().platforms().size(), h.zhTw(), r.seed(), r.trials());
        return new DataTable("marketYears", Text.of(en, zh), cols, rows);
    }

    public static DataTable layersTable(MarketResult r) {
        List<Column> cols = List.of(
                Column.of("year", "Year", "年", ""),
                Column.of("layer", "Layer", "光學層", ""),
                Column.of("eligibleAccelerators", "Accelerators designed for CPO here", "此層設計採 CPO 的加速器", ""),
                Column.of("opticalTbps", "Optical bandwidth, any optics", "全部光學頻寬", "Tb/s"),
                Column.of("share", "CPO share of eligible", "合格部分的 CPO 滲透率", "%"),
                Column.of("ports", "CPO ports", "CPO 埠", ""),
                Column.of("cpoTbps", "CPO bandwidth", "CPO 頻寬", "Tb/s"),
                Column.of("engines", "Optical engines", "光引擎", ""),
                Column.of("laserModules", "Laser source modules", "外部雷射模組", ""),
                Column.of("enginesMusd", "Engines only", "僅光引擎", "MUSD"),
                Column.of("opticsMusd", "Engines + laser modules", "光引擎＋雷射模組", "MUSD"),
                Column.of("systemMusd", "System premium", "系統溢價", "MUSD"));
        List<List<Object>> rows = new ArrayList<>();
        for (LayerYear l : r.layers()) {
            rows.add(List.of(String.valueOf(l.year()), Text.of(l.layer().en(), l.layer().zhTw()),
                    Numbers.whole(l.eligibleAccelerators()), Units.terabitsPerSecond(l.opticalGbps()), l.adoptionShare() * 100,
                    Numbers.whole(l.ports()), Units.terabitsPerSecond(l.gbps()), Numbers.whole(l.engines()),
                    Numbers.whole(l.laserModules()), Units.millionsUsd(l.value().get(ValueScope.ENGINES)),
                    Units.millionsUsd(l.value().get(ValueScope.OPTICS)), Units.millionsUsd(l.value().get(ValueScope.SYSTEM))));
        }
        return new DataTable("marketLayers", Text.of(
                "Bottom-up per optical layer: shipments x bill of materials per accelerator x the layer's adoption",
                "各光學層由下而上：出貨量 x 每顆加速器物料清單 x 該層採用率"), cols, rows);
    }

    public static DataTable platformsTable(MarketResult r) {
        int fy = r.focusYear();
        List<Column> cols = List.of(
                Column.of("platform", "Platform", "平台", ""),
                Column.of("scenarios", "Representative scenario(s)", "代表情境", ""),
                Column.of("shipments", "Shipped " + fy, fy + " 年出貨", ""),
                Column.of("scaleOutGbps", "Scale-out per accelerator", "每顆加速器橫向擴展頻寬", "Gb/s"),
                Column.of("switchGbps", "Switch-side CPO per accelerator", "每顆加速器交換器端 CPO", "Gb/s"),
                Column.of("nicGbps", "NIC-side CPO per accelerator", "每顆加速器網卡端 CPO", "Gb/s"),
                Column.of("scaleUpGbps", "Scale-up CPO per accelerator", "每顆加速器縱向擴展 CPO", "Gb/s"),
                Column.of("valueMusd", fy + " value, " + r.headline().en(), fy + " 年產值（" + r.headline().zhTw() + "）",
                        "MUSD"));
        List<List<Object>> rows = new ArrayList<>();
        for (PlatformDemand p : r.inputs().platforms()) {
            double scaleOut = 0;
            double[] gbps = new double[OpticsLayer.values().length];
            StringBuilder names = new StringBuilder();
            StringBuilder namesZh = new StringBuilder();
            for (int i = 0; i < p.readings().size(); i++) {
                PlatformBom b = p.readings().get(i);
                double w = p.weight(i);
                scaleOut += w * b.scaleOutGbps();
                for (OpticsLayer l : OpticsLayer.values()) {
                    gbps[l.ordinal()] += w * b.layer(l).gbps();
                }
                PlatformReading pr = p.platform().readings().get(i);
                names.append(names.length() == 0 ? "" : " | ").append(pr.scenario())
                        .append(p.readings().size() > 1 ? " (" + Numbers.plain(w) + ")" : "");
                namesZh.append(namesZh.length() == 0 ? "" : "｜").append('`').append(pr.scenario()).append('`')
                        .append(p.readings().size() > 1 ? "（權重 " + Numbers.plain(w) + "）" : "");
            }
            double value = 0;
            for (PlatformLayerYear x : r.platformLayers()) {
                if (x.year() == fy && x.platform().equals(p.platform().id())) {
                    value += x.value().get(r.headline());
                }
            }
            rows.add(List.of(Text.of(p.platform().name(), p.platform().nameZhTw()), Text.of(names.toString(), namesZh.toString()),
                    Numbers.whole(p.platform().shipmentsIn(fy) * r.inputs().settings().volumeScale()), scaleOut,
                    gbps[0], gbps[1], gbps[2], Units.millionsUsd(value)));
        }
        return new DataTable("marketPlatforms", Text.of(
                "The fleet: each platform's representative cluster, CPO per accelerator when every eligible layer adopts "
                        + "(conflicting readings weighted)",
                "加速器機隊：各平台的代表叢集，各合格光學層全面採用 CPO 時每顆加速器的 CPO 頻寬（分歧解讀依權重平均）"),
                cols, rows);
    }

    static Text scopeText(ForecastScope s, Metric metric) {
        String layers = s.layerWords() + (s.npo() ? " + NPO" : "");
        String layersZh = Names.layersZh(s) + (s.npo() ? "＋NPO" : "");
        if (metric == Metric.PORTS) {
            return Text.of("ports; " + layers, "埠數；" + layersZh);
        }
        return Text.of(s.value().en() + "; " + layers, s.value().zhTw() + "；" + layersZh);
    }

    /**
     * A bridge step's label; a forecast's reads in Chinese with its case and scope in Chinese
     * ("Morgan Stanley（基本情境）（光學，交換器端＋網卡端＋縱向擴展）").
     */
    static Text bridgeLabel(MarketResult r, BridgeStep b) {
        if (b.kind() == BridgeStep.Kind.FORECAST && b.id().startsWith("forecast.")) {
            String id = b.id().substring("forecast.".length());
            for (TopDownSource s : r.inputs().sources()) {
                if (s.id().equals(id)) {
                    return Text.of(b.en(), Names.forecast(s.name()).zhTw() + "（" + Names.scopeZh(s.scope().value()) + "，"
                            + Names.layersZh(s.scope()) + (s.scope().npo() ? "，含 NPO" : "") + "）");
                }
            }
        }
        return Text.of(b.en(), b.zhTw());
    }

    public static DataTable forecastsTable(MarketResult r) {
        List<Column> cols = List.of(
                Column.of("source", "Source", "來源", ""),
                Column.of("year", "Year", "年", ""),
                Column.of("counts", "What it counts (reading)", "計算範圍（解讀）", ""),
                Column.of("reading", "Reading", "解讀依據", ""),
                Column.of("topDown", "Forecast", "預測", "MUSD | M ports"),
                Column.of("bottomUp", "Bottom-up, same scope", "相同範圍的由下而上", "MUSD | M ports"),
                Column.of("ratio", "Forecast / bottom-up", "預測／由下而上", "x"),
                Column.of("withoutScaleUp", "Bottom-up, same scope without scale-up", "相同範圍但不含縱向擴展",
                        "MUSD | M ports"),
                Column.of("enginesMusd", "Its layers: engines only", "其涵蓋層：僅光引擎", "MUSD"),
                Column.of("systemMusd", "Its layers: system premium", "其涵蓋層：系統溢價", "MUSD"),
                Column.of("impliedShare", "Share of the fleet's optics it needs", "所需占機隊光學比例", "%"),
                Column.of("verdict", "Verdict", "判斷", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (Reconciliation c : r.reconciliation()) {
            boolean ports = c.metric() == Metric.PORTS;
            List<Object> row = new ArrayList<>();
            row.add(c.sourceName());
            row.add(String.valueOf(c.year()));
            row.add(scopeText(c.scope(), c.metric()));
            row.add(Names.status(c.scope().status().word()));
            row.add(Units.millions(c.topDown()));
            row.add(Units.millions(c.bottomUp()));
            row.add(nan(c.ratio()));
            row.add(c.scope().covers(OpticsLayer.SCALE_UP) ? (Object) Units.millions(c.withoutScaleUp()) : null);
            row.add(ports ? null : Units.millionsUsd(c.byScope().get(ValueScope.ENGINES)));
            row.add(ports ? null : Units.millionsUsd(c.byScope().get(ValueScope.SYSTEM)));
            row.add(nan(c.impliedShare() * 100));
            row.add(c.impossible() ? Text.of("impossible: needs more than all the fleet's optics",
                    "不可能：超過機隊全部光學")
                    : c.scope().npo() ? Text.of("includes NPO, which the bottom-up does not model", "含 NPO，由下而上未計入")
                    : Text.same(""));
            rows.add(row);
        }
        return new DataTable("marketForecasts", Text.of(
                "Forecasts by scope: each against the bottom-up of what it counts, " + r.focusYear()
                        + " (or its last year)",
                "依範圍比較預測：各預測與其計算範圍相同的由下而上數值比較，" + r.focusYear() + " 年（或其最後一年）"),
                cols, rows);
    }

    public static DataTable bridgeTable(MarketResult r) {
        List<Column> cols = List.of(
                Column.of("step", "Step", "步驟", ""),
                Column.of("kind", "Kind", "類型", ""),
                Column.of("changeMusd", "Change", "變動", "MUSD"),
                Column.of("valueMusd", "Value", "數值", "MUSD"),
                Column.of("comparableMusd", "Bottom-up of its scope", "相同範圍的由下而上", "MUSD"));
        List<List<Object>> rows = new ArrayList<>();
        for (BridgeStep b : r.bridge()) {
            rows.add(java.util.Arrays.asList(bridgeLabel(r, b), b.kind().word(),
                    b.kind() == BridgeStep.Kind.STEP ? Units.millionsUsd(b.deltaUsd()) : null,
                    Units.millionsUsd(b.valueUsd()), Double.isNaN(b.comparableUsd()) ? null
                            : Units.millionsUsd(b.comparableUsd())));
        }
        return new DataTable("marketBridge", Text.of(
                "Bridge " + r.focusYear() + ": from the single-fabric figure to the fleet's, one driver at a time",
                r.focusYear() + " 年橋接：從單一網路模型到機隊模型，逐項驅動因子"), cols, rows);
    }

    public static DataTable hindcastTable(MarketResult r) {
        List<Column> cols = List.of(
                Column.of("year", "Year", "年", ""),
                Column.of("moduleClass", "Modules", "模組", ""),
                Column.of("modelM", "Fleet, all pluggable", "機隊（全可插拔）", "M"),
                Column.of("switchM", "of which switch side", "其中交換器端", "M"),
                Column.of("nicM", "NIC side", "網卡端", "M"),
                Column.of("scaleUpM", "scale-up", "縱向擴展", "M"),
                Column.of("publishedM", "Published", "公開數據", "M"),
                Column.of("ratio", "Fleet / published", "機隊／公開", "x"),
                Column.of("source", "Source", "來源", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (HindcastRow h : r.hindcast()) {
            rows.add(List.of(String.valueOf(h.year()), h.moduleClass(), Units.millions(h.modelUnits()),
                    Units.millions(h.byLayer().get(OpticsLayer.SWITCH)), Units.millions(h.byLayer().get(OpticsLayer.NIC)),
                    Units.millions(h.byLayer().get(OpticsLayer.SCALE_UP)), Units.millions(h.published().value()), h.ratio(),
                    h.published().source()));
        }
        return new DataTable("marketHindcast", Text.of(
                "Hindcast: the same fleet with every optical end pluggable, beside published module volumes (a check, not a fit)",
                "回測：同一機隊若全用可插拔模組，與公開的模組出貨量並列（檢查，非擬合）"), cols, rows);
    }

    public static DataTable readingsTable(MarketResult r) {
        List<Column> cols = List.of(
                Column.of("platform", "Platform", "平台", ""),
                Column.of("reading", "Reading", "解讀", ""),
                Column.of("scenario", "Scenario", "情境", ""),
                Column.of("weight", "Weight", "權重", ""),
                Column.of("valueMusd", r.focusYear() + " value, " + r.headline().en(),
                        r.focusYear() + " 年產值（" + r.headline().zhTw() + "）", "MUSD"));
        List<List<Object>> rows = new ArrayList<>();
        for (ReadingImpact x : r.readings()) {
            rows.add(List.of(x.platform(), x.reading(), x.scenario(), x.weight(), Units.millionsUsd(x.valueUsd())));
        }
        return new DataTable("marketReadings", Text.of(
                "Conflicting sources, each reading held in turn (the Monte Carlo draws them by weight)",
                "來源分歧：逐一固定每種解讀（蒙地卡羅依權重抽樣）"), cols, rows);
    }

    public static DataTable topDownTable(MarketResult r) {
        List<Column> cols = new ArrayList<>(List.of(
                Column.of("source", "Source", "來源", ""),
                Column.of("scope", "What it counts (reading)", "計算範圍（解讀）", ""),
                Column.of("metric", "Metric", "指標", ""),
                Column.of("cagr", "CAGR", "年複合成長率", "%"),
                Column.of("status", "Status", "狀態", "")));
        for (YearResult y : r.years()) {
            cols.add(Column.of("y" + y.year(), String.valueOf(y.year()), String.valueOf(y.year()), "M"));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (TopDownSource s : r.inputs().sources()) {
            List<Object> row = new ArrayList<>();
            row.add(s.name());
            row.add(scopeText(s.scope(), s.metric()));
            row.add(s.metric() == Metric.PORTS ? Text.of("ports", "埠") : Text.of("US$", "美元"));
            row.add(Double.isNaN(s.cagr()) ? null : s.cagr() * 100);
            row.add(s.status().word());
            for (YearResult y : r.years()) {
                double v = s.valueAt(y.year());
                row.add(Double.isNaN(v) ? null : Units.millions(v));
            }
            rows.add(row);
        }
        List<Object> bu = new ArrayList<>(java.util.Arrays.asList(Text.of("Bottom-up P50 (this model)",
                "由下而上 P50（本模型）"), scopeLabel(r.headline()), Text.of("US$", "美元"), null, "computed"));
        for (YearResult y : r.years()) {
            bu.add(Units.millionsUsd(y.p50()));
        }
        rows.add(bu);
        return new DataTable("marketTopDown", Text.of("Top-down forecasts by source (millions of US$ or ports)",
                "各來源由上而下預測（百萬美元或百萬埠）"), cols, rows);
    }

    public static DataTable notComparedTable(MarketResult r) {
        List<Column> cols = List.of(
                Column.of("source", "Source", "來源", ""),
                Column.of("figure", "Figure", "數據", ""),
                Column.of("reason", "Why it is not compared", "不比較的原因", ""),
                Column.of("status", "Status", "狀態", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (NotCompared n : r.inputs().settings().notCompared()) {
            rows.add(List.of(n.name(), n.figure(), n.reason(), n.status().word()));
        }
        return new DataTable("marketNotCompared", Text.of("Published figures not set against the bottom-up",
                "未與由下而上比較的公開數據"), cols, rows);
    }

    public static DataTable sensitivityTable(MarketResult r) {
        List<Column> cols = List.of(
                Column.of("input", "Input", "輸入", ""),
                Column.of("lowInput", "Low", "低值", ""),
                Column.of("highInput", "High", "高值", ""),
                Column.of("lowMusd", "Value at low", "低值產值", "MUSD"),
                Column.of("highMusd", "Value at high", "高值產值", "MUSD"),
                Column.of("baseMusd", "Base value", "基準產值", "MUSD"));
        List<List<Object>> rows = new ArrayList<>();
        for (SensitivityRow s : r.sensitivity()) {
            rows.add(List.of(inputLabel(s.input(), r.inputs()), s.lowLabel().isEmpty() ? s.lowInput() : s.lowLabel(),
                    s.highLabel().isEmpty() ? s.highInput() : s.highLabel(), Units.millionsUsd(s.lowRevenueUsd()),
                    Units.millionsUsd(s.highRevenueUsd()), Units.millionsUsd(s.baseRevenueUsd())));
        }
        return new DataTable("marketSensitivity", Text.of(
                "Sensitivity of " + r.focusYear() + " value (" + r.headline().en() + "), one input at a time "
                        + "(multipliers; shifts and delays in years)",
                r.focusYear() + " 年產值（" + r.headline().zhTw() + "）敏感度，一次變動一項輸入（倍數；位移與延遲為年）"),
                cols, rows);
    }

    public static DataTable fitTable(AdoptionFit f) {
        List<Column> cols = List.of(
                Column.of("year", "Year", "年", ""),
                Column.of("observed", "Given share", "給定滲透率", "%"),
                Column.of("fitted", "Fitted share", "擬合滲透率", "%"),
                Column.of("residual", "Residual", "殘差", "pp"));
        List<List<Object>> rows = new ArrayList<>();
        int[] years = f.years();
        for (int i = 0; i < years.length; i++) {
            rows.add(List.of(String.valueOf(years[i]), f.observed()[i] * 100, f.fitted()[i] * 100, f.residuals()[i] * 100));
        }
        StringBuilder params = new StringBuilder();
        f.curve().parameters().forEach((k, v) -> params.append(params.length() == 0 ? "" : ", ").append(k).append(" = ")
                .append(String.format(Locale.ROOT, "%.6g", v)));
        String rms = String.format(Locale.ROOT, "%.3g", f.rms() * 100);
        return new DataTable("marketAdoptionFit", Text.of(
                "Switch-side adoption fit (" + f.curve().model() + ", least squares): " + params + "; RMS residual " + rms
                        + " pp",
                "交換器端滲透曲線擬合（" + f.curve().model() + "，最小平方法）：" + params + "；殘差均方根 " + rms + " 個百分點"),
                cols, rows);
    }

    private static Object nan(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }

    static Text inputLabel(String id, MarketInputs in) {
        if (id.startsWith("reading.")) {
            String p = id.substring("reading.".length());
            String name = in.settings().fleet().platform(p).map(x -> x.name()).orElse(p);
            String zh = in.settings().fleet().platform(p).map(x -> x.nameZhTw()).orElse(p);
            return Text.of("Reading: " + name, "解讀：" + zh);
        }
        return switch (id) {
            case "volumes" -> Text.of("Accelerator volumes", "加速器出貨量");
            case "bandwidth" -> Text.of("Optical bandwidth per accelerator", "每顆加速器光學頻寬");
            case "adoptionP" -> in.adoption().model().equals("bass") ? Text.of("Switch adoption p (innovation)",
                    "交換器端採用係數 p（創新）") : Text.of("Switch adoption (unused by this curve)", "交換器端採用係數 p（此曲線未使用）");
            case "adoptionQ" -> in.adoption().model().equals("bass") ? Text.of("Switch adoption q (imitation)",
                    "交換器端採用係數 q（模仿）") : Text.of("Switch adoption growth rate", "交換器端採用成長率");
            case "nicGrowth" -> Text.of("NIC-side adoption rate", "網卡端採用速度");
            case "nicLaunchShift" -> Text.of("NIC-side launch (years)", "網卡端上市時間（年）");
            case "scaleUpGrowth" -> Text.of("Scale-up adoption rate", "縱向擴展採用速度");
            case "scaleUpLaunchShift" -> Text.of("Scale-up launch (years)", "縱向擴展上市時間（年）");
            case "switchLaunchShift" -> Text.of("Switch-side launch (years)", "交換器端上市時間（年）");
            case "asp" -> Text.of("Engine and laser module prices", "光引擎與雷射模組價格");
            case "learningRate" -> in.prices().engine().model().equals("wright") ? Text.of("Learning rate", "學習率")
                    : Text.of("Annual price decline", "年降價幅度");
            case "grossMargin" -> Text.of("System vendor's margin", "系統廠毛利");
            case "riskDelay" -> Text.of("Ramp delay (all risks, years)", "量產延遲（全部風險，年）");
            case "scopeReading" -> Text.of("Value scope read (engines .. system)", "價值範圍解讀（光引擎～系統）");
            default -> Text.same(id);
        };
    }
}
