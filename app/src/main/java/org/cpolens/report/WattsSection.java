package org.cpolens.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cpolens.model.eval.ArchitectureResult;
import org.cpolens.model.eval.BomLine;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.eval.OpticsLayer;
import org.cpolens.model.units.Units;

/** Network power split by where it is spent: optics per switch tier, at the NICs, and the switches. */
public final class WattsSection implements ReportSection {
    @Override
    public String id() {
        return "watts";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Contribution> build(ReportContext context) {
        return Optional.of(new Contribution(watts(context.evaluation()), List.of(), List.of()));
    }


    static Section watts(Evaluation e) {
        List<ArchitectureResult> archs = e.architectures();
        List<Text> cats = archs.stream().map(a -> Names.architecture(a.architecture())).toList();
        List<String> tierNames = archs.get(0).bom().tierNames();
        List<Series> series = new ArrayList<>();
        int n = archs.size();
        for (String tier : tierNames) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = Units.kilowatts(tierOptics(archs.get(i), tier));
            }
            String zh = InterconnectViews.tierZh(tier);
            series.add(new Series(Text.of("Switch side: " + tier + " optics", "交換器端：" + zh + "光學"), v, "power"));
        }
        double[] host = new double[n];
        double[] base = new double[n];
        for (int i = 0; i < n; i++) {
            host[i] = Units.kilowatts(archs.get(i).hostOpticsW());
            base[i] = Units.kilowatts(archs.get(i).switchBaseW());
        }
        series.add(new Series(Text.of("Host side: NIC optics", "主機端:網卡光學"), host, "power"));
        series.add(new Series(Text.of("Switches before optics", "交換器本體(不含光學)"), base, "power"));
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of(
                "Network power split by where it is spent: optics on each switch tier, optics at the hosts (NICs), "
                        + "and the switches' own power before optics.",
                "網路功耗依耗用位置拆分:各交換器層的光學、主機端(網卡)光學,以及交換器本體(不含光學)的功耗。"));
        blocks.add(new Chart("wattsByTier", Text.of("Where the watts go", "功耗分布"), ChartKind.STACKED_BAR, cats,
                series, Text.of("Power", "功耗"), "kW", Text.of("Source: CPO Lens bill of materials of each architecture on the "
                        + "scenario's fabric; per-port figures in the Sources appendix.",
                "資料來源：CPO Lens 依情境網路建構的各架構物料清單；每埠數字見「資料來源」附錄。")));
        blocks.add(InterconnectViews.wattsByTier(e));
        return new Section("watts", Text.of("Where the watts go", "功耗分布"), blocks);
    }

    private static double tierOptics(ArchitectureResult a, String tier) {
        double w = 0;
        for (BomLine l : a.bom().lines(OpticsLayer.SWITCH)) {
            if (l.tier().equals(tier)) {
                w += l.opticsW();
            }
        }
        return w;
    }
}
