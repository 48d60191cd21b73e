package org.cpolens.report;

import static org.cpolens.report.MarketViews.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cpolens.model.market.FabricDemand;
import org.cpolens.model.market.InputFigure;
import org.cpolens.model.market.MarketResult;
import org.cpolens.model.market.Metric;
import org.cpolens.model.market.Risk;
import org.cpolens.model.market.SensitivityRow;
import org.cpolens.model.market.TopDownSource;
import org.cpolens.model.market.YearResult;
import org.cpolens.model.units.Units;

/** The market section of the report: bottom-up against the published forecasts, bands, bridge and tornado. */
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
        blocks.add(new KeyFigures(keyFigures(r)));
        FabricDemand d = r.inputs().demand();
        blocks.add(Paragraph.of(String.format(Locale.ROOT,
                "Bottom-up demand comes from the fabric: the %s scenario's fabric has %,d switch-side optical ports "
                        + "for %,d accelerators (%.4g per accelerator). Deployments x ports per accelerator x CPO share "
                        + "give CPO ports; ports x ASP give revenue. Top-down forecasts are kept apart: their "
                        + "definitions differ 10-100x. Bands are P10/P50/P90 of %,d Monte Carlo trials, seed %d.",
                r.inputs().scenarioName(), d.switchSidePorts(), d.accelerators(), d.portsPerAccelerator(), r.trials(),
                r.seed()), String.format(Locale.ROOT,
                "由下而上的需求來自網路拓撲：%s 情境的網路有 %,d 個交換器端光埠、%,d 顆加速器（每顆 %.4g 埠）。"
                        + "部署量 x 每顆加速器埠數 x CPO 滲透率 = CPO 埠數；埠數 x 均價 = 營收。由上而下的預測各自獨立呈現："
                        + "各家定義相差 10 到 100 倍。區間為 %,d 次蒙地卡羅試驗的 P10/P50/P90，種子 %d。",
                r.inputs().scenarioName(), d.switchSidePorts(), d.accelerators(), d.portsPerAccelerator(), r.trials(),
                r.seed())));
        List<Text> years = new ArrayList<>();
        for (YearResult y : r.years()) {
            years.add(Text.same(String.valueOf(y.year())));
        }
        int n = r.years().size();
        List<Series> lines = new ArrayList<>();
        for (TopDownSource s : r.inputs().sources()) {
            if (s.metric() != Metric.REVENUE_USD || s.singlePoint()) {
                continue;
            }
            double[] v = new double[n];
            boolean all = true;
            for (int i = 0; i < n; i++) {
                v[i] = Units.billionsUsd(s.valueAt(r.years().get(i).year()));
                all &= !Double.isNaN(v[i]);
            }
            if (all) { // charts take no gaps; sources that miss a modelled year stay in the tables
                lines.add(new Series(Text.of(s.name(), s.name()), v, ""));
            }
        }
        double[] bottomUp = new double[n];
        double[] p10 = new double[n];
        double[] p50 = new double[n];
        double[] p90 = new double[n];
        for (int i = 0; i < n; i++) {
            YearResult y = r.years().get(i);
            bottomUp[i] = Units.billionsUsd(y.revenueUsd());
            p10[i] = Units.billionsUsd(y.p10());
            p50[i] = Units.billionsUsd(y.p50());
            p90[i] = Units.billionsUsd(y.p90());
        }
        lines.add(new Series(Text.of("Bottom-up (this model)", "由下而上（本模型）"), bottomUp, ""));
        blocks.add(new Chart("marketTopDownVsBottomUp", Text.of("Top-down forecasts vs bottom-up revenue",
                "由上而下預測與由下而上營收"), ChartKind.LINE, years, lines, Text.of("Revenue", "營收"), "US$B"));
        blocks.add(new Chart("marketFan", Text.of("Bottom-up revenue, Monte Carlo P10 / P50 / P90",
                "由下而上營收，蒙地卡羅 P10 / P50 / P90"), ChartKind.FAN, years, List.of(
                new Series(Text.same("p10"), p10, ""), new Series(Text.same("p50"), p50, ""),
                new Series(Text.same("p90"), p90, ""),
                new Series(Text.of("deterministic", "確定性基準"), bottomUp, "")),
                Text.of("Revenue", "營收"), "US$B"));
        blocks.add(reconciliationTable(r));
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
                String.format(Locale.ROOT, "What moves %d revenue (base US$%,.1fM)", r.focusYear(), base),
                String.format(Locale.ROOT, "影響 %d 年營收的因素（基準 %,.1f 百萬美元）", r.focusYear(), base)),
                ChartKind.TORNADO, inputs, List.of(new Series(Text.same("low"), low, ""),
                new Series(Text.same("high"), high, ""), new Series(Text.same("base"), baseLine(base, low.length), "")),
                Text.of("Revenue", "營收"), "US$M"));
        blocks.add(yearsTable(r));
        blocks.add(topDownTable(r));
        if (r.inputs().adoptionFit() != null) {
            blocks.add(fitTable(r.inputs().adoptionFit()));
        }
        return new Section("market", Text.of("Market: top-down forecasts vs bottom-up demand",
                "市場：由上而下預測與由下而上需求"), blocks);
    }

    // ---- key figures and sources

    public static List<KeyFigures.KeyFigure> keyFigures(MarketResult r) {
        int fy = r.focusYear();
        YearResult y = r.year(fy);
        String mc = "model output: Monte Carlo, seed " + r.seed() + ", " + r.trials() + " trials";
        String det = "model output: bottom-up projection (" + r.inputs().scenarioName() + ")";
        List<KeyFigures.KeyFigure> out = new ArrayList<>();
        out.add(new KeyFigures.KeyFigure("marketP50Revenue" + fy + "Usd",
                Text.of("CPO revenue " + fy + ", P50", fy + " 年 CPO 營收 P50"), y.p50(), "USD", mc, "computed"));
        out.add(new KeyFigures.KeyFigure("marketP10Revenue" + fy + "Usd",
                Text.of("CPO revenue " + fy + ", P10", fy + " 年 CPO 營收 P10"), y.p10(), "USD", mc, "computed"));
        out.add(new KeyFigures.KeyFigure("marketP90Revenue" + fy + "Usd",
                Text.of("CPO revenue " + fy + ", P90", fy + " 年 CPO 營收 P90"), y.p90(), "USD", mc, "computed"));
        out.add(new KeyFigures.KeyFigure("marketBottomUpRevenue" + fy + "Usd",
                Text.of("Bottom-up CPO revenue " + fy, fy + " 年由下而上 CPO 營收"), y.revenueUsd(), "USD", det, "computed"));
        out.add(new KeyFigures.KeyFigure("marketCpoPorts" + fy,
                Text.of("CPO ports shipped " + fy, fy + " 年 CPO 出貨埠數"), y.ports(), "ports", det, "computed"));
        out.add(new KeyFigures.KeyFigure("marketAdoptionShare" + fy,
                Text.of("CPO share of switch-side ports " + fy, fy + " 年 CPO 占交換器端光埠比例"), y.adoptionShare(),
                "share", det, "computed"));
        out.add(new KeyFigures.KeyFigure("marketPortsPerAccelerator",
                Text.of("Switch-side optical ports per accelerator", "每顆加速器的交換器端光埠"),
                r.inputs().demand().portsPerAccelerator(), "ports",
                "fabric model: " + r.inputs().demand().switchSidePorts() + " ports / "
                        + r.inputs().demand().accelerators() + " accelerators", "computed"));
        return out;
    }

    public static List<SourceEntry> sources(MarketResult r) {
        List<SourceEntry> out = new ArrayList<>();
        FabricDemand d = r.inputs().demand();
        out.add(new SourceEntry("market.portsPerAccelerator", Tables.plain(d.portsPerAccelerator()), "ports",
                "fabric model of scenario " + r.inputs().scenarioName() + " with " + d.architectureId() + ": "
                        + d.switchSidePorts() + " switch-side ports / " + d.accelerators() + " accelerators",
                "computed", ""));
        for (InputFigure f : r.inputs().figures()) {
            out.add(new SourceEntry(f.name(), Tables.plain(f.figure().value()), f.figure().unit(), f.figure().source(),
                    f.figure().status().word(), f.figure().note()));
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
                    (s.scope().isEmpty() ? "" : s.scope() + "; ") + s.note()));
        }
        return out;
    }
}
