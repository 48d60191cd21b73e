package org.cpolens.report;

import static org.cpolens.report.MarketViews.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cpolens.model.catalog.Status;
import org.cpolens.model.eval.OpticsLayer;
import org.cpolens.model.market.BridgeStep;
import org.cpolens.model.market.FabricDemand;
import org.cpolens.model.market.HindcastRow;
import org.cpolens.model.market.InputFigure;
import org.cpolens.model.market.LayerYear;
import org.cpolens.model.market.MarketResult;
import org.cpolens.model.market.Metric;
import org.cpolens.model.market.NotCompared;
import org.cpolens.model.market.Reconciliation;
import org.cpolens.model.market.Risk;
import org.cpolens.model.market.SensitivityRow;
import org.cpolens.model.market.TopDownSource;
import org.cpolens.model.market.ValueScope;
import org.cpolens.model.market.YearResult;
import org.cpolens.model.units.Units;

/**
 * The market section of the report, read the way a sell-side model is: headline figures in US$M, the
 * bottom-up beside every forecast (log axis), the value per layer, the bridge from the old single-fabric
 * figure, each forecast against the bottom-up of what it counts, the hindcast, the tornado, and the
 * inputs counted by status.
 */
public final class MarketSection implements ReportSection {
    @Override
    public String id() {
        return "market";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Contribution> build(ReportContext context) {
        return context.run().market().map(m -> new Contribution(section(m), sources(m), keyFigures(m),
                MarketTakeaways.of(m)));
    }

    public static Section section(MarketResult r) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new KeyFigures(displayFigures(r)));
        blocks.add(summary(r));
        List<Text> years = new ArrayList<>();
        for (YearResult y : r.years()) {
            years.add(Text.same(String.valueOf(y.year())));
        }
        blocks.add(logChart(r, years));
        blocks.add(layerChart(r, years));
        blocks.add(bridgeChart(r));
        blocks.add(forecastsTable(r));
        blocks.add(bridgeTable(r));
        blocks.add(hindcastTable(r));
        int n = r.years().size();
        double[] p10 = new double[n];
        double[] p50 = new double[n];
        double[] p90 = new double[n];
        double[] det = new double[n];
        for (int i = 0; i < n; i++) {
            YearResult y = r.years().get(i);
            p10[i] = Units.millionsUsd(y.p10());
            p50[i] = Units.millionsUsd(y.p50());
            p90[i] = Units.millionsUsd(y.p90());
            det[i] = Units.millionsUsd(y.revenueUsd());
        }
        ValueScope h = r.headline();
        blocks.add(new Chart("marketFan", Text.of("Bottom-up value (" + h.en() + "), Monte Carlo P10 / P50 / P90",
                "由下而上產值（" + h.zhTw() + "），蒙地卡羅 P10 / P50 / P90"), ChartKind.FAN, years, List.of(
                new Series(Text.same("p10"), p10, ""), new Series(Text.same("p50"), p50, ""),
                new Series(Text.same("p90"), p90, ""),
                new Series(Text.of("deterministic", "確定性基準"), det, "")),
                Text.of("Value", "產值"), "US$M"));
        List<Text> inputs = new ArrayList<>();
        double[] low = new double[r.sensitivity().size()];
        double[] high = new double[r.sensitivity().size()];
        for (int i = 0; i < r.sensitivity().size(); i++) {
            SensitivityRow s = r.sensitivity().get(i);
            inputs.add(inputLabel(s.input(), r.inputs()));
            low[i] = Units.millionsUsd(s.lowRevenueUsd());
            high[i] = Units.millionsUsd(s.highRevenueUsd());
        }
        double base = r.sensitivity().isEmpty() ? 0 : Units.millionsUsd(r.sensitivity().get(0).baseRevenueUsd());
        blocks.add(new Chart("marketTornado", Text.of(
                String.format(Locale.ROOT, "What moves %d value (%s; base US$%,.0fM)", r.focusYear(), h.en(), base),
                String.format(Locale.ROOT, "影響 %d 年產值的因素（%s；基準 %,.0f 百萬美元）", r.focusYear(), h.zhTw(), base)),
                ChartKind.TORNADO, inputs, List.of(new Series(Text.same("low"), low, ""),
                new Series(Text.same("high"), high, ""), new Series(Text.same("base"), baseLine(base, low.length), "")),
                Text.of("Value", "產值"), "US$M"));
        blocks.add(yearsTable(r));
        blocks.add(layersTable(r));
        blocks.add(platformsTable(r));
        if (!r.readings().isEmpty()) {
            blocks.add(readingsTable(r));
        }
        blocks.add(topDownTable(r));
        blocks.add(notComparedTable(r));
        if (r.inputs().adoptionFit() != null) {
            blocks.add(fitTable(r.inputs().adoptionFit()));
        }
        return new Section("market", Text.of("Market: the fleet's CPO bottom-up against each forecast's scope",
                "市場：加速器機隊由下而上的 CPO 市場與各預測範圍比較"), blocks);
    }

    private static Paragraph summary(MarketResult r) {
        int fy = r.focusYear();
        YearResult y = r.year(fy);
        ValueScope h = r.headline();
        Map<Status, Integer> counts = statusCounts(r);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        long impossible = r.reconciliation().stream().filter(Reconciliation::impossible).count();
        LayerYear scaleUp = r.layer(fy, OpticsLayer.SCALE_UP);
        double scaleUpShare = y.revenueUsd() > 0 ? scaleUp.value().get(h) / y.revenueUsd() : 0;
        String en = String.format(Locale.ROOT,
                "Bottom-up from the fleet: %d accelerator platforms, %.1f M packages shipped in %d, each with the bill "
                        + "of materials of its representative cluster (switch side, NIC side, scale-up) x each layer's "
                        + "adoption. %d value, %s: P50 US$%,.0fM (P10 %,.0f, P90 %,.0f); engines only US$%,.0fM, whole "
                        + "system premium US$%,.0fM (deterministic). Scale-up is %.0f%% of it. Each forecast is compared "
                        + "with the bottom-up of what it counts; %d of %d need more than the fleet's optics could hold. "
                        + "The bridge walks from the single-fabric figure (US$%,.0fM) driver by driver. Inputs by status: "
                        + "%d stated, %d secondary, %d reconstructed, %d assumptions of %d. Seed %d, %,d trials.",
                r.inputs().platforms().size(), Units.millions(y.accelerators()), fy, fy, h.en(),
                Units.millionsUsd(y.p50()), Units.millionsUsd(y.p10()), Units.millionsUsd(y.p90()),
                Units.millionsUsd(y.revenueUsd(ValueScope.ENGINES)), Units.millionsUsd(y.revenueUsd(ValueScope.SYSTEM)),
                scaleUpShare * 100, impossible, r.reconciliation().size(), Units.millionsUsd(bridgeStart(r)),
                counts.get(Status.STATED), counts.get(Status.SECONDARY), counts.get(Status.RECONSTRUCTED),
                counts.get(Status.ASSUMPTION), total, r.seed(), r.trials());
        String zh = String.format(Locale.ROOT,
                "由加速器機隊由下而上推算：%d 個加速器平台，%d 年出貨 %.1f 百萬顆，各以代表叢集的物料清單"
                        + "（交換器端、網卡端、縱向擴展）乘以各層採用率。%d 年產值（%s）：P50 %,.0f 百萬美元"
                        + "（P10 %,.0f，P90 %,.0f）；僅光引擎 %,.0f 百萬美元，系統整體溢價 %,.0f 百萬美元（確定性）。"
                        + "其中縱向擴展占 %.0f%%。各預測皆與其計算範圍相同的由下而上數值比較；%d／%d 項所需超過機隊光學可容納的上限。"
                        + "橋接圖自單一網路模型（%,.0f 百萬美元）逐項說明差異。輸入依狀態：公開陳述 %d、二手 %d、重建 %d、"
                        + "假設 %d，共 %d 項。種子 %d，%,d 次試驗。",
                r.inputs().platforms().size(), fy, Units.millions(y.accelerators()), fy, h.zhTw(),
                Units.millionsUsd(y.p50()), Units.millionsUsd(y.p10()), Units.millionsUsd(y.p90()),
                Units.millionsUsd(y.revenueUsd(ValueScope.ENGINES)), Units.millionsUsd(y.revenueUsd(ValueScope.SYSTEM)),
                scaleUpShare * 100, impossible, r.reconciliation().size(), Units.millionsUsd(bridgeStart(r)),
                counts.get(Status.STATED), counts.get(Status.SECONDARY), counts.get(Status.RECONSTRUCTED),
                counts.get(Status.ASSUMPTION), total, r.seed(), r.trials());
        return Paragraph.of(en, zh);
    }

    /** The market's inputs by status (each figure once): how much of the answer is assumed. */
    public static Map<Status, Integer> statusCounts(MarketResult r) {
        Map<Status, Integer> m = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            m.put(s, 0);
        }
        for (InputFigure f : r.inputs().figures()) {
            m.merge(f.figure().status(), 1, Integer::sum);
        }
        for (TopDownSource s : r.inputs().sources()) {
            m.merge(s.status(), 1, Integer::sum);
        }
        return m;
    }

    private static double bridgeStart(MarketResult r) {
        return r.bridge().isEmpty() ? Double.NaN : r.bridge().get(0).valueUsd();
    }

    /** Bottom-up (P10, P50, P90 and the other scopes) beside every revenue forecast, on a log axis. */
    private static Chart logChart(MarketResult r, List<Text> years) {
        int n = r.years().size();
        List<Series> lines = new ArrayList<>();
        for (TopDownSource s : r.inputs().sources()) {
            if (s.metric() != Metric.REVENUE_USD) {
                continue;
            }
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = Units.millionsUsd(s.valueAt(r.years().get(i).year()));
            }
            lines.add(new Series(Text.of(s.name() + " (" + s.scope().value().word() + ")",
                    Names.forecast(s.name()).zhTw() + "（" + Names.scopeZh(s.scope().value()) + "）"), v, ""));
        }
        for (ValueScope scope : ValueScope.values()) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = Units.millionsUsd(r.years().get(i).band(scope).p50());
            }
            lines.add(new Series(Text.of("Bottom-up P50: " + scope.en(), "由下而上 P50：" + scope.zhTw()), v, ""));
        }
        return new Chart("marketTopDownVsBottomUp", Text.of("Bottom-up vs forecasts (US$M, log axis)",
                "由下而上與各預測（百萬美元，對數座標）"), ChartKind.LOG_LINE, years, lines,
                Text.of("Value", "產值"), "US$M");
    }

    /** The headline value per layer and year, stacked. */
    private static Chart layerChart(MarketResult r, List<Text> years) {
        List<Series> series = new ArrayList<>();
        for (OpticsLayer layer : OpticsLayer.values()) {
            double[] v = new double[r.years().size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = Units.millionsUsd(r.layer(r.years().get(i).year(), layer).value().get(r.headline()));
            }
            series.add(new Series(Text.of(layer.en(), layer.zhTw()), v, "layers"));
        }
        return new Chart("marketByLayer", Text.of("Bottom-up value per optical layer (" + r.headline().en() + ")",
                "各光學層由下而上產值（" + r.headline().zhTw() + "）"), ChartKind.STACKED_BAR, years, series,
                Text.of("Value", "產值"), "US$M");
    }

    /**
     * The bridge as a waterfall: series "total" holds the bars that start at zero (start, subtotals),
     * "change" each driver's step, "forecast" the forecasts drawn beside them; each bar has a value in
     * exactly one series.
     */
    private static Chart bridgeChart(MarketResult r) {
        List<Text> cats = new ArrayList<>();
        int n = r.bridge().size();
        double[] total = new double[n];
        double[] change = new double[n];
        double[] forecast = new double[n];
        for (int i = 0; i < n; i++) {
            BridgeStep b = r.bridge().get(i);
            cats.add(bridgeLabel(r, b));
            total[i] = Double.NaN;
            change[i] = Double.NaN;
            forecast[i] = Double.NaN;
            switch (b.kind()) {
                case STEP -> change[i] = Units.millionsUsd(b.deltaUsd());
                case FORECAST -> forecast[i] = Units.millionsUsd(b.valueUsd());
                default -> total[i] = Units.millionsUsd(b.valueUsd());
            }
        }
        return new Chart("marketBridge", Text.of("Bridge " + r.focusYear() + ": single fabric to fleet, then the forecasts",
                r.focusYear() + " 年橋接：單一網路到機隊，及各預測位置"), ChartKind.WATERFALL, cats,
                List.of(new Series(Text.of("total", "合計"), total, ""), new Series(Text.of("change", "變動"), change, ""),
                        new Series(Text.of("forecast", "預測"), forecast, "")),
                Text.of("Value", "產值"), "US$M");
    }

    // ---- key figures and sources

    /**
     * The figures the section opens with, in the units a sell-side model reads (US$M, millions of
     * packages, %); summary.json keeps {@link #keyFigures} in base units under their stable keys.
     */
    static List<KeyFigures.KeyFigure> displayFigures(MarketResult r) {
        int fy = r.focusYear();
        YearResult y = r.year(fy);
        ValueScope h = r.headline();
        String mc = "Monte Carlo, seed " + r.seed() + ", " + r.trials() + " trials";
        String det = "bottom-up projection of the fleet";
        List<KeyFigures.KeyFigure> out = new ArrayList<>();
        out.add(new KeyFigures.KeyFigure("marketP50" + fy + "Musd", Text.of(
                String.format(Locale.ROOT, "CPO market %d, P50, %s (P10 %,.0f - P90 %,.0f)", fy, h.en(),
                        Units.millionsUsd(y.p10()), Units.millionsUsd(y.p90())),
                String.format(Locale.ROOT, "%d 年 CPO 市場 P50，%s（P10 %,.0f～P90 %,.0f）", fy, h.zhTw(),
                        Units.millionsUsd(y.p10()), Units.millionsUsd(y.p90()))),
                Units.millionsUsd(y.p50()), "US$M", mc, "computed"));
        out.add(new KeyFigures.KeyFigure("marketP50" + fy + "EnginesMusd", Text.of("P50, engines only",
                "P50，僅光引擎"), Units.millionsUsd(y.band(ValueScope.ENGINES).p50()), "US$M", mc, "computed"));
        out.add(new KeyFigures.KeyFigure("marketP50" + fy + "SystemMusd", Text.of("P50, whole CPO system premium",
                "P50，CPO 系統整體溢價"), Units.millionsUsd(y.band(ValueScope.SYSTEM).p50()), "US$M", mc, "computed"));
        out.add(new KeyFigures.KeyFigure("marketFleet" + fy + "Millions", Text.of("Accelerators shipped " + fy,
                fy + " 年加速器出貨"), Units.millions(y.accelerators()), "M packages", "fleet catalog", "computed"));
        LayerYear su = r.layer(fy, OpticsLayer.SCALE_UP);
        out.add(new KeyFigures.KeyFigure("marketScaleUp" + fy + "Percent", Text.of("Scale-up's share of the value",
                "縱向擴展占產值比例"), y.revenueUsd() > 0 ? 100 * su.value().get(h) / y.revenueUsd() : 0, "%", det,
                "computed"));
        if (!r.bridge().isEmpty()) {
            out.add(new KeyFigures.KeyFigure("marketSingleFabric" + fy + "Musd", Text.of(
                    "Single-fabric model (the bridge's start)", "單一網路模型（橋接起點）"),
                    Units.millionsUsd(bridgeStart(r)), "US$M", "the single-fabric model of " + r.inputs().scenarioName(),
                    "computed"));
        }
        Map<Status, Integer> counts = statusCounts(r);
        out.add(new KeyFigures.KeyFigure("marketInputsAssumedCount", Text.of(
                "Inputs that are assumptions, of " + counts.values().stream().mapToInt(Integer::intValue).sum(),
                "輸入中的假設數（共 " + counts.values().stream().mapToInt(Integer::intValue).sum() + " 項）"),
                counts.get(Status.ASSUMPTION), "figures", "the market's inputs by status", "computed"));
        return out;
    }

    /**
     * The headline figures under stable camelCase keys (summary.json, the executive summary).
     * {@code marketP50Revenue<year>Usd} is the headline scope's; the scope-named keys give all three.
     */
    public static List<KeyFigures.KeyFigure> keyFigures(MarketResult r) {
        int fy = r.focusYear();
        YearResult y = r.year(fy);
        ValueScope h = r.headline();
        String mc = "model output: Monte Carlo, seed " + r.seed() + ", " + r.trials() + " trials";
        String det = "model output: bottom-up projection of the fleet";
        List<KeyFigures.KeyFigure> out = new ArrayList<>();
        out.add(new KeyFigures.KeyFigure("marketP50Revenue" + fy + "Usd",
                Text.of("CPO market " + fy + ", P50 (" + h.en() + ")", fy + " 年 CPO 市場 P50（" + h.zhTw() + "）"),
                y.p50(), "USD", mc, "computed"));
        out.add(new KeyFigures.KeyFigure("marketP10Revenue" + fy + "Usd",
                Text.of("CPO market " + fy + ", P10", fy + " 年 CPO 市場 P10"), y.p10(), "USD", mc, "computed"));
        out.add(new KeyFigures.KeyFigure("marketP90Revenue" + fy + "Usd",
                Text.of("CPO market " + fy + ", P90", fy + " 年 CPO 市場 P90"), y.p90(), "USD", mc, "computed"));
        for (ValueScope s : ValueScope.values()) {
            String word = Character.toUpperCase(s.word().charAt(0)) + s.word().substring(1);
            out.add(new KeyFigures.KeyFigure("marketP50Revenue" + fy + word + "Usd",
                    Text.of("CPO market " + fy + ", P50, " + s.en(), fy + " 年 CPO 市場 P50，" + s.zhTw()),
                    y.band(s).p50(), "USD", mc, "computed"));
        }
        out.add(new KeyFigures.KeyFigure("marketBottomUpRevenue" + fy + "Usd",
                Text.of("Bottom-up CPO market " + fy + " (deterministic)", fy + " 年由下而上 CPO 市場（確定性）"),
                y.revenueUsd(), "USD", det, "computed"));
        out.add(new KeyFigures.KeyFigure("marketFleetAccelerators" + fy,
                Text.of("Accelerators shipped " + fy + " (fleet)", fy + " 年加速器出貨（機隊）"), y.accelerators(),
                "packages", "fleet catalog", "computed"));
        out.add(new KeyFigures.KeyFigure("marketCpoPorts" + fy,
                Text.of("CPO ports shipped " + fy + ", every layer", fy + " 年 CPO 出貨埠數（全部光學層）"), y.ports(),
                "ports", det, "computed"));
        out.add(new KeyFigures.KeyFigure("marketAdoptionShare" + fy,
                Text.of("CPO share of switch-side ports " + fy, fy + " 年 CPO 占交換器端光埠比例"), y.adoptionShare(),
                "share", det, "computed"));
        LayerYear su = r.layer(fy, OpticsLayer.SCALE_UP);
        out.add(new KeyFigures.KeyFigure("marketScaleUpShareOfValue" + fy,
                Text.of("Scale-up's share of the " + fy + " value", fy + " 年產值中縱向擴展的占比"),
                y.revenueUsd() > 0 ? su.value().get(h) / y.revenueUsd() : 0, "share", det, "computed"));
        if (!r.bridge().isEmpty()) {
            out.add(new KeyFigures.KeyFigure("marketSingleFabricRevenue" + fy + "Usd",
                    Text.of("Single-fabric model " + fy + " (the bridge's start)", fy + " 年單一網路模型（橋接起點）"),
                    bridgeStart(r), "USD", "model output: the single-fabric model of " + r.inputs().scenarioName(),
                    "computed"));
        }
        out.add(new KeyFigures.KeyFigure("marketForecastsImpossible",
                Text.of("Forecasts needing more than the fleet's optics", "所需超過機隊光學上限的預測數"),
                r.reconciliation().stream().filter(Reconciliation::impossible).count(), "forecasts", det, "computed"));
        for (HindcastRow row : r.hindcast()) {
            String cls = row.moduleClass().replace("1.6T", "1600g").replace("800G+", "800gPlus").replace("800G", "800g");
            out.add(new KeyFigures.KeyFigure("marketHindcast" + cls + row.year() + "Ratio",
                    Text.of("Hindcast " + row.moduleClass() + " modules " + row.year() + ": fleet / published",
                            row.year() + " 年 " + row.moduleClass() + " 模組回測：機隊／公開"),
                    row.ratio(), "x", "model output vs " + row.published().source(), "computed"));
        }
        Map<Status, Integer> counts = statusCounts(r);
        out.add(new KeyFigures.KeyFigure("marketInputsAssumed",
                Text.of("Market inputs that are assumptions", "市場輸入中的假設數"), counts.get(Status.ASSUMPTION),
                "figures", "the market's inputs by status", "computed"));
        out.add(new KeyFigures.KeyFigure("marketInputs", Text.of("Market inputs", "市場輸入數"),
                counts.values().stream().mapToInt(Integer::intValue).sum(), "figures", "the market's inputs by status",
                "computed"));
        return out;
    }

    public static List<SourceEntry> sources(MarketResult r) {
        List<SourceEntry> out = new ArrayList<>();
        FabricDemand d = r.inputs().demand();
        out.add(new SourceEntry("market.bridgeFrom.portsPerAccelerator", Tables.plain(d.portsPerAccelerator()), "ports",
                "fabric model of scenario " + r.inputs().scenarioName() + " with " + d.architectureId() + ": "
                        + d.switchSidePorts() + " switch-side ports / " + d.accelerators() + " accelerators",
                "computed", ""));
        for (InputFigure f : r.inputs().figures()) {
            // the headline scope is a word: its figure carries the word as its unit
            boolean word = f.name().equals("market.scope");
            out.add(new SourceEntry(f.name(), word ? f.figure().unit() : Tables.plain(f.figure().value()),
                    word ? "" : f.figure().unit(), f.figure().source(), f.figure().status().word(), f.figure().note()));
        }
        for (Risk k : r.inputs().uncertainty().risks()) {
            if (r.inputs().figures().stream().noneMatch(f -> f.name().equals("market.risks." + k.id() + ".probability"))) {
                out.add(new SourceEntry("market.risks." + k.id() + ".probability", Tables.plain(k.probability().value()),
                        "probability", k.probability().source(), k.probability().status().word(), ""));
            }
        }
        for (TopDownSource s : r.inputs().sources()) {
            String unit = s.metric() == Metric.PORTS ? "ports" : "USD";
            String value = s.singlePoint() ? Tables.plain(s.fromValue()) + " (" + s.fromYear() + ")"
                    : Tables.plain(s.fromValue()) + " (" + s.fromYear() + ") -> " + Tables.plain(s.toValue()) + " ("
                            + s.toYear() + "), CAGR " + String.format(Locale.ROOT, "%.1f%%", s.cagr() * 100);
            out.add(new SourceEntry("market.sources." + s.id(), value, unit, s.source(), s.status().word(),
                    s.note()));
            out.add(new SourceEntry("market.sources." + s.id() + ".scope", s.scope().value().word() + "; "
                    + s.scope().layerWords() + (s.scope().npo() ? "; NPO" : ""), "",
                    s.scope().counts().isEmpty() ? s.source() : s.scope().counts(), s.scope().status().word(),
                    s.scope().note()));
        }
        for (NotCompared n : r.inputs().settings().notCompared()) {
            out.add(new SourceEntry("market.notCompared." + n.id(), n.figure(), "", n.source(), n.status().word(),
                    n.reason()));
        }
        return out;
    }
}
