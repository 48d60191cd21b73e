package org.cpolens.report;

import org.cpolens.model.units.Numbers;
import org.cpolens.model.eval.OpticsLayer;
import org.cpolens.model.eval.BomLine;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.ArchitectureFigure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import static org.cpolens.report.Tables.fmt;
import org.cpolens.model.eval.ArchitectureResult;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.eval.ResultColumn;
import org.cpolens.model.units.Units;
import org.cpolens.report.KeyFigures.KeyFigure;

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
        Evaluation e = context.evaluation();
        List<KeyFigure> keys = keyFigures(e);
        return Optional.of(new Contribution(comparison(e), List.of(), keys, takeaways(e, keys),
                List.of(new CompareModelSheet(e))));
    }

    /** The studied architecture's network power and optics capex: new keys of summary.json. */
    static List<KeyFigure> keyFigures(Evaluation e) {
        ArchitectureResult t = e.studied();
        return List.of(
                new KeyFigure("cpoNetworkPowerKw", Text.of("Network power (optics + switches)", "網路總功耗（光學＋交換器）"),
                        t.networkPowerKw(), "kW", Text.of("model output: optics + switch power before optics, " + t.id()
                                + " on the scenario's fabric", "模型計算：光學功耗加交換器本體功耗，`" + t.id() + "` 於情境網路上"),
                        "computed"),
                new KeyFigure("cpoOpticsCapexMusd", Text.of("Optics capex", "光學資本支出"),
                        Units.millionsUsd(t.capexUsd()), "MUSD", Text.of("model output: ports x price per port ("
                                + t.id() + "; prices in the Sources appendix)",
                                "模型計算：埠數 × 每埠價格（`" + t.id() + "`；價格見「資料來源」附錄）"), "computed"));
    }

    /** What the first page shows of the comparison, each read against the baseline and the best non-CPO choice. */
    static List<KeyFigure> takeaways(Evaluation e, List<KeyFigure> keys) {
        ArchitectureResult t = e.studied();
        List<KeyFigure> out = new ArrayList<>();
        KeyFigure optics = new KeyFigure("cpoOpticsPowerKw", Text.of("Optics power", "光學功耗"), t.opticsPowerKw(), "kW",
                Text.of("model output: switch-side ports x W per port + host-side modules x W per module",
                        "模型計算：交換器端埠數 × 每埠功耗 ＋ 主機端模組數 × 每模組功耗"), "computed");
        out.add(ReportBuilder.compared(optics, e, ArchitectureResult::opticsPowerKw));
        out.add(ReportBuilder.compared(keys.get(0), e, ArchitectureResult::networkPowerKw));
        out.add(ReportBuilder.compared(keys.get(1), e, a -> Units.millionsUsd(a.capexUsd())));
        if (t.extraAcceleratorsAtSamePower() >= 0) {
            out.add(new KeyFigure("extraAcceleratorsAtSamePower",
                    Text.of("Extra accelerators the saved power feeds", "省下的電力可多供電的加速器"),
                    t.extraAcceleratorsAtSamePower(), "",
                    Text.of("model output: network power saved against the baseline / W per accelerator (scenario)",
                            "模型計算：相對基準節省的網路功耗 ÷ 每顆加速器功耗（情境設定）"), "computed"));
        }
        return out;
    }

    /** The columns of the comparison table as the report shows them: what decides first, counts after, the id last. */
    static final List<ResultColumn> REPORT_TABLE = List.of(ResultColumn.OPTICS_POWER_KW, ResultColumn.NETWORK_POWER_KW,
            ResultColumn.CAPEX_USD, ResultColumn.POWER_SAVED_KW, ResultColumn.EXTRA_ACCELERATORS_AT_SAME_POWER,
            ResultColumn.PICOJOULES_PER_BIT, ResultColumn.SWITCH_SIDE_PORTS, ResultColumn.HOST_SIDE_MODULES,
            ResultColumn.LASERS, ResultColumn.LASER_MODULES, ResultColumn.EDGE_MM, ResultColumn.ID);

    /** The comparison table: display names first (a frozen column on the page), then {@link #REPORT_TABLE}. */
    static DataTable table(Evaluation e) {
        List<Column> cols = new ArrayList<>();
        cols.add(Column.of("architectureName", "Architecture", "架構", ""));
        for (ResultColumn c : REPORT_TABLE) {
            cols.add(switch (c) {
                case EDGE_MM -> Column.of("edgeM", c.en(), c.zhTw(), "m");
                case CAPEX_USD -> Column.of("capexMusd", c.en(), c.zhTw(), "MUSD");
                case EXTRA_ACCELERATORS_AT_SAME_POWER -> Column.of("extraAccelerators", c.en(), c.zhTw(), "");
                case ID -> Column.of("id", "Id", "代號", "");
                default -> Column.of(c.key(), c.en(), c.zhTw(), c.unit());
            });
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ArchitectureResult r : e.architectures()) {
            List<Object> row = new ArrayList<>();
            row.add(Names.architecture(r.architecture()));
            for (ResultColumn c : REPORT_TABLE) {
                row.add(switch (c) {
                    case EDGE_MM -> Units.metresFromMillimetres(r.edgeMm());
                    case CAPEX_USD -> Units.millionsUsd(r.capexUsd());
                    default -> c.type() == ResultColumn.Type.NUMBER ? (Object) c.value(r) : InterconnectViews.cell(c, r);
                });
            }
            rows.add(row);
        }
        Text sw = Names.switchSystem(e.interconnect().switchSystem());
        return new DataTable("compare", Text.of(
                String.format(java.util.Locale.ROOT, "Scenario %s on %s: %d-tier fabric, %,d switches", e.interconnect().name(),
                        sw.en(), e.fabric().tierCount(), e.fabric().switchCount()),
                String.format(java.util.Locale.ROOT, "情境 %s，%s：%d 層網路，%,d 台交換器", e.interconnect().name(),
                        sw.zhTw(), e.fabric().tierCount(), e.fabric().switchCount())),
                cols, rows);
    }

    static Section comparison(Evaluation e) {
        List<ArchitectureResult> archs = e.architectures();
        List<Text> cats = archs.stream().map(a -> Names.architecture(a.architecture())).toList();
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
        Text source = Text.of("Source: CPO Lens fabric model of scenario " + e.interconnect().name()
                        + "; per-port figures and their status in the Sources appendix.",
                "資料來源：CPO Lens 依情境 " + e.interconnect().name() + " 建構的網路模型；每埠數字及其狀態見「資料來源」附錄。");
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of(
                "Each architecture placed on the same fabric. The first is the baseline; architectures that do not "
                        + "replace host-side modules keep the baseline's there.",
                "各架構放在同一個網路拓撲上比較。第一個為基準；不取代主機端模組的架構，主機端沿用基準架構的模組。"));
        blocks.add(new Chart("power", Text.of("Power", "功耗"), ChartKind.BAR, cats, List.of(
                new Series(Text.of("Optics", "光學"), optics, ""),
                new Series(Text.of("Network (optics + switches)", "網路（光學＋交換器）"), network, "")),
                Text.of("Power", "功耗"), "kW", source));
        blocks.add(new Chart("energyPerBit", Text.of("Energy per bit at full load", "滿載每位元能耗"), ChartKind.BAR, cats,
                List.of(new Series(Text.of("Optics", "光學"), opticsPj, ""),
                        new Series(Text.of("Network", "網路"), pj, "")),
                Text.of("Energy per bit", "每位元能耗"), "pJ/bit", source));
        blocks.add(new Chart("lasers", Text.of("Lasers", "雷射數量"), ChartKind.BAR, cats,
                List.of(new Series(Text.of("Laser diodes", "雷射二極體"), lasers, ""),
                        new Series(Text.of("External laser modules", "外部雷射模組"), laserModules, "")),
                Text.of("Count", "數量"), "", source));
        blocks.add(new Chart("edge", Text.of("Front panel / package edge used by switch-side ports", "交換器端埠占用的面板／封裝邊緣長度"),
                ChartKind.BAR, cats, List.of(new Series(Text.of("Edge used", "占用長度"), edge, "")),
                Text.of("Length", "長度"), "m", source));
        blocks.add(new Chart("capex", Text.of("Optics capex", "光學資本支出"), ChartKind.BAR, cats,
                List.of(new Series(Text.of("Optics capex", "光學資本支出"), capex, "")),
                Text.of("Capex", "資本支出"), "MUSD", source));
        blocks.add(table(e));
        blocks.add(density(e));
        e.interconnect().scaleUp().ifPresent(su -> blocks.add(layers(e)));
        blocks.add(InterconnectViews.fabricTable(e.fabric()));
        return new Section("comparison", Text.of("Architecture comparison", "架構比較"), blocks);
    }

    /**
     * Bandwidth density against the seed's "~10x": what the catalog's edge densities give, per mm of
     * edge and per rack unit of front panel, and why it is not ten.
     */
    static Block density(Evaluation e) {
        OpticsArchitecture base = e.baseline().architecture();
        OpticsArchitecture t = e.studied().architecture();
        double b = base.value(ArchitectureFigure.EDGE_DENSITY_GBPS_PER_MM);
        double c = t.value(ArchitectureFigure.EDGE_DENSITY_GBPS_PER_MM);
        double w = e.interconnect().faceplateWidthMm().value();
        Text tName = Names.architecture(t);
        Text baseName = Names.architecture(base);
        String en = fmt("Density: %s carries %s Gb/s per mm of edge against %s's %s (%sx), %s against %s Tb/s per "
                        + "rack unit of a %s mm front panel. The seed article's \"~10x bandwidth density\" is not reproduced "
                        + "from public figures: %s's %s Gb/s/mm is %s [%s], and no source found measures the electrical "
                        + "escape a pluggable needs at the package edge, which is where a tenfold gap would show.",
                tName.en(), Numbers.plain(c), baseName.en(), Numbers.plain(b), Numbers.readable(c / b),
                Numbers.readable(Units.terabitsPerSecond(c * w)), Numbers.readable(Units.terabitsPerSecond(b * w)),
                Numbers.plain(w), tName.en(), Numbers.plain(c), t.figure(ArchitectureFigure.EDGE_DENSITY_GBPS_PER_MM).source(),
                t.figure(ArchitectureFigure.EDGE_DENSITY_GBPS_PER_MM).status().word());
        String zh = fmt("頻寬密度：%s 每毫米邊緣 %s Gb/s，%s 為 %s（%s 倍）；以 %s 毫米前面板換算，每個機架單位 %s 對 %s Tb/s。"
                        + "原始文章所說的「約 10 倍頻寬密度」無法以公開數據重現：%s 的 %s Gb/s/mm 來自 %s［%s］，"
                        + "且找不到衡量可插拔模組在封裝邊緣所需電氣出線密度的來源，而十倍差距應出現在那裡。",
                tName.zhTw(), Numbers.plain(c), baseName.zhTw(), Numbers.plain(b), Numbers.readable(c / b),
                Numbers.plain(w), Numbers.readable(Units.terabitsPerSecond(c * w)), Numbers.readable(Units.terabitsPerSecond(b * w)),
                tName.zhTw(), Numbers.plain(c), t.figure(ArchitectureFigure.EDGE_DENSITY_GBPS_PER_MM).source(),
                Tables.statusZh(t.figure(ArchitectureFigure.EDGE_DENSITY_GBPS_PER_MM).status().word()));
        return Paragraph.of(en, zh);
    }

    /** Optics per accelerator by layer: switch side, NIC side, scale-up. */
    static DataTable layers(Evaluation e) {
        List<Column> cols = List.of(
                Column.of("architecture", "Architecture", "架構", ""),
                Column.of("layer", "Layer", "層", ""),
                Column.of("opticalEnds", "Optical ends per accelerator", "每顆加速器光學端點", ""),
                Column.of("engines", "Engines per accelerator", "每顆加速器光學引擎", ""),
                Column.of("lasers", "Lasers per accelerator", "每顆加速器雷射", ""),
                Column.of("opticsWatts", "Optics power per accelerator", "每顆加速器光學功耗", "W"));
        List<List<Object>> rows = new ArrayList<>();
        for (ArchitectureResult r : e.architectures()) {
            var b = r.bom();
            for (OpticsLayer layer : OpticsLayer.values()) {
                List<BomLine> lines = b.lines(layer);
                if (lines.isEmpty()) {
                    continue;
                }
                var p = b.perAccelerator(lines);
                rows.add(List.of(Names.architecture(r.architecture()), Text.of(layer.en(), layer.zhTw()), p.opticalEnds(), p.engines(), p.lasers(),
                        p.opticsW()));
            }
        }
        return new DataTable("layers", Text.of("Optics per accelerator, by layer", "每顆加速器的光學元件（依層）"),
                cols, rows);
    }
}
