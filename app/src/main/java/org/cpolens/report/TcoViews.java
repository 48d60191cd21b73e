package org.cpolens.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.sim.Part;
import org.cpolens.model.tco.AnalyticReliability;
import org.cpolens.model.tco.TcoColumn;
import org.cpolens.model.tco.TcoInput;
import org.cpolens.model.tco.TcoKernel;
import org.cpolens.model.tco.TcoResult;
import org.cpolens.model.tco.TcoSettings;

/**
 * The JSON contract and the tables of a cost-of-ownership run: what {@code cpolens tco}, the
 * dashboard's {@code /api/tco} and the report's "Cost of ownership" section show. Field names are
 * stable camelCase; per architecture, the {@link TcoColumn} fields have the names of the sweep's
 * columns.
 */
public final class TcoViews {
    /** What the model leaves out or assumes, in words, listed with every result. */
    public static final List<String> NOTES = List.of(
            "Year 0 buys the optics (each architecture's price per port, plus external laser source modules, FAUs and "
                    + "one fiber cable per optical link), the CPO switch premium and the spares; each year of the lifetime "
                    + "pays energy (network power x PUE x electricity price x 8,766 h) and reliability (lost "
                    + "accelerator-hours x their value, technician hours x rate, every replaced part at its price), "
                    + "discounted at the discount rate.",
            "The switch boxes are the same for every architecture on a fabric and are left out of the year-0 spend; "
                    + "their price only prices replacements. A replaced part is bought new; a CPO, NPO or OBO switch "
                    + "replacement includes its share of the switch-side optics.",
            "TCO per accelerator-year = the present value / the annuity factor of the lifetime / accelerators.",
            "The TCO is affine in a CPO's price and watts per port, so the break-even against the best non-CPO "
                    + "choice is exact; it is fed back through the model and the TCO it gives is printed beside it.",
            "Break-evens at other cluster sizes and the sweep's tco* columns take reliability costs in closed form "
                    + "(the simulation's analytic expectation); the scenario's own figures take them from the source "
                    + "each architecture names.",
            "The Monte Carlo moves the failure-rate factor on every reliability cost linearly (first order).");

    private TcoViews() {
    }

    public static Map<String, Object> json(TcoResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", r.scenario());
        m.put("seed", r.seed());
        m.put("trials", r.trials());
        m.put("reliabilitySource", r.settings().reliability().word());
        m.put("freedPower", r.settings().freedPower().word());
        m.put("lifetimeYears", r.settings().value(TcoInput.LIFETIME_YEARS));
        m.put("discountRate", r.settings().value(TcoInput.DISCOUNT_RATE));
        m.put("annuityFactor", r.annuity());
        m.put("accelerators", r.accelerators());
        m.put("baselineArchitecture", r.baselineId());
        m.put("bestNonCpoArchitecture", r.bestOtherId());
        m.put("targetArchitecture", r.targetId());
        m.put("rivalArchitecture", r.rivalId());
        List<Map<String, Object>> archs = new ArrayList<>();
        for (TcoResult.ArchitectureTco a : r.architectures()) {
            archs.add(architectureJson(a));
        }
        m.put("architectures", archs);
        List<Map<String, Object>> comps = new ArrayList<>();
        for (TcoResult.Comparison c : r.comparisons()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("architecture", c.id());
            x.put("against", c.against());
            x.put("againstArchitecture", c.againstId());
            x.put("npvUsd", c.npvUsd());
            x.put("extraCapexUsd", c.extraCapexUsd());
            x.put("yearlySavingUsd", c.yearlySavingUsd());
            x.put("paybackYears", c.paybackYears());
            x.put("simplePaybackYears", c.simplePaybackYears());
            x.put("paysBackWithinLifetime", c.withinLifetime());
            comps.add(x);
        }
        m.put("comparisons", comps);
        List<Map<String, Object>> bes = new ArrayList<>();
        for (TcoResult.BreakEven b : r.breakEvens()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("architecture", b.id());
            x.put("rivalArchitecture", b.rivalId());
            x.put("rivalTcoUsd", b.rivalTcoUsd());
            x.put("priceUsdPerPort", b.priceUsdPerPort());
            x.put("catalogPriceUsdPerPort", b.catalogPriceUsdPerPort());
            x.put("tcoAtPriceBreakEvenUsd", b.tcoAtPriceBreakEvenUsd());
            x.put("wattsPerPort", b.wattsPerPort());
            x.put("catalogWattsPerPort", b.catalogWattsPerPort());
            x.put("tcoAtWattsBreakEvenUsd", b.tcoAtWattsBreakEvenUsd());
            bes.add(x);
        }
        m.put("breakEvens", bes);
        List<Map<String, Object>> sizes = new ArrayList<>();
        for (TcoResult.SizeBreakEven s : r.bySize()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("endpoints", s.endpoints());
            x.put("accelerators", s.accelerators());
            x.put("tiers", s.tiers());
            x.put("bestNonCpoArchitecture", s.bestOtherId());
            x.put("priceUsdPerPort", s.priceUsdPerPort());
            x.put("wattsPerPort", s.wattsPerPort());
            x.put("tcoAdvantagePercent", s.advantagePercent());
            sizes.add(x);
        }
        m.put("breakEvenBySize", sizes);
        List<Map<String, Object>> tornado = new ArrayList<>();
        for (TcoResult.TornadoRow t : r.tornado()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("input", t.key());
            x.put("unit", t.unit());
            x.put("base", t.base());
            x.put("low", t.low());
            x.put("high", t.high());
            x.put("advantageAtLowUsdPerAcceleratorYear", t.atLow());
            x.put("advantageAtHighUsdPerAcceleratorYear", t.atHigh());
            tornado.add(x);
        }
        m.put("tornado", tornado);
        Map<String, Object> band = new LinkedHashMap<>();
        Map<String, Object> per = new LinkedHashMap<>();
        r.band().perAcceleratorYear().forEach((id, p) -> per.put(id, percentiles(p)));
        band.put("usdPerAcceleratorYear", per);
        band.put("advantageUsdPerAcceleratorYear", percentiles(r.band().advantage()));
        band.put("targetLowestTcoShare", r.band().targetWinsShare());
        m.put("monteCarlo", band);
        m.put("inputs", inputs(r.settings()));
        m.put("notes", NOTES);
        return m;
    }

    private static Map<String, Object> percentiles(double[] p) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("p10", p[0]);
        x.put("p50", p[1]);
        x.put("p90", p[2]);
        return x;
    }

    /** One architecture: the sweep's {@link TcoColumn} fields, then the parts of the total. */
    public static Map<String, Object> architectureJson(TcoResult.ArchitectureTco a) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("id", a.id());
        x.put("name", a.name());
        x.put("kind", a.kind());
        x.put("reliabilitySource", a.reliabilitySource());
        for (TcoColumn c : TcoColumn.values()) {
            x.put(c.key(), a.output(c.slot()));
        }
        x.put("opticsCapexUsd", a.output(TcoKernel.OPTICS_CAPEX_USD));
        x.put("switchPremiumUsd", a.output(TcoKernel.SWITCH_PREMIUM_USD));
        x.put("sparesUsd", a.output(TcoKernel.SPARES_USD));
        x.put("lostAcceleratorHoursUsdPerYear", a.output(TcoKernel.LOST_HOURS_USD_PER_YEAR));
        x.put("laborUsdPerYear", a.output(TcoKernel.LABOR_USD_PER_YEAR));
        x.put("partsUsdPerYear", a.output(TcoKernel.PARTS_USD_PER_YEAR));
        x.put("freedPowerUsdPerYear", a.output(TcoKernel.FREED_POWER_USD_PER_YEAR));
        x.put("lostAcceleratorHoursPerYear", a.reliability(AnalyticReliability.LOST_HOURS));
        x.put("technicianHoursPerYear", a.reliability(AnalyticReliability.TECHNICIAN_HOURS));
        Map<String, Object> parts = new LinkedHashMap<>();
        Map<String, Object> spares = new LinkedHashMap<>();
        for (Part p : Part.values()) {
            parts.put(p.key(), a.reliability(AnalyticReliability.PARTS + p.ordinal()));
            spares.put(p.key(), a.reliability(AnalyticReliability.SPARES + p.ordinal()));
        }
        x.put("partsPerYear", parts);
        x.put("spares", spares);
        return x;
    }

    private static List<Map<String, Object>> inputs(TcoSettings st) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TcoInput i : TcoInput.values()) {
            Figure f = st.figure(i);
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("input", i.key());
            x.put("value", f.value());
            x.put("unit", f.unit());
            x.put("source", f.source());
            x.put("status", f.status().word());
            x.put("note", f.note());
            out.add(x);
        }
        return out;
    }

    /** The sources-appendix lines of the inputs and spreads. */
    public static List<SourceEntry> sources(TcoSettings st) {
        List<SourceEntry> out = new ArrayList<>();
        for (TcoInput i : TcoInput.values()) {
            Figure f = st.figure(i);
            out.add(new SourceEntry("tco." + i.key(), Tables.plain(f.value()), f.unit(), f.source(), f.status().word(),
                    f.note()));
        }
        for (TcoSettings.Uncertain u : st.uncertainty()) {
            out.add(new SourceEntry("tco.uncertainty." + u.key(), Tables.plain(u.spread().low()) + " / "
                    + Tables.plain(u.spread().mode()) + " / " + Tables.plain(u.spread().high()), u.unit(), u.source(),
                    u.status().word(), "triangular low / most likely / high"));
        }
        return out;
    }

    private static Object cell(double v) {
        return Double.isFinite(v) ? v : null;
    }

    public static List<DataTable> tables(TcoResult r) {
        List<DataTable> out = new ArrayList<>();
        out.add(architectureTable(r));
        out.add(comparisonTable(r));
        out.add(breakEvenTable(r));
        if (!r.bySize().isEmpty()) {
            out.add(bySizeTable(r));
        }
        out.add(tornadoTable(r));
        out.add(bandTable(r));
        out.add(inputsTable(r.settings()));
        return out;
    }

    static DataTable architectureTable(TcoResult r) {
        List<Column> cols = new ArrayList<>();
        cols.add(Column.of("architecture", "Architecture", "架構", ""));
        cols.add(Column.of("reliabilitySource", "Reliability from", "可靠度來源", ""));
        for (TcoColumn c : TcoColumn.values()) {
            cols.add(Column.of(c.key(), c.en(), c.zhTw(), c.unit()));
        }
        cols.add(Column.of("lostAcceleratorHoursPerYear", "Lost accelerator-hours per year", "每年損失加速器小時", "h/yr"));
        cols.add(Column.of("technicianHoursPerYear", "Technician hours per year", "每年技術人員工時", "h/yr"));
        List<List<Object>> rows = new ArrayList<>();
        for (TcoResult.ArchitectureTco a : r.architectures()) {
            List<Object> row = new ArrayList<>();
            row.add(a.id());
            row.add(a.reliabilitySource());
            for (TcoColumn c : TcoColumn.values()) {
                row.add(cell(a.output(c.slot())));
            }
            row.add(a.reliability(AnalyticReliability.LOST_HOURS));
            row.add(a.reliability(AnalyticReliability.TECHNICIAN_HOURS));
            rows.add(row);
        }
        return new DataTable("tcoArchitectures", Text.of(
                Tables.fmt("Cost of ownership, scenario %s: %s years at %s%%, seed %d", r.scenario(),
                        Tables.plain(r.settings().value(TcoInput.LIFETIME_YEARS)),
                        Tables.plain(100 * r.settings().value(TcoInput.DISCOUNT_RATE)), r.seed()),
                Tables.fmt("總持有成本，情境 %s：%s 年，折現率 %s%%，亂數種子 %d", r.scenario(),
                        Tables.plain(r.settings().value(TcoInput.LIFETIME_YEARS)),
                        Tables.plain(100 * r.settings().value(TcoInput.DISCOUNT_RATE)), r.seed())), cols, rows);
    }

    static DataTable comparisonTable(TcoResult r) {
        List<Column> cols = List.of(
                Column.of("architecture", "Architecture", "架構", ""),
                Column.of("against", "Against", "比較對象", ""),
                Column.of("npvUsd", "NPV (positive: saves)", "淨現值（正值為節省）", "USD"),
                Column.of("extraCapexUsd", "Extra year-0 spend", "額外期初支出", "USD"),
                Column.of("yearlySavingUsd", "Saving per year", "每年節省", "USD/yr"),
                Column.of("paybackYears", "Payback, discounted", "折現回收期", "yr"),
                Column.of("simplePaybackYears", "Payback, simple", "簡單回收期", "yr"),
                Column.of("paysBackWithinLifetime", "Within lifetime", "於使用年限內回收", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (TcoResult.Comparison c : r.comparisons()) {
            rows.add(Arrays.asList(c.id(), c.againstId() + " (" + c.against() + ")", c.npvUsd(), c.extraCapexUsd(),
                    c.yearlySavingUsd(), cell(c.paybackYears()), cell(c.simplePaybackYears()),
                    c.withinLifetime() ? "yes" : "no"));
        }
        return new DataTable("tcoComparisons", Text.of("NPV and payback (empty payback: never)",
                "淨現值與回收期（回收期空白：無法回收）"), cols, rows);
    }

    static DataTable breakEvenTable(TcoResult r) {
        List<Column> cols = List.of(
                Column.of("architecture", "Architecture", "架構", ""),
                Column.of("rivalArchitecture", "Best non-CPO", "最佳非 CPO", ""),
                Column.of("priceUsdPerPort", "Break-even price per port", "損益兩平每埠價格", "USD"),
                Column.of("catalogPriceUsdPerPort", "Price per port used", "採用的每埠價格", "USD"),
                Column.of("wattsPerPort", "Break-even watts per port", "損益兩平每埠功耗", "W"),
                Column.of("catalogWattsPerPort", "Watts per port used", "採用的每埠功耗", "W"),
                Column.of("rivalTcoUsd", "Rival TCO", "對手總持有成本", "USD"),
                Column.of("tcoAtPriceBreakEvenUsd", "TCO at the price break-even", "價格損益兩平時的總持有成本", "USD"),
                Column.of("tcoAtWattsBreakEvenUsd", "TCO at the watts break-even", "功耗損益兩平時的總持有成本", "USD"));
        List<List<Object>> rows = new ArrayList<>();
        for (TcoResult.BreakEven b : r.breakEvens()) {
            rows.add(Arrays.asList(b.id(), b.rivalId(), cell(b.priceUsdPerPort()), b.catalogPriceUsdPerPort(),
                    cell(b.wattsPerPort()), b.catalogWattsPerPort(), b.rivalTcoUsd(), cell(b.tcoAtPriceBreakEvenUsd()),
                    cell(b.tcoAtWattsBreakEvenUsd())));
        }
        return new DataTable("tcoBreakEven", Text.of(
                "Break-even with everything in: CPO price and watts per port (at its own port speed) at which its TCO ties "
                        + "the best non-CPO choice, and the TCO the model gives back when each is fed in",
                "納入所有成本的損益兩平：CPO 總持有成本與最佳非 CPO 方案相同時的每埠價格與功耗（以其自身埠速計），以及代回模型所得的總持有成本"),
                cols, rows);
    }

    static DataTable bySizeTable(TcoResult r) {
        List<Column> cols = List.of(
                Column.of("endpoints", "Endpoints", "端點數", ""),
                Column.of("accelerators", "Accelerators", "加速器數", ""),
                Column.of("tiers", "Tiers", "層數", ""),
                Column.of("bestNonCpoArchitecture", "Best non-CPO", "最佳非 CPO", ""),
                Column.of("priceUsdPerPort", "Break-even price per port", "損益兩平每埠價格", "USD"),
                Column.of("wattsPerPort", "Break-even watts per port", "損益兩平每埠功耗", "W"),
                Column.of("tcoAdvantagePercent", "TCO advantage of " + r.targetId(), r.targetId() + " 總持有成本優勢", "%"));
        List<List<Object>> rows = new ArrayList<>();
        for (TcoResult.SizeBreakEven s : r.bySize()) {
            rows.add(Arrays.asList(s.endpoints(), s.accelerators(), s.tiers(), s.bestOtherId(), s.priceUsdPerPort(),
                    s.wattsPerPort(), s.advantagePercent()));
        }
        return new DataTable("tcoBreakEvenBySize", Text.of(
                "Break-even of " + r.targetId() + " by cluster size (reliability in closed form; empty: the switch cannot build it)",
                r.targetId() + " 依叢集規模的損益兩平（可靠度以解析式計算；空白：交換器無法建構）"), cols, rows);
    }

    static DataTable tornadoTable(TcoResult r) {
        List<Column> cols = List.of(
                Column.of("input", "Input", "輸入", ""),
                Column.of("unit", "Unit", "單位", ""),
                Column.of("base", "Scenario value", "情境數值", ""),
                Column.of("low", "Low", "低值", ""),
                Column.of("high", "High", "高值", ""),
                Column.of("advantageAtLow", "Advantage at low", "低值時優勢", "USD/(accelerator yr)"),
                Column.of("advantageAtHigh", "Advantage at high", "高值時優勢", "USD/(accelerator yr)"));
        List<List<Object>> rows = new ArrayList<>();
        for (TcoResult.TornadoRow t : r.tornado()) {
            rows.add(Arrays.asList(t.key(), t.unit(), t.base(), t.low(), t.high(), t.atLow(), t.atHigh()));
        }
        return new DataTable("tcoTornado", Text.of(
                Tables.fmt("Tornado: %s's TCO advantage over %s, each uncertain input at its spread's low and high",
                        r.targetId(), r.rivalId()),
                Tables.fmt("龍捲風圖：%s 相對 %s 的總持有成本優勢，各不確定輸入取其分布的低值與高值", r.targetId(), r.rivalId())),
                cols, rows);
    }

    static DataTable bandTable(TcoResult r) {
        List<Column> cols = List.of(
                Column.of("figure", "Figure", "項目", ""),
                Column.of("p10", "P10", "P10", "USD/(accelerator yr)"),
                Column.of("p50", "P50", "P50", "USD/(accelerator yr)"),
                Column.of("p90", "P90", "P90", "USD/(accelerator yr)"));
        List<List<Object>> rows = new ArrayList<>();
        r.band().perAcceleratorYear().forEach((id, p) -> rows.add(Arrays.asList(Text.of("TCO per accelerator-year, " + id,
                "每加速器年總持有成本，" + id), p[0], p[1], p[2])));
        double[] a = r.band().advantage();
        rows.add(Arrays.asList(Text.of("Advantage of " + r.targetId() + " over " + r.rivalId(),
                r.targetId() + " 相對 " + r.rivalId() + " 的優勢"), a[0], a[1], a[2]));
        return new DataTable("tcoBand", Text.of(
                Tables.fmt("Monte Carlo, seed %d, %,d trials: %s has the lowest TCO in %s%% of trials", r.seed(), r.trials(),
                        r.targetId(), Tables.plain(Math.round(r.band().targetWinsShare() * 1000) / 10.0)),
                Tables.fmt("蒙地卡羅模擬，亂數種子 %d，%,d 次：%s 在 %s%% 的模擬中總持有成本最低", r.seed(), r.trials(),
                        r.targetId(), Tables.plain(Math.round(r.band().targetWinsShare() * 1000) / 10.0))), cols, rows);
    }

    static DataTable inputsTable(TcoSettings st) {
        List<Column> cols = List.of(
                Column.of("input", "Input", "輸入", ""),
                Column.of("value", "Value", "數值", ""),
                Column.of("unit", "Unit", "單位", ""),
                Column.of("status", "Status", "狀態", ""),
                Column.of("source", "Source", "來源", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (TcoInput i : TcoInput.values()) {
            Figure f = st.figure(i);
            rows.add(Arrays.asList(i.key(), f.value(), f.unit(), f.status().word(), f.source()));
        }
        return new DataTable("tcoInputs", Text.of("Inputs, with source and status", "輸入值及其來源與狀態"), cols, rows);
    }
}
