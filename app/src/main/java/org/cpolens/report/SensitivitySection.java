package org.cpolens.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.eval.Sensitivity;
import org.cpolens.model.units.Numbers;
import static org.cpolens.report.Tables.fmt;

/** One-at-a-time sensitivity of the studied architecture's saving to every figure. */
public final class SensitivitySection implements ReportSection {
    /** The one-at-a-time move applied to each figure. */
    public static final double FRACTION = 0.20;

    @Override
    public String id() {
        return "sensitivity";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Contribution> build(ReportContext context) {
        Evaluation e = context.evaluation();
        Sensitivity.Result r = Sensitivity.oneAtATime(context.evaluator(), e, e.studied().id(), FRACTION);
        return Optional.of(new Contribution(sensitivity(e, r), List.of(), List.of()));
    }


    static Section sensitivity(Evaluation evaluation, Sensitivity.Result r) {
        String pct = fmt("%d%%", Math.round(r.fraction() * 100));
        List<Sensitivity.Swing> moving = r.swings().stream().filter(s -> s.widthKw() > 1e-9 || s.widthPercent() > 1e-9)
                .toList();
        List<Sensitivity.Swing> byKw = moving.stream().filter(s -> s.widthKw() > 1e-9).toList();
        List<Sensitivity.Swing> byPercent = new ArrayList<>(moving);
        byPercent.sort(java.util.Comparator.comparingDouble(Sensitivity.Swing::widthPercent).reversed());
        double baseKw = r.baseSaving().savedKw();
        double basePct = r.baseSaving().savedPercent();
        List<Block> blocks = new ArrayList<>();
        Text base = Names.architecture(evaluation.baseline().architecture());
        Text target = evaluation.result(r.targetId()).map(a -> Names.architecture(a.architecture()))
                .orElse(Text.same(r.targetId()));
        blocks.add(Paragraph.of(
                fmt("Each figure of %s and %s moved by -%s and +%s, one at a time, on the same fabric. Bars show how far "
                        + "the cluster saving of %s moves from its base of %s kW (%s%% of the baseline's network power).",
                        base.en(), target.en(), pct, pct, target.en(), Tables.display(baseKw, "en"),
                        Tables.display(basePct, "en")),
                fmt("%s與%s的每個數字一次只調整一個，分別 -%s 與 +%s，網路拓撲不變。長條顯示%s的叢集節省量"
                        + "相對於基準值 %s kW（基準架構網路功耗的 %s%%）的變動。",
                        base.zhTw(), target.zhTw(), pct, pct, target.zhTw(), Tables.display(baseKw, "en"),
                        Tables.display(basePct, "en"))));
        java.util.Map<String, org.cpolens.model.catalog.OpticsArchitecture> archs = new java.util.LinkedHashMap<>();
        evaluation.architectures().forEach(a -> archs.put(a.id(), a.architecture()));
        blocks.add(tornado("savingKw", Text.of("Saving in kW: swing of each input", "節省功耗（kW）：各輸入的影響"), byKw,
                true, baseKw, pct, "kW", archs));
        blocks.add(tornado("savingPercent",
                Text.of("Saving as a share of network power: swing of each input", "節省比例（占網路功耗）：各輸入的影響"),
                byPercent, false, basePct, pct, "%", archs));
        List<Text> still = r.swings().stream().filter(s -> s.widthKw() <= 1e-9 && s.widthPercent() <= 1e-9)
                .map(s -> name(s, archs)).toList();
        if (!still.isEmpty()) {
            blocks.add(Paragraph.of("These figures do not move the power saving at all: "
                            + String.join("; ", still.stream().map(Text::en).toList()) + ".",
                    "以下數字完全不影響節省的功耗：" + String.join("；", still.stream().map(Text::zhTw).toList()) + "。"));
        }
        List<Column> cols = List.of(
                Column.of("input", "Input", "輸入", ""),
                Column.of("baseValue", "Scenario value", "情境數值", ""),
                Column.of("unit", "Unit", "單位", ""),
                Column.of("savedKwLow", "Saving at -" + pct, "調降 " + pct + " 時節省", "kW"),
                Column.of("savedKwHigh", "Saving at +" + pct, "調升 " + pct + " 時節省", "kW"),
                Column.of("savedPercentLow", "Share saved at -" + pct, "調降 " + pct + " 時節省比例", "%"),
                Column.of("savedPercentHigh", "Share saved at +" + pct, "調升 " + pct + " 時節省比例", "%"),
                Column.of("figure", "Figure", "項目代號", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (Sensitivity.Swing s : r.swings()) {
            rows.add(List.of(name(s, archs), s.baseValue(), Names.unit(s.unit()).label(), s.low().savedKw(), s.high().savedKw(),
                    s.low().savedPercent(), s.high().savedPercent(), s.architectureId() + "." + s.figure()));
        }
        blocks.add(new DataTable("sensitivity", Text.of("Every input, one at a time", "所有輸入(一次調整一個)"), cols, rows));
        return new Section("sensitivity", Text.of("Interconnect sensitivity", "互連敏感度分析"), blocks);
    }

    /** An input of the tornado as people read it: the architecture's name and the figure's. */
    private static Text name(Sensitivity.Swing s, java.util.Map<String, org.cpolens.model.catalog.OpticsArchitecture> archs) {
        return Names.figure(s.architectureId() + "." + s.figure(), archs)
                .orElse(Text.same(s.architectureId() + "." + s.figure()));
    }

    private static Chart tornado(String id, Text title, List<Sensitivity.Swing> swings, boolean kw, double base, String pct,
                                 String unit, java.util.Map<String, org.cpolens.model.catalog.OpticsArchitecture> archs) {
        List<Text> cats = new ArrayList<>();
        double[] low = new double[swings.size()];
        double[] high = new double[swings.size()];
        double[] mid = new double[swings.size()];
        for (int i = 0; i < swings.size(); i++) {
            Sensitivity.Swing s = swings.get(i);
            Text n = name(s, archs);
            Text u = Names.unit(s.unit()).label();
            cats.add(Text.of(fmt("%s (%s %s)", n.en(), Numbers.plain(s.baseValue()), u.en()),
                    fmt("%s（%s %s）", n.zhTw(), Numbers.plain(s.baseValue()), u.zhTw())));
            low[i] = kw ? s.low().savedKw() : s.low().savedPercent();
            high[i] = kw ? s.high().savedKw() : s.high().savedPercent();
            mid[i] = base;
        }
        return new Chart(id, title, ChartKind.TORNADO, cats, List.of(
                new Series(Text.of("low: input -" + pct, "調降：輸入 -" + pct), low, ""),
                new Series(Text.of("high: input +" + pct, "調升：輸入 +" + pct), high, ""),
                new Series(Text.of("base", "基準"), mid, "")),
                kw ? Text.of("Power saved", "節省功耗") : Text.of("Share of network power saved", "節省占網路功耗比例"), unit,
                Text.of("Source: CPO Lens, the scenario's fabric re-evaluated with one figure moved at a time.",
                        "資料來源：CPO Lens 在同一網路上一次調整一個數字重新計算。"));
    }
}
