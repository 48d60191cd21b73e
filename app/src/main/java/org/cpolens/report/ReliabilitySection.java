package org.cpolens.report;

import static org.cpolens.report.ReliabilityViews.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cpolens.model.sim.ArchitectureReliability;
import org.cpolens.model.sim.Estimate;
import org.cpolens.model.sim.Part;
import org.cpolens.model.sim.ReliabilityResult;
import org.cpolens.model.sim.ReliabilitySimulator;

/** The reliability section of the report: interruptions, goodput, parts and spares per architecture. */
public final class ReliabilitySection implements ReportSection {
    @Override
    public String id() {
        return "reliability";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Optional<Contribution> build(ReportContext context) {
        return context.run().reliability().map(r -> new Contribution(section(r), sources(r), keyFigures(r),
                ReliabilityTakeaways.of(r, context.evaluation())));
    }


    public static Section section(ReliabilityResult r) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(Text.of(
                "A synchronous training job on " + String.format(Locale.ROOT, "%,d", r.inputs().accelerators())
                        + " accelerators spans the whole fabric. Faults of pluggable modules, optical engines, lasers, "
                        + "laser source modules, switches, cables and NICs are simulated over " + fmt(r.days())
                        + " days (" + r.trials() + " trials, seed " + r.seed() + "); the analytic expectation "
                        + "(devices x rate x time) is printed beside each simulated mean.",
                "一個同步訓練工作使用 " + String.format(Locale.ROOT, "%,d", r.inputs().accelerators())
                        + " 個加速器，橫跨整個網路。模擬 " + fmt(r.days()) + " 天內可插拔模組、光引擎、雷射、雷射光源模組、交換器、"
                        + "線纜與網卡的故障（" + r.trials() + " 次模擬，亂數種子 " + r.seed() + "），並列出解析期望值（元件數 x 故障率 x 時間）。")));
        blocks.add(new KeyFigures(keyFigures(r)));
        List<Text> cats = new ArrayList<>();
        double[] sim = new double[r.architectures().size()];
        double[] analytic = new double[sim.length];
        double[] goodput = new double[sim.length];
        double[] goodputAnalytic = new double[sim.length];
        for (int i = 0; i < sim.length; i++) {
            ArchitectureReliability a = r.architectures().get(i);
            cats.add(Names.architecture(a.id(), a.kind()));
            sim[i] = a.interruptionsPerDay().mean();
            analytic[i] = a.analytic().interruptionsPerDay();
            goodput[i] = a.goodput().mean() * 100;
            goodputAnalytic[i] = a.analytic().goodput() * 100;
        }
        blocks.add(new Chart("reliabilityInterruptions", Text.of("Network-caused job interruptions per day",
                "每日因網路造成的訓練中斷次數"), ChartKind.BAR, cats,
                List.of(new Series(Text.of("Simulated mean", "模擬平均"), sim, ""),
                        new Series(Text.of("Analytic", "解析期望值"), analytic, "")),
                Text.of("Interruptions per day", "每日中斷次數"), "1/d"));
        blocks.add(new Chart("reliabilityGoodput", Text.of("Goodput: useful share of training time",
                "有效訓練時間比例（goodput）"), ChartKind.BAR, cats,
                List.of(new Series(Text.of("Simulated mean", "模擬平均"), goodput, ""),
                        new Series(Text.of("First-order analytic", "一階解析近似"), goodputAnalytic, "")),
                Text.of("Goodput", "有效比例"), "%"));
        blocks.add(summaryTable(r));
        blocks.add(partsTable(r));
        blocks.addAll(rateBlocks(r));
        r.engineRateSensitivity().ifPresent(sens -> blocks.addAll(sensitivityBlocks(r, sens)));
        blocks.add(flapParagraph(r));
        blocks.add(flapsTable(r));
        blocks.add(new Paragraph(Text.of(
                "Costs per year for the total cost of ownership: accelerator-hours not spent on useful work, technician "
                        + "hours, parts replaced and spares held, by architecture; dollars only for parts with a price in "
                        + "the catalog (pluggable modules at their architecture's port price); the rest are left unpriced, "
                        + "not guessed.",
                "供總持有成本（TCO）使用的每年成本：未用於有效訓練的加速器小時、技師工時、更換零件與備品；僅對目錄中有價格的零件"
                        + "（可插拔模組依其架構的每埠價格）列出金額，其餘不定價、不臆測。")));
        blocks.add(costsTable(r));
        List<String> notes = r.inputs().notes();
        boolean translated = notes.equals(ReliabilitySimulator.MODEL_NOTES);
        for (int i = 0; i < notes.size(); i++) {
            blocks.add(new Paragraph(Text.of(notes.get(i), translated ? NOTES_ZH.get(i) : notes.get(i))));
        }
        blocks.add(assumptionsTable(r));
        return new Section("reliability", Text.of("Reliability and serviceability", "可靠度與可維護性"), blocks);
    }

    private static List<Block> rateBlocks(ReliabilityResult r) {
        List<RateRow> rows = rateBasis(r);
        int[] n = basisCounts(rows);
        org.cpolens.model.sim.FailureMode e = r.inputs().mode(org.cpolens.model.sim.FaultKind.OPTICAL_ENGINE);
        String engine = Tables.plain(round(e.fit().value())) + " FIT per Gb/s (" + e.basis() + "; "
                + org.cpolens.model.units.Numbers.grouped(Math.round(e.fit().value() * 6400)) + " FIT per 6.4T engine)";
        String engineZh = Tables.plain(round(e.fit().value())) + " FIT／Gb/s（" + basisZh(e.basis()) + "；每個 6.4T 引擎 "
                + org.cpolens.model.units.Numbers.grouped(Math.round(e.fit().value() * 6400)) + " FIT）";
        return List.of(new Paragraph(Text.of(
                "Which rates are what: " + n[0] + " are zero-failure upper bounds (field data with no failure supports "
                        + "a ceiling, not a rate), " + n[1] + " fitted to a published run, " + n[2]
                        + " assumptions, " + n[3] + " as their sources state them. The optical-engine rate is per Gb/s of "
                        + "engine capacity, so the same engine fails at the same rate at any port speed: " + engine + ".",
                "各故障率的性質：" + n[0] + " 項是零故障上限值（無故障的現場資料只能給出上限，不是故障率），" + n[1]
                        + " 項擬合自已發表的訓練紀錄，" + n[2] + " 項是假設，" + n[3] + " 項依來源所載。光引擎故障率以每 Gb/s "
                        + "引擎容量計，因此同一引擎在任何埠速下故障率相同：" + engineZh + "。")), rateBasisTable(r));
    }

    private static List<Block> sensitivityBlocks(ReliabilityResult r, org.cpolens.model.sim.EngineRateSensitivity s) {
        List<Block> out = new ArrayList<>();
        StringBuilder en = new StringBuilder();
        StringBuilder zh = new StringBuilder();
        for (org.cpolens.model.sim.EngineRateSensitivity.BreakEven b : s.breakEvens()) {
            en.append(" ").append(b.architectureId()).append(": ").append(b.reading()).append(".");
            zh.append(" ").append(b.architectureId()).append("：").append(breakEvenZh(b)).append("。");
        }
        String base = r.architectures().get(0).id();
        boolean bound = s.engineRate().bound().isPresent();
        out.add(new Paragraph(Text.of(
                "CPO vs " + base + " as the engine rate moves from " + Tables.plain(s.factors().get(0))
                        + (bound ? "x of its upper bound to the bound itself: the bound is a ceiling and the true rate lies "
                        + "below it, so every CPO result above is the pessimistic end. "
                        : "x of the scenario's rate to the rate itself. ")
                        + "Each point is a full simulation with the same seed and trials; expected interruptions are linear "
                        + "in the rate, so the break-even is exact." + en,
                "光引擎故障率由" + (bound ? "上限值" : "情境設定值") + "的 " + Tables.plain(s.factors().get(0)) + " 倍變動到"
                        + (bound ? "上限值" : "設定值") + "時，CPO 相對 " + base + " 的表現："
                        + (bound ? "上限值是天花板，真實故障率低於它，因此上方所有 CPO 結果都是悲觀端。" : "")
                        + "每一點都是以相同亂數種子與模擬次數的完整模擬；期望中斷次數與故障率成線性，因此損益兩平點是精確值。" + zh)));
        List<Text> cats = new ArrayList<>();
        for (double f : s.factors()) {
            cats.add(Text.same(Tables.plain(f) + "x"));
        }
        List<Series> series = new ArrayList<>();
        for (ArchitectureReliability a : r.architectures()) {
            if (s.breakEvens().stream().noneMatch(b -> b.architectureId().equals(a.id()))) {
                continue;
            }
            double[] v = new double[s.factors().size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = s.point(s.factors().get(i), a.id()).map(p -> p.interruptionRatio()).orElse(Double.NaN);
            }
            series.add(new Series(Text.same(a.id()), v, ""));
        }
        double[] one = new double[s.factors().size()];
        java.util.Arrays.fill(one, 1.0);
        series.add(new Series(Text.of(base + " (= 1)", base + "（= 1）"), one, ""));
        out.add(new Chart("reliabilityEngineRate", Text.of(
                "Job interruptions relative to " + base + " vs the engine rate (x " + (bound ? "its upper bound" : "the rate")
                        + ")", "相對 " + base + " 的訓練中斷次數 vs 光引擎故障率（" + (bound ? "上限值" : "設定值") + "的倍數）"),
                ChartKind.LINE, cats, series,
                Text.of("Interruptions / baseline's", "中斷次數／基準"), "x"));
        out.add(sensitivityTable(r, s));
        return out;
    }

    static String breakEvenZh(org.cpolens.model.sim.EngineRateSensitivity.BreakEven b) {
        double f = b.factor();
        if (Double.isNaN(f)) {
            return "與光引擎故障率無關";
        }
        String at = "（兩線交於故障率的 " + org.cpolens.model.units.Numbers.readable(f) + " 倍）";
        if (f >= 1) {
            return "即使在上限值，中斷仍少於基準" + at;
        }
        if (f <= 0) {
            return "即使光引擎從不故障，中斷仍多於基準" + at;
        }
        return "在光引擎故障率為 " + org.cpolens.model.units.Numbers.readable(f) + " 倍時與基準相同，更低則較少";
    }

    private static Paragraph flapParagraph(ReliabilityResult r) {
        org.cpolens.model.sim.LinkFlapModel m = r.inputs().flaps();
        String rec = Tables.plain(m.recoverySeconds().value());
        String stop = Tables.plain(m.stopProbability().value());
        return new Paragraph(Text.of(
                "Link flaps and soft failures are their own event class: a link drops and retrains, no part fails. Rates "
                        + "by family: co-packaged optics from Meta's flap-free port-hours (an upper bound), near-packaged "
                        + "optics as CPO's bound (assumption), pluggables, LPO, LRO and OBO labelled assumptions (no public "
                        + "per-port flap rate found). Blast radius one link; a flap stops the job with probability " + stop
                        + " times its level's chance, otherwise the job stalls " + rec + " s and loses no work. The column "
                        + "'if every flap stopped the job' is the ceiling at probability 1.",
                "鏈路抖動與軟性故障是獨立的事件類別：鏈路斷線後重新訓練，沒有零件故障。依架構家族的故障率：CPO 取自 Meta 無抖動的"
                        + "埠小時（上限值），NPO 沿用 CPO 的上限（假設），可插拔、LPO、LRO 與 OBO 為標示的假設（找不到公開的每埠抖動率）。"
                        + "影響範圍為一條鏈路；抖動以 " + stop + " 乘以所在層級的機率中斷工作，否則工作停頓 " + rec
                        + " 秒、不損失進度。「若每次抖動都中斷」欄為機率 1 時的上限。"));
    }

    private static double round(double v) {
        return ReliabilityViews.round(v);
    }

    /**
     * Headline numbers with stable keys: the baseline, the first CPO with external laser sources
     * ({@code CpoEls}) and the first with embedded lasers ({@code CpoEmbedded}), when present.
     */
    public static List<KeyFigures.KeyFigure> keyFigures(ReliabilityResult r) {
        List<KeyFigures.KeyFigure> out = new ArrayList<>();
        String src = "model output (reliability, seed " + r.seed() + ", " + r.trials() + " trials x " + fmt(r.days()) + " days)";
        ArchitectureReliability base = r.architectures().get(0);
        addKeys(out, base, "Baseline", Text.of("baseline " + base.id(), "基準 " + base.id()), src);
        Optional<ArchitectureReliability> els = r.architectures().stream()
                .filter(a -> !a.hotSwappable() && a.externalLaserSource()).findFirst();
        els.ifPresent(a -> addKeys(out, a, "CpoEls", Text.of(a.id() + " (external lasers)", a.id() + "（外部雷射）"), src));
        Optional<ArchitectureReliability> emb = r.architectures().stream()
                .filter(a -> !a.hotSwappable() && !a.externalLaserSource()).findFirst();
        emb.ifPresent(a -> addKeys(out, a, "CpoEmbedded", Text.of(a.id() + " (embedded lasers)", a.id() + "（內嵌雷射）"), src));
        return out;
    }

    private static void addKeys(List<KeyFigures.KeyFigure> out, ArchitectureReliability a, String suffix, Text who,
                                String src) {
        out.add(new KeyFigures.KeyFigure("reliabilityInterruptionsPerDay" + suffix,
                Text.of("Job interruptions per day, " + who.en(), "每日訓練中斷次數，" + who.zhTw()),
                a.interruptionsPerDay().mean(), "1/d", src, "computed"));
        out.add(new KeyFigures.KeyFigure("reliabilityGoodput" + suffix,
                Text.of("Goodput, " + who.en(), "有效訓練比例，" + who.zhTw()), a.goodput().mean() * 100, "%", src, "computed"));
        Estimate switches = a.partsPerYear().get(Part.SWITCH);
        out.add(new KeyFigures.KeyFigure("reliabilitySwitchReplacementsPerYear" + suffix,
                Text.of("Switch replacements per year, " + who.en(), "每年更換交換器台數，" + who.zhTw()),
                switches == null ? 0 : switches.mean(), "1/yr", src, "computed"));
    }
}
