package org.cpolens.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpolens.model.units.Numbers;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.Status;
import org.cpolens.model.sim.ArchitectureReliability;
import org.cpolens.model.sim.ComponentClass;
import org.cpolens.model.sim.Estimate;
import org.cpolens.model.sim.FailureMode;
import org.cpolens.model.sim.JobModel;
import org.cpolens.model.sim.Part;
import org.cpolens.model.sim.ReliabilityInputs;
import org.cpolens.model.sim.ReliabilityResult;
import org.cpolens.model.sim.ReliabilitySimulator;
import org.cpolens.model.sim.RepairSpec;
import org.cpolens.model.sim.ServicePolicy;
import org.cpolens.model.units.Units;

/**
 * Views of a reliability run: the JSON whose camelCase keys are a public contract, the tables, the
 * report section, its sources and key figures.
 */
public final class ReliabilityViews {
    /** Chinese for {@link org.cpolens.model.sim.ReliabilitySimulator#MODEL_NOTES}, same order. */
    static final List<String> NOTES_ZH = List.of(
            "元件數量來自情境的網路架構：各層光學端點、各層鏈路、交換器、主機埠（每個主機埠一張網卡）。",
            "各類元件的故障彼此獨立並疊加（卜瓦松計數）；Weibull 形狀參數改變機群的故障率曲線，且假設更換件在期間內不再故障。",
            "故障中斷訓練工作的機率依層級而定：主機鏈路、網卡與葉層交換器用 interruptProbability，葉層以上用 fabricInterruptProbability。",
            "可插拔模組或外部雷射光源模組故障時熱插拔更換，只動到已斷線的鏈路；CPO 光引擎或內嵌雷射故障則須更換整台交換器，排空時健康鏈路也會中斷，工作再中斷一次（drainInterrupts）。",
            "每次中斷的代價是重啟時間加上自上次完成檢查點以來的工作；有效訓練時間比例（goodput）也扣除寫檢查點的時間；檢查點間隔為輸入值或依該架構中斷率的 Daly 最佳值。",
            "損失 GPU 小時 = (1 - goodput) x 期間 x 加速器數。",
            "備品數：以期望更換率計算一個補貨期內需求的卜瓦松分位數（服務水準）。");

    private ReliabilityViews() {
    }

    // ---- JSON

    public static Map<String, Object> json(ReliabilityResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", r.inputs().scenarioName());
        m.put("seed", r.seed());
        m.put("trials", r.trials());
        m.put("days", r.days());
        m.put("accelerators", r.inputs().accelerators());
        m.put("serviceLevel", r.inputs().service().serviceLevel().value());
        List<Map<String, Object>> archs = new ArrayList<>();
        for (ArchitectureReliability a : r.architectures()) {
            archs.add(architectureJson(a));
        }
        m.put("architectures", archs);
        List<Map<String, Object>> assumptions = new ArrayList<>();
        for (SourceEntry s : sources(r)) {
            if (s.status().equals(Status.ASSUMPTION.word())) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("figure", s.figure());
                x.put("value", s.value());
                x.put("unit", s.unit());
                x.put("source", s.source());
                x.put("note", s.note());
                assumptions.add(x);
            }
        }
        m.put("assumptions", assumptions);
        List<Map<String, Object>> fitted = new ArrayList<>(); // chosen to reproduce a published run
        for (SourceEntry s : sources(r)) {
            if (s.status().equals(Status.FITTED.word())) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("figure", s.figure());
                x.put("value", s.value());
                x.put("source", s.source());
                fitted.add(x);
            }
        }
        m.put("fitted", fitted);
        m.put("modelNotes", r.inputs().notes());
        return m;
    }

    private static Map<String, Object> architectureJson(ArchitectureReliability a) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("id", a.id());
        x.put("name", a.name());
        x.put("kind", a.kind().word());
        x.put("hotSwappable", a.hotSwappable());
        x.put("externalLaserSource", a.externalLaserSource());
        x.put("checkpointIntervalMinutes", intervalMinutes(a));
        x.put("interruptionsPerDay", round(a.interruptionsPerDay().mean()));
        x.put("goodput", round(a.goodput().mean()));
        x.put("lostGpuHours", round(a.lostGpuHours().mean()));
        x.put("partsReplacedPerYear", round(a.partsReplacedPerYear().mean()));
        x.put("technicianHoursPerYear", round(a.technicianHoursPerYear().mean()));
        Map<String, Object> spares = new LinkedHashMap<>();
        a.spares().forEach((p, n) -> spares.put(p.key(), n));
        spares.put("total", a.sparesTotal());
        x.put("sparesForServiceLevel", spares);
        x.put("switchAndCableInterruptions", round(a.switchAndCableInterruptions().mean()));
        x.put("nicInterruptions", round(a.nicInterruptions().mean()));
        Map<String, Object> parts = new LinkedHashMap<>();
        a.partsPerYear().forEach((p, e) -> parts.put(p.key(), round(e.mean())));
        x.put("partsReplacedPerYearByPart", parts);
        Map<String, Object> ci = new LinkedHashMap<>();
        ci.put("interruptionsPerDay", interval(a.interruptionsPerDay()));
        ci.put("goodput", interval(a.goodput()));
        ci.put("lostGpuHours", interval(a.lostGpuHours()));
        ci.put("partsReplacedPerYear", interval(a.partsReplacedPerYear()));
        ci.put("technicianHoursPerYear", interval(a.technicianHoursPerYear()));
        ci.put("switchAndCableInterruptions", interval(a.switchAndCableInterruptions()));
        x.put("ci95", ci);
        Map<String, Object> an = new LinkedHashMap<>();
        an.put("failuresPerDay", round(a.analytic().failuresPerDay()));
        an.put("interruptionsPerDay", round(a.analytic().interruptionsPerDay()));
        an.put("goodput", round(a.analytic().goodput()));
        an.put("lostGpuHours", round(a.analytic().lostGpuHours()));
        an.put("partsReplacedPerYear", round(a.analytic().partsReplacedPerYear()));
        an.put("technicianHoursPerYear", round(a.analytic().technicianHoursPerYear()));
        an.put("switchAndCableInterruptions", round(a.analytic().switchAndCableInterruptions()));
        an.put("nicInterruptions", round(a.analytic().nicInterruptions()));
        x.put("analytic", an);
        List<Map<String, Object>> comps = new ArrayList<>();
        for (ComponentClass c : a.components()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("id", c.id());
            cm.put("kind", c.kind().key());
            cm.put("part", c.part().key());
            cm.put("location", c.location());
            cm.put("count", c.count());
            cm.put("fit", round(c.fit()));
            cm.put("expectedFailuresPerYear", round(c.failuresPerHour() * Units.HOURS_PER_YEAR));
            comps.add(cm);
        }
        x.put("components", comps);
        return x;
    }

    /** Null when nothing interrupts the job (no checkpoint is ever worth writing). */
    private static Double intervalMinutes(ArchitectureReliability a) {
        double h = a.checkpointIntervalHours();
        return Double.isInfinite(h) ? null : round(h * 60);
    }

    private static List<Double> interval(Estimate e) {
        return List.of(round(e.lo()), round(e.hi()));
    }

    /** Six decimals keeps JSON short and byte-stable. */
    static double round(double v) {
        return Numbers.round6(v);
    }

    // ---- tables

    public static List<DataTable> tables(ReliabilityResult r) {
        return List.of(summaryTable(r), partsTable(r), componentsTable(r), assumptionsTable(r));
    }

    public static DataTable summaryTable(ReliabilityResult r) {
        List<Column> cols = List.of(
                Column.of("id", "Architecture", "架構", ""),
                Column.of("interruptionsPerDay", "Interruptions per day", "每日中斷次數", "1/d"),
                Column.of("interruptionsPerDayLo", "95% CI low", "95% 信賴下限", "1/d"),
                Column.of("interruptionsPerDayHi", "95% CI high", "95% 信賴上限", "1/d"),
                Column.of("interruptionsPerDayAnalytic", "Analytic", "解析期望值", "1/d"),
                Column.of("goodputPct", "Goodput", "有效訓練比例", "%"),
                Column.of("lostGpuHours", "Lost GPU-hours", "損失 GPU 小時", "GPU-h"),
                Column.of("partsReplacedPerYear", "Parts replaced per year", "每年更換零件", "1/yr"),
                Column.of("technicianHoursPerYear", "Technician hours per year", "每年技師工時", "h/yr"),
                Column.of("sparesForServiceLevel", "Spares for service level", "服務水準所需備品", ""),
                Column.of("checkpointIntervalMinutes", "Checkpoint interval", "檢查點間隔", "min"));
        List<List<Object>> rows = new ArrayList<>();
        for (ArchitectureReliability a : r.architectures()) {
            List<Object> row = new ArrayList<>();
            row.add(a.id());
            row.add(a.interruptionsPerDay().mean());
            row.add(a.interruptionsPerDay().lo());
            row.add(a.interruptionsPerDay().hi());
            row.add(a.analytic().interruptionsPerDay());
            row.add(a.goodput().mean() * 100);
            row.add(a.lostGpuHours().mean());
            row.add(a.partsReplacedPerYear().mean());
            row.add(a.technicianHoursPerYear().mean());
            row.add((long) a.sparesTotal());
            row.add(intervalMinutes(a));
            rows.add(row);
        }
        String d = fmt(r.days());
        return new DataTable("reliability", Text.of(
                "Reliability, scenario " + r.inputs().scenarioName() + ": seed " + r.seed() + ", " + r.trials()
                        + " trials x " + d + " days (lost GPU-hours over the " + d + " days)",
                "可靠度，情境 " + r.inputs().scenarioName() + "：亂數種子 " + r.seed() + "，" + r.trials() + " 次模擬 x "
                        + d + " 天（損失 GPU 小時為 " + d + " 天合計）"), cols, rows);
    }

    public static DataTable partsTable(ReliabilityResult r) {
        List<Column> cols = List.of(
                Column.of("architecture", "Architecture", "架構", ""),
                Column.of("part", "Part", "零件", ""),
                Column.of("perYear", "Replaced per year", "每年更換", "1/yr"),
                Column.of("perYearLo", "95% CI low", "95% 信賴下限", "1/yr"),
                Column.of("perYearHi", "95% CI high", "95% 信賴上限", "1/yr"),
                Column.of("perYearAnalytic", "Analytic", "解析期望值", "1/yr"),
                Column.of("spares", "Spares", "備品", ""),
                Column.of("resupplyDays", "Resupply", "補貨時間", "d"));
        List<List<Object>> rows = new ArrayList<>();
        for (ArchitectureReliability a : r.architectures()) {
            for (Map.Entry<Part, Estimate> e : a.partsPerYear().entrySet()) {
                Part p = e.getKey();
                rows.add(List.of(a.id(), Text.of(p.en(), p.zhTw()), e.getValue().mean(), e.getValue().lo(),
                        e.getValue().hi(), a.analytic().partsPerYear().get(p), (long) a.spares().get(p),
                        r.inputs().repair(p).resupplyDays().value()));
            }
        }
        return new DataTable("reliabilityParts", Text.of(
                "Parts and spares (service level " + pct(r.inputs().service().serviceLevel().value()) + ")",
                "零件與備品（服務水準 " + pct(r.inputs().service().serviceLevel().value()) + "）"), cols, rows);
    }

    public static DataTable componentsTable(ReliabilityResult r) {
        List<Column> cols = List.of(
                Column.of("architecture", "Architecture", "架構", ""),
                Column.of("component", "Component class", "元件類別", ""),
                Column.of("location", "Location", "位置", ""),
                Column.of("count", "Devices", "數量", ""),
                Column.of("fit", "Rate per device", "單件故障率", "FIT"),
                Column.of("failuresPerYear", "Expected failures per year", "每年期望故障", "1/yr"),
                Column.of("part", "Replaced part", "更換零件", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (ArchitectureReliability a : r.architectures()) {
            for (ComponentClass c : a.components()) {
                rows.add(List.of(a.id(), c.id(), c.location(), c.count(), c.fit(),
                        c.failuresPerHour() * Units.HOURS_PER_YEAR, Text.of(c.part().en(), c.part().zhTw())));
            }
        }
        return new DataTable("reliabilityComponents", Text.of("What can fail, counted from the fabric",
                "可能故障的元件（依網路架構計數）"), cols, rows);
    }

    public static DataTable assumptionsTable(ReliabilityResult r) {
        List<Column> cols = List.of(
                Column.of("figure", "Figure", "項目", ""),
                Column.of("value", "Value", "數值", ""),
                Column.of("unit", "Unit", "單位", ""),
                Column.of("status", "Status", "狀態", ""),
                Column.of("source", "Source", "來源", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (SourceEntry s : sources(r)) {
            rows.add(List.of(s.figure(), s.value(), s.unit(), s.status(), s.source()));
        }
        return new DataTable("reliabilityInputs", Text.of("Reliability inputs with source and status",
                "可靠度輸入值（含來源與狀態）"), cols, rows);
    }

    /** Every figure the run used, with source and status, for the sources appendix. */
    public static List<SourceEntry> sources(ReliabilityResult r) {
        ReliabilityInputs in = r.inputs();
        List<SourceEntry> out = new ArrayList<>();
        for (FailureMode m : in.failureModes().values().stream()
                .sorted(java.util.Comparator.comparing(FailureMode::kind)).toList()) {
            add(out, "reliability.failureModes." + m.kind().key() + ".fit", m.fit());
            add(out, "reliability.failureModes." + m.kind().key() + ".weibullShape", m.weibullShape());
        }
        for (Part p : Part.values()) {
            RepairSpec s = in.repair(p);
            add(out, "reliability.repairs." + p.key() + ".repairHours", s.repairHours());
            add(out, "reliability.repairs." + p.key() + ".technicianHours", s.technicianHours());
            add(out, "reliability.repairs." + p.key() + ".resupplyDays", s.resupplyDays());
        }
        JobModel j = in.job();
        add(out, "reliability.job.interruptProbability", j.interruptProbability());
        add(out, "reliability.job.fabricInterruptProbability", j.fabricInterruptProbability());
        add(out, "reliability.job.restartHours", j.restartHours());
        add(out, "reliability.job.checkpointWriteHours", j.checkpointWriteHours());
        j.checkpointIntervalHours().ifPresent(f -> add(out, "reliability.job.checkpointIntervalHours", f));
        add(out, "reliability.job.otherInterruptionsPerDay", j.otherInterruptionsPerDay());
        ServicePolicy s = in.service();
        add(out, "reliability.service.responseHours", s.responseHours());
        add(out, "reliability.service.serviceLevel", s.serviceLevel());
        add(out, "reliability.service.fleetAgeHours", s.fleetAgeHours());
        for (OpticsArchitecture a : in.architectures()) {
            if (!a.hotSwappable()) {
                add(out, a.id() + ".engineGbps", a.figure(ArchitectureFigure.ENGINE_GBPS));
            }
            add(out, a.id() + ".lasersPerPort", a.figure(ArchitectureFigure.LASERS_PER_PORT));
            add(out, a.id() + ".portsPerLaserModule", a.figure(ArchitectureFigure.PORTS_PER_LASER_MODULE));
        }
        return out;
    }

    private static void add(List<SourceEntry> out, String name, Figure f) {
        out.add(new SourceEntry(name, Tables.plain(f.value()), f.unit(), f.source(), f.status().word(), f.note()));
    }

    static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    static String pct(double fraction) {
        return Tables.plain(Math.round(fraction * 10000) / 100.0) + "%";
    }
}
