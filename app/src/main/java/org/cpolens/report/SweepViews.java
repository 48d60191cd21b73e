package org.cpolens.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cpolens.model.units.Numbers;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.sweep.SweepMap;
import org.cpolens.model.sweep.FigureAxis;
import org.cpolens.model.sweep.ParetoFront;
import org.cpolens.model.sweep.SweepGrid;
import org.cpolens.model.sweep.SweepPlan;
import org.cpolens.model.sweep.SweepTally;

/**
 * The sweep summary: per endpoint range, which architecture wins on power and on optics capex,
 * how much each CPO architecture saves and at what watts or price per port it stops winning, and
 * the Pareto front of network power against optics capex per endpoint.
 */
public final class SweepViews {
    private SweepViews() {
    }

    static String rangeLabel(SweepGrid g, int r) {
        long[] b = g.rangeBounds();
        return String.format(Locale.ROOT, "%,d-%,d", b[r], b[r + 1]);
    }

    private static int winner(long[] wins) {
        int best = 0;
        for (int a = 1; a < wins.length; a++) {
            if (wins[a] > wins[best]) {
                best = a;
            }
        }
        return best;
    }

    private static long[] wins(SweepTally t, int r, int archs, boolean power) {
        long[] w = new long[archs];
        for (int a = 0; a < archs; a++) {
            w[a] = power ? t.powerWins(r, a) : t.capexWins(r, a);
        }
        return w;
    }

    /** Per range: the architecture with the most lowest-power and lowest-capex designs, and its share. */
    public static DataTable winnersTable(SweepPlan plan, SweepTally t) {
        List<Column> cols = List.of(
                Column.of("endpoints", "Endpoints", "端點數", ""),
                Column.of("designs", "Designs compared", "比較的設計", ""),
                Column.of("powerWinner", "Lowest network power", "網路功耗最低", ""),
                Column.of("powerShare", "of designs", "占設計比例", "%"),
                Column.of("capexWinner", "Lowest optics capex", "光學資本支出最低", ""),
                Column.of("capexShare", "of designs", "占設計比例", "%"));
        List<List<Object>> rows = new ArrayList<>();
        int archs = plan.architectureCount();
        List<OpticsArchitecture> list = plan.grid().architectures();
        for (int r = 0; r < t.ranges(); r++) {
            long n = t.groups(r);
            if (n == 0) {
                continue;
            }
            long[] pw = wins(t, r, archs, true);
            long[] cw = wins(t, r, archs, false);
            int p = winner(pw);
            int c = winner(cw);
            rows.add(List.of(rangeLabel(plan.grid(), r), n, list.get(p).id(), 100.0 * pw[p] / n,
                    list.get(c).id(), 100.0 * cw[c] / n));
        }
        return new DataTable("sweepWinners", Text.of(
                "Who wins, per endpoint range (each fabric and figure setting compares every architecture)",
                "各端點規模的勝出架構（每組網路與參數設定比較所有架構）"), cols, rows);
    }

    /** Per range and CPO architecture: saving against the baseline and the break-even watts and price. */
    public static DataTable breakEvenTable(SweepPlan plan, SweepTally t) {
        List<Column> cols = List.of(
                Column.of("endpoints", "Endpoints", "端點數", ""),
                Column.of("architecture", "CPO architecture", "CPO 架構", ""),
                Column.of("savedPercentMin", "Power saved vs baseline, min", "相對基準節能（最小）", "%"),
                Column.of("savedPercentMax", "max", "最大", "%"),
                Column.of("wattsBreakEvenMin", "Still wins power up to, min", "功耗仍勝出的上限（最小）", "W/port"),
                Column.of("wattsBreakEvenMax", "max", "最大", "W/port"),
                Column.of("wattsSwept", "Watts in the grid", "網格中的瓦數", "W/port"),
                Column.of("priceBreakEvenMin", "Still wins capex up to, min", "成本仍勝出的上限（最小）", "USD/port"),
                Column.of("priceBreakEvenMax", "max", "最大", "USD/port"),
                Column.of("priceSwept", "Price in the grid", "網格中的價格", "USD/port"));
        List<List<Object>> rows = new ArrayList<>();
        SweepGrid g = plan.grid();
        for (int r = 0; r < t.ranges(); r++) {
            if (t.groups(r) == 0) {
                continue;
            }
            for (int a = 0; a < plan.architectureCount(); a++) {
                if (!plan.isCpo(a) || t.breakEvenCount(r, a) == 0) {
                    continue;
                }
                OpticsArchitecture arch = g.architectures().get(a);
                rows.add(List.of(rangeLabel(g, r), arch.id(), t.savedPercentMin(r, a), t.savedPercentMax(r, a),
                        t.wattsBreakEvenMin(r, a), t.wattsBreakEvenMax(r, a),
                        swept(g, arch, "switchPortWatts", arch.value(ArchitectureFigure.SWITCH_PORT_WATTS)),
                        t.priceBreakEvenMin(r, a), t.priceBreakEvenMax(r, a),
                        swept(g, arch, "costPerPortUsd", arch.value(ArchitectureFigure.COST_PER_PORT_USD))));
            }
        }
        return new DataTable("sweepBreakEven", Text.of(
                "Where CPO stops winning: switch-side watts or price per port at which it ties the best non-CPO choice",
                "CPO 何時不再勝出：與最佳非 CPO 方案打平時的交換器端每埠瓦數或價格"), cols, rows);
    }

    /** "4-9" when the grid sweeps the figure, else the value used. */
    static String swept(SweepGrid g, OpticsArchitecture a, String figure, double value) {
        for (FigureAxis f : g.figures()) {
            if (f.target().equals(a.id()) && f.figure().equals(figure)) {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (double v : f.values()) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
                return min == max ? Numbers.plain(min) : Numbers.plain(min) + "-" + Numbers.plain(max);
            }
        }
        return Numbers.plain(value);
    }


    /** The Pareto front of each range, lowest power first, at most {@code perRange} designs each. */
    public static DataTable paretoTable(SweepPlan plan, SweepTally t, int perRange) {
        SweepGrid g = plan.grid();
        List<Column> cols = new ArrayList<>(List.of(
                Column.of("endpointRange", "Endpoint range", "端點規模", ""),
                Column.of("design", "Design", "設計編號", ""),
                Column.of("endpoints", "Endpoints", "端點數", ""),
                Column.of("switch", "Switch", "交換器", ""),
                Column.of("tiers", "Tiers", "層數", ""),
                Column.of("oversubscription", "Oversubscription", "超額訂閱", ""),
                Column.of("hostLink", "Host link", "主機連線", "")));
        for (FigureAxis f : g.figures()) {
            cols.add(Column.of(f.column(), f.column(), f.column(), f.unit()));
        }
        cols.addAll(List.of(
                Column.of("architecture", "Architecture", "架構", ""),
                Column.of("wattsPerEndpoint", "Network power per endpoint", "每端點網路功耗", "W"),
                Column.of("capexPerEndpoint", "Optics capex per endpoint", "每端點光學成本", "USD")));
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < t.ranges(); r++) {
            ParetoFront front = t.front(r);
            for (int i = 0; i < Math.min(perRange, front.size()); i++) {
                rows.add(paretoRow(plan, rangeLabel(g, r), front.row(i), front.x(i), front.y(i)));
            }
        }
        return new DataTable("sweepPareto", Text.of(
                "Pareto front: designs no other beats on both network power and optics capex per endpoint",
                "柏拉圖前緣：每端點網路功耗與光學成本皆無其他設計能同時勝過的設計"), cols, rows);
    }

    private static List<Object> paretoRow(SweepPlan plan, String range, long design, double watts, double usd) {
        int archs = plan.architectureCount();
        long group = design / archs;
        int a = (int) (design % archs);
        int f = (int) (group / plan.combinations());
        long combo = group % plan.combinations();
        List<Object> row = new ArrayList<>(List.of(range, design, plan.endpoints(f),
                plan.grid().switches().get(plan.switchIndex(f)).id(), (long) plan.tierCount(f),
                plan.oversubscription(f), plan.hostLinkOptical(f) ? "optical" : "copper"));
        List<OpticsArchitecture> list = plan.grid().architectures();
        for (int x = 0; x < plan.grid().figures().size(); x++) {
            FigureAxis ax = plan.grid().figures().get(x);
            // A figure of another architecture does not move this design's watts or capex: leave it blank.
            boolean ownOrHost = ax.target().equals(list.get(a).id())
                    || ax.target().equals(plan.hostSideId(a));
            boolean isArchitecture = list.stream().anyMatch(o -> o.id().equals(ax.target()));
            row.add(ownOrHost || !isArchitecture ? ax.value(plan.axisIndex(x, combo)) : null);
        }
        row.add(list.get(a).id());
        row.add(watts);
        row.add(usd);
        return row;
    }

    /** Everything above as one JSON object, fronts complete. */
    public static Map<String, Object> summaryJson(SweepPlan plan, SweepTally t, Map<String, Object> run) {
        SweepGrid g = plan.grid();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("grid", g.name());
        m.putAll(run);
        m.put("designsInGrid", g.designCount());
        m.put("fabricSettings", g.fabricSettings());
        m.put("fabricsBuilt", (long) plan.fabricCount());
        m.put("fabricSettingsSkipped", plan.infeasibleFabrics());
        m.put("skippedExample", plan.infeasibleExample());
        List<Map<String, Object>> ranges = new ArrayList<>();
        List<OpticsArchitecture> archs = g.architectures();
        List<Column> cols = paretoTable(plan, t, 0).columns();
        for (int r = 0; r < t.ranges(); r++) {
            Map<String, Object> x = new LinkedHashMap<>();
            long[] b = g.rangeBounds();
            x.put("from", b[r]);
            x.put("to", b[r + 1]);
            x.put("designsCompared", t.groups(r));
            Map<String, Object> pw = new LinkedHashMap<>();
            Map<String, Object> cw = new LinkedHashMap<>();
            for (int a = 0; a < archs.size(); a++) {
                pw.put(archs.get(a).id(), t.powerWins(r, a));
                cw.put(archs.get(a).id(), t.capexWins(r, a));
            }
            x.put("powerWins", pw);
            x.put("capexWins", cw);
            List<Map<String, Object>> cpo = new ArrayList<>();
            for (int a = 0; a < archs.size(); a++) {
                if (!plan.isCpo(a) || t.breakEvenCount(r, a) == 0) {
                    continue;
                }
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("architecture", archs.get(a).id());
                c.put("savedPercent", minMax(t.savedPercentMin(r, a), t.savedPercentMax(r, a)));
                c.put("wattsBreakEvenPerPort", minMax(t.wattsBreakEvenMin(r, a), t.wattsBreakEvenMax(r, a)));
                c.put("priceBreakEvenUsdPerPort", minMax(t.priceBreakEvenMin(r, a), t.priceBreakEvenMax(r, a)));
                cpo.add(c);
            }
            x.put("cpo", cpo);
            List<Map<String, Object>> front = new ArrayList<>();
            ParetoFront p = t.front(r);
            for (int i = 0; i < p.size(); i++) {
                List<Object> row = paretoRow(plan, rangeLabel(g, r), p.row(i), p.x(i), p.y(i));
                Map<String, Object> d = new LinkedHashMap<>();
                for (int c = 1; c < cols.size(); c++) {
                    d.put(cols.get(c).key(), row.get(c));
                }
                front.add(d);
            }
            x.put("paretoFront", front);
            ranges.add(x);
        }
        m.put("ranges", ranges);
        return m;
    }

    private static Map<String, Object> minMax(double min, double max) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("min", Numbers.round6(min));
        m.put("max", Numbers.round6(max));
        return m;
    }

    // ---- the "where CPO wins" map

    /** The map as {@code /api/sweep-map} answers it. */
    public static Map<String, Object> mapJson(SweepMap map) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("switch", map.switchId());
        m.put("radix", map.radix());
        m.put("endpointGbps", map.endpointGbps());
        m.put("tiers", map.tiersAsked() == 0 ? "auto" : String.valueOf(map.tiersAsked()));
        m.put("oversubscription", map.oversubscription());
        m.put("hostLink", map.hostLink());
        m.put("architectures", map.architectures());
        m.put("baseline", map.architectures().get(0));
        m.put("cpo", map.cpo());
        m.put("cpoPortGbps", map.cpoPortGbps());
        m.put("figure", map.figure());
        m.put("unit", map.unit());
        m.put("catalogValue", map.catalogValue());
        m.put("metric", map.watts() ? "power" : "capex");
        m.put("endpoints", java.util.Arrays.stream(map.endpoints()).boxed().toList());
        m.put("values", java.util.Arrays.stream(map.values()).boxed().toList());
        m.put("tiersUsed", map.tiersUsed());
        m.put("switchCount", map.switchCount());
        m.put("bestOtherPower", map.bestOtherPower());
        m.put("bestOtherCapex", map.bestOtherCapex());
        m.put("powerAdvantagePercent", map.powerAdvantage());
        m.put("capexAdvantagePercent", map.capexAdvantage());
        m.put("powerWinner", map.powerWinner());
        m.put("capexWinner", map.capexWinner());
        m.put("breakEven", map.watts() ? map.wattsBreakEven() : map.priceBreakEven());
        m.put("wattsBreakEvenPerPort", map.wattsBreakEven());
        m.put("priceBreakEvenUsdPerPort", map.priceBreakEven());
        m.put("cells", (long) map.endpoints().length * map.values().length);
        m.put("buildableColumns", map.buildableColumns());
        m.put("skippedExample", map.skippedExample());
        return m;
    }
}
