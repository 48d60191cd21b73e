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
        List<String> notes = r.inputs().notes();
        boolean translated = notes.equals(ReliabilitySimulator.MODEL_NOTES);
        for (int i = 0; i < notes.size(); i++) {
            blocks.add(new Paragraph(Text.of(notes.get(i), translated ? NOTES_ZH.get(i) : notes.get(i))));
        }
        blocks.add(assumptionsTable(r));
        return new Section("reliability", Text.of("Reliability and serviceability", "可靠度與可維護性"), blocks);
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
