package org.cpolens.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cpolens.model.eval.ArchitectureResult;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.units.Units;

/** Each architecture on the same fabric: power, energy per bit, lasers, edge, capex, and the fabric. */
public final class ComparisonSection implements ReportSection {
    @Override
    public String id() {
        return "comparison";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Contribution> build(ReportContext context) {
        return Optional.of(new Contribution(comparison(context.evaluation()), List.of(), List.of()));
    }


    static Section comparison(Evaluation e) {
        List<ArchitectureResult> archs = e.architectures();
        List<Text> cats = archs.stream().map(a -> Text.same(a.id())).toList();
        int n = archs.size();
        double[] optics = new double[n];
        double[] network = new double[n];
        double[] pj = new double[n];
        double[] opticsPj = new double[n];
        double[] lasers = new double[n];
        double[] laserModules = new double[n];
        double[] edge = new double[n];
        double[] capex = new double[n];
        for (int i = 0; i < n; i++) {
            ArchitectureResult a = archs.get(i);
            optics[i] = a.opticsPowerKw();
            network[i] = a.networkPowerKw();
            pj[i] = a.picojoulesPerBit();
            opticsPj[i] = a.opticsPicojoulesPerBit();
            lasers[i] = a.lasers();
            laserModules[i] = a.laserModules();
            edge[i] = Units.metresFromMillimetres(a.edgeMm());
            capex[i] = Units.millionsUsd(a.capexUsd());
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of(
                "Each architecture placed on the same fabric. The first is the baseline; architectures that do not "
                        + "replace host-side modules keep the baseline's there.",
                "各架構放在同一個網路拓撲上比較。第一個為基準;不取代主機端模組的架構,主機端沿用基準架構的模組。"));
        blocks.add(new Chart("power", Text.of("Power", "功耗"), ChartKind.BAR, cats, List.of(
                new Series(Text.of("Optics", "光學"), optics, ""),
                new Series(Text.of("Network (optics + switches)", "網路(光學+交換器)"), network, "")),
                Text.of("Power", "功耗"), "kW"));
        blocks.add(new Chart("energyPerBit", Text.of("Energy per bit at full load", "滿載每位元能耗"), ChartKind.BAR, cats,
                List.of(new Series(Text.of("Optics", "光學"), opticsPj, ""),
                        new Series(Text.of("Network", "網路"), pj, "")),
                Text.of("Energy per bit", "每位元能耗"), "pJ/bit"));
        blocks.add(new Chart("lasers", Text.of("Lasers", "雷射數量"), ChartKind.BAR, cats,
                List.of(new Series(Text.of("Laser diodes", "雷射二極體"), lasers, ""),
                        new Series(Text.of("External laser modules", "外部雷射模組"), laserModules, "")),
                Text.of("Count", "數量"), ""));
        blocks.add(new Chart("edge", Text.of("Front panel / package edge used by switch-side ports", "交換器端埠占用的面板/封裝邊緣長度"),
                ChartKind.BAR, cats, List.of(new Series(Text.of("Edge used", "占用長度"), edge, "")),
                Text.of("Length", "長度"), "m"));
        blocks.add(new Chart("capex", Text.of("Optics capex", "光學資本支出"), ChartKind.BAR, cats,
                List.of(new Series(Text.of("Optics capex", "光學資本支出"), capex, "")),
                Text.of("Capex", "資本支出"), "MUSD"));
        blocks.add(InterconnectViews.compareTable(e));
        blocks.add(InterconnectViews.fabricTable(e.fabric()));
        return new Section("comparison", Text.of("Architecture comparison", "架構比較"), blocks);
    }
}
