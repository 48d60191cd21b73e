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
import org.cpolens.model.sim.EngineRateSensitivity;
import org.cpolens.model.sim.FaultKind;
import org.cpolens.model.sim.FieldExposure;
import org.cpolens.model.sim.FlapRate;
import org.cpolens.model.sim.LinkFlapClass;
import org.cpolens.model.sim.LinkFlapModel;
import org.cpolens.model.sim.LinkFlaps;
import org.cpolens.model.sim.RateEstimate;
import org.cpolens.model.sim.ReliabilityCosts;
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
            "可插拔模組或外部雷射光源模組故障時在交換器運作中熱插拔更換，只動到已斷線的鏈路（不中斷）；CPO 光引擎或內嵌雷射故障須更換整台交換器，近封裝或板載光引擎故障須開機殼更換引擎模組：兩者排空時健康鏈路也會中斷，工作再中斷一次（drainInterrupts）。",
            "光引擎故障率以每 Gb/s 引擎容量計，因此同一引擎在任何埠速下故障率相同；若來自零故障的現場資料，它是上限值，結果也列出它的各個比例下的數值。",
            "鏈路抖動（flap）是獨立的事件類別：光學端點的鏈路斷線後自行重新訓練，沒有零件故障；它以 stopProbability 乘以所在層級的機率中斷工作，否則工作只停頓恢復時間、不損失進度。不耗零件、不需技師。",
            "每次中斷的代價是重啟時間加上自上次完成檢查點以來的工作；有效訓練時間比例（goodput）也扣除寫檢查點的時間；檢查點間隔為輸入值或依該架構中斷率的 Daly 最佳值。",
            "損失 GPU 小時 = (1 - goodput) x 期間 x 加速器數；成本表以每年計，並列出技師工時、零件、備品，以及有價格之零件的金額。",
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
        m.put("engineRate", engineRateJson(r));
        m.put("engineRateSensitivity", r.engineRateSensitivity().map(ReliabilityViews::sensitivityJson).orElse(null));
        m.put("linkFlapModel", flapModelJson(r));
        List<Map<String, Object>> basis = new ArrayList<>();
        for (RateRow row : rateBasis(r)) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("rate", row.name());
            x.put("value", round(row.value()));
            x.put("unit", row.unit());
            x.put("basis", row.basis());
            x.put("source", row.source());
            basis.add(x);
        }
        m.put("rateBasis", basis);
        return m;
    }

    /** The optical-engine rate in use, what it is, and what it makes of each compared engine. */
    static Map<String, Object> engineRateJson(ReliabilityResult r) {
        FailureMode e = r.inputs().mode(FaultKind.OPTICAL_ENGINE);
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("fitPerGbps", round(e.fit().value()));
        x.put("unit", e.fit().unit());
        x.put("basis", e.basis());
        x.put("status", e.fit().status().word());
        x.put("source", e.fit().source());
        e.bound().ifPresent(b -> {
            x.put("confidence", b.confidence());
            x.put("exposure", round(b.exposure()));
            x.put("failures", b.failures());
        });
        List<Map<String, Object>> per = new ArrayList<>();
        for (ArchitectureReliability a : r.architectures()) {
            for (ComponentClass c : a.components()) {
                if (c.kind() == FaultKind.OPTICAL_ENGINE) {
                    Map<String, Object> y = new LinkedHashMap<>();
                    y.put("architecture", a.id());
                    y.put("component", c.id());
                    y.put("engines", c.count());
                    y.put("fitPerEngine", round(c.fit()));
                    y.put("engineGbps", round(c.fit() / e.fit().value()));
                    y.put("basis", c.rateBasis());
                    per.add(y);
                }
            }
        }
        x.put("perEngine", per);
        List<Map<String, Object>> alt = new ArrayList<>();
        for (FieldExposure fe : r.inputs().settings().fieldExposures()) {
            double c = e.bound().map(RateEstimate::confidence).orElse(0.95);
            RateEstimate b = fe.fitPerGbps(c);
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("exposure", fe.id());
            y.put("exposurePortHours", round(fe.exposurePortHours().value()));
            y.put("failures", (long) fe.failures().value());
            y.put("status", fe.exposurePortHours().status().word());
            y.put("basis", b.label());
            y.put("fitPerGbps", round(b.value()));
            y.put("fitPer6400GEngine", round(b.value() * 6400));
            alt.add(y);
        }
        x.put("fromEachExposure", alt);
        return x;
    }

    static Map<String, Object> sensitivityJson(EngineRateSensitivity s) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("engineRateFitPerGbps", round(s.engineRate().fit().value()));
        x.put("basis", s.engineRate().basis());
        x.put("factors", s.factors());
        List<Map<String, Object>> pts = new ArrayList<>();
        for (EngineRateSensitivity.Point p : s.points()) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("factor", p.factor());
            y.put("architecture", p.architectureId());
            y.put("interruptionsPerDay", round(p.interruptionsPerDay().mean()));
            y.put("interruptionsPerDayAnalytic", round(p.analyticInterruptionsPerDay()));
            y.put("interruptionRatioToBaseline", round(p.interruptionRatio()));
            y.put("switchReplacementsPerYear", round(p.switchReplacementsPerYear().mean()));
            y.put("goodput", round(p.goodput().mean()));
            y.put("lostAcceleratorHoursPerYear", round(p.lostAcceleratorHoursPerYear().mean()));
            Map<String, Object> ci = new LinkedHashMap<>();
            ci.put("interruptionsPerDay", interval(p.interruptionsPerDay()));
            ci.put("goodput", interval(p.goodput()));
            y.put("ci95", ci);
            pts.add(y);
        }
        x.put("points", pts);
        List<Map<String, Object>> be = new ArrayList<>();
        for (EngineRateSensitivity.BreakEven b : s.breakEvens()) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("architecture", b.architectureId());
            y.put("factor", round(b.factor()));
            y.put("reading", b.reading());
            be.add(y);
        }
        x.put("breakEven", be);
        return x;
    }

    static Map<String, Object> flapModelJson(ReliabilityResult r) {
        LinkFlapModel f = r.inputs().flaps();
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("stopProbability", round(f.stopProbability().value()));
        x.put("jobEffect", f.jobEffect());
        x.put("recoverySeconds", round(f.recoverySeconds().value()));
        x.put("blastRadiusLinks", LinkFlapModel.BLAST_RADIUS_LINKS);
        List<Map<String, Object>> rates = new ArrayList<>();
        for (FlapRate fr : f.rates().values()) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("family", fr.family().word());
            y.put("fitPerGbps", round(fr.fitPerGbps().value()));
            y.put("basis", fr.basis());
            y.put("source", fr.fitPerGbps().source());
            rates.add(y);
        }
        x.put("rates", rates);
        return x;
    }

    /** One rate the run uses and what it is: an upper bound, fitted, assumed, or as its source states it. */
    public record RateRow(String name, double value, String unit, String basis, String source) {
    }

    /** Every rate and probability that drives the results, with its basis word. */
    public static List<RateRow> rateBasis(ReliabilityResult r) {
        ReliabilityInputs in = r.inputs();
        List<RateRow> out = new ArrayList<>();
        for (FaultKind k : FaultKind.values()) {
            FailureMode m = in.mode(k);
            out.add(new RateRow("failureModes." + k.key(), m.fit().value(), m.fit().unit(), m.basis(), m.fit().source()));
            m.mttfFactors().forEach((fam, f) -> out.add(new RateRow("failureModes." + k.key() + ".mttfFactors."
                    + fam.word(), f.value(), "x", f.status().word(), f.source())));
        }
        for (FlapRate fr : in.flaps().rates().values()) {
            out.add(new RateRow("linkFlaps.rates." + fr.family().word(), fr.fitPerGbps().value(), fr.fitPerGbps().unit(),
                    fr.basis(), fr.fitPerGbps().source()));
        }
        JobModel j = in.job();
        out.add(new RateRow("job.interruptProbability", j.interruptProbability().value(), "",
                j.interruptProbability().status().word(), j.interruptProbability().source()));
        out.add(new RateRow("job.fabricInterruptProbability", j.fabricInterruptProbability().value(), "",
                j.fabricInterruptProbability().status().word(), j.fabricInterruptProbability().source()));
        out.add(new RateRow("linkFlaps.stopProbability", in.flaps().stopProbability().value(), "",
                in.flaps().stopProbability().status().word(), in.flaps().stopProbability().source()));
        return out;
    }

    /** How many of the rates are bounds, fitted and assumed, for the section's sentence. */
    static int[] basisCounts(List<RateRow> rows) {
        int[] n = new int[4];
        for (RateRow row : rows) {
            if (row.basis().startsWith(RateEstimate.Kind.UPPER_BOUND.word())) {
                n[0]++;
            } else if (row.basis().equals(Status.FITTED.word())) {
                n[1]++;
            } else if (row.basis().equals(Status.ASSUMPTION.word())) {
                n[2]++;
            } else {
                n[3]++;
            }
        }
        return n;
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
            cm.put("rateBasis", c.rateBasis());
            cm.put("repair", c.repair().key());
            comps.add(cm);
        }
        x.put("components", comps);
        x.put("linkFlaps", flapsJson(a.linkFlaps()));
        x.put("costs", costsJson(a.costs()));
        return x;
    }

    private static Map<String, Object> flapsJson(LinkFlaps f) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("flapsPerDay", round(f.flapsPerDay().mean()));
        x.put("interruptionsPerDay", round(f.interruptionsPerDay().mean()));
        x.put("stallHoursPerYear", round(f.stallHoursPerYear().mean()));
        x.put("analyticFlapsPerDay", round(f.analyticFlapsPerDay()));
        x.put("interruptionsPerDayIfEveryFlapStops", round(f.analyticInterruptionsPerDayIfAllStop()));
        Map<String, Object> ci = new LinkedHashMap<>();
        ci.put("flapsPerDay", interval(f.flapsPerDay()));
        ci.put("interruptionsPerDay", interval(f.interruptionsPerDay()));
        x.put("ci95", ci);
        List<Map<String, Object>> cls = new ArrayList<>();
        for (LinkFlapClass c : f.classes()) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("id", c.id());
            y.put("family", c.family().word());
            y.put("location", c.location());
            y.put("fabricLevel", c.fabricLevel());
            y.put("ends", c.ends());
            y.put("portGbps", round(c.portGbps()));
            y.put("flapsPer1e9HoursPerEnd", round(c.fitPerEnd()));
            y.put("rateBasis", c.rateBasis());
            y.put("expectedFlapsPerYear", round(c.flapsPerHour() * Units.HOURS_PER_YEAR));
            cls.add(y);
        }
        x.put("classes", cls);
        return x;
    }

    /** The record the TCO reads, as JSON: units always, dollars only where the part is priced. */
    static Map<String, Object> costsJson(ReliabilityCosts c) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("lostAcceleratorHoursPerYear", round(c.lostAcceleratorHoursPerYear()));
        x.put("technicianHoursPerYear", round(c.technicianHoursPerYear()));
        Map<String, Object> parts = new LinkedHashMap<>();
        c.partsPerYear().forEach((p, v) -> parts.put(p.key(), round(v)));
        x.put("partsPerYear", parts);
        Map<String, Object> spares = new LinkedHashMap<>();
        c.sparesHeld().forEach((p, v) -> spares.put(p.key(), v));
        x.put("sparesHeld", spares);
        Map<String, Object> prices = new LinkedHashMap<>();
        c.prices().forEach((p, f) -> {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("usd", round(f.value()));
            y.put("status", f.status().word());
            y.put("source", f.source());
            prices.put(p.key(), y);
        });
        x.put("partPrices", prices);
        Map<String, Object> usd = new LinkedHashMap<>();
        c.partsPerYear().keySet().forEach(p -> c.partsUsdPerYear(p).ifPresent(v -> usd.put(p.key(), round(v))));
        x.put("partsUsdPerYear", usd);
        Map<String, Object> sparesUsd = new LinkedHashMap<>();
        c.sparesHeld().keySet().forEach(p -> c.sparesUsd(p).ifPresent(v -> sparesUsd.put(p.key(), round(v))));
        x.put("sparesUsd", sparesUsd);
        x.put("pricedPartsUsdPerYear", round(c.pricedPartsUsdPerYear()));
        x.put("pricedSparesUsd", round(c.pricedSparesUsd()));
        x.put("unpricedParts", c.unpricedParts().stream().map(Part::key).toList());
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
        List<DataTable> out = new ArrayList<>(List.of(summaryTable(r), partsTable(r), componentsTable(r), costsTable(r),
                flapsTable(r)));
        r.engineRateSensitivity().ifPresent(s -> out.add(sensitivityTable(r, s)));
        out.add(rateBasisTable(r));
        out.add(assumptionsTable(r));
        return out;
    }

    public static DataTable rateBasisTable(ReliabilityResult r) {
        List<Column> cols = List.of(
                Column.of("rate", "Rate", "故障率／機率", ""),
                Column.of("value", "Value", "數值", ""),
                Column.of("unit", "Unit", "單位", ""),
                Column.of("basis", "Basis", "依據", ""),
                Column.of("source", "Source", "來源", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (RateRow row : rateBasis(r)) {
            rows.add(List.of(row.name(), row.value(), row.unit(), Text.of(row.basis(), basisZh(row.basis())), row.source()));
        }
        return new DataTable("reliabilityRateBasis", Text.of(
                "Which rates are upper bounds, fitted or assumed",
                "哪些故障率是上限值、擬合值或假設值"), cols, rows);
    }

    /** The basis word in Chinese: "upper bound (95%)" -> "上限值（95%）", status words by their meaning. */
    static String basisZh(String basis) {
        String ub = RateEstimate.Kind.UPPER_BOUND.word();
        if (basis.startsWith(ub)) {
            String rest = basis.substring(ub.length()).trim();
            String pct = rest.startsWith("(") ? rest.substring(1, rest.indexOf(')')) : "";
            String tail = rest.contains(")") ? rest.substring(rest.indexOf(')') + 1).trim() : rest;
            String assumed = "of co-packaged field data, assumed for ";
            if (tail.startsWith(assumed)) { // the co-packaged bound carried over to another family
                String family = tail.substring(assumed.length());
                tail = "，取自共同封裝現場數據，套用於 " + org.cpolens.model.catalog.ArchitectureKind.fromWord(family)
                        .map(org.cpolens.model.catalog.ArchitectureKind::zhTw).orElse(family);
                return "上限值" + (pct.isEmpty() ? "" : "（" + pct + "）") + tail;
            }
            return "上限值" + (pct.isEmpty() ? "" : "（" + pct + "）") + (tail.isEmpty() ? "" : " " + tail);
        }
        return switch (basis) {
            case "stated" -> "來源明載";
            case "secondary" -> "二手來源";
            case "reconstructed" -> "重建推算";
            case "assumption" -> "假設";
            case "fitted" -> "擬合";
            default -> basis;
        };
    }

    public static DataTable sensitivityTable(ReliabilityResult r, EngineRateSensitivity s) {
        List<Column> cols = List.of(
                Column.of("factor", "Engine rate factor", "光引擎故障率倍數", "x"),
                Column.of("fitPerGbps", "Engine rate", "光引擎故障率", "FIT per Gb/s"),
                Column.of("architecture", "Architecture", "架構", ""),
                Column.of("interruptionsPerDay", "Interruptions per day", "每日中斷次數", "1/d"),
                Column.of("ratio", "Ratio to baseline", "相對基準的倍數", "x"),
                Column.of("switchReplacementsPerYear", "Switch replacements per year", "每年更換交換器", "1/yr"),
                Column.of("goodputPct", "Goodput", "有效訓練比例", "%"),
                Column.of("lostPerYear", "Lost accelerator-hours per year", "每年損失加速器小時", "h/yr"));
        List<List<Object>> rows = new ArrayList<>();
        String base = r.architectures().get(0).id();
        for (EngineRateSensitivity.Point p : s.points()) {
            // the baseline and the architectures that move with the rate; the JSON keeps every one
            if (!p.architectureId().equals(base)
                    && s.breakEvens().stream().noneMatch(b -> b.architectureId().equals(p.architectureId()))) {
                continue;
            }
            List<Object> row = new ArrayList<>();
            row.add(p.factor());
            row.add(p.factor() * s.engineRate().fit().value());
            row.add(p.architectureId());
            row.add(p.interruptionsPerDay().mean());
            row.add(Double.isNaN(p.interruptionRatio()) ? null : p.interruptionRatio());
            row.add(p.switchReplacementsPerYear().mean());
            row.add(p.goodput().mean() * 100);
            row.add(p.lostAcceleratorHoursPerYear().mean());
            rows.add(row);
        }
        boolean bound = s.engineRate().bound().isPresent();
        return new DataTable("reliabilityEngineRate", Text.of(
                "Sensitivity to the optical-engine rate (" + s.engineRate().basis() + " = 1x"
                        + (bound ? "; the true rate lies below" : "") + "), seed " + r.seed() + ", " + r.trials()
                        + " trials per point",
                "對光引擎故障率的敏感度（" + basisZh(s.engineRate().basis()) + " = 1x" + (bound ? "；真實值低於此" : "")
                        + "），亂數種子 " + r.seed() + "，每點 " + r.trials() + " 次模擬"), cols, rows);
    }

    public static DataTable flapsTable(ReliabilityResult r) {
        List<Column> cols = List.of(
                Column.of("architecture", "Architecture", "架構", ""),
                Column.of("flapsPerDay", "Link flaps per day", "每日鏈路抖動", "1/d"),
                Column.of("basis", "Rate basis", "故障率依據", ""),
                Column.of("interruptionsPerDay", "Interruptions per day from flaps", "每日因抖動中斷", "1/d"),
                Column.of("ifAllStop", "If every flap stopped the job", "若每次抖動都中斷", "1/d"),
                Column.of("stallHoursPerYear", "Job stall hours per year", "每年工作停頓時數", "h/yr"),
                Column.of("jobEffect", "Job effect", "對工作的影響", ""),
                Column.of("recoverySeconds", "Recovery", "恢復時間", "s"),
                Column.of("blastRadius", "Blast radius", "影響範圍", "links"));
        List<List<Object>> rows = new ArrayList<>();
        LinkFlapModel m = r.inputs().flaps();
        for (ArchitectureReliability a : r.architectures()) {
            LinkFlaps f = a.linkFlaps();
            String basis = String.join("; ", f.classes().stream().map(c -> c.family().word() + ": " + c.rateBasis())
                    .distinct().toList());
            String basisZh = String.join("；", f.classes().stream().map(c -> c.family().zhTw() + "：" + basisZh(c.rateBasis()))
                    .distinct().toList());
            List<Object> row = new ArrayList<>();
            row.add(a.id());
            row.add(f.flapsPerDay().mean());
            row.add(Text.of(basis, basisZh));
            row.add(f.interruptionsPerDay().mean());
            row.add(f.analyticInterruptionsPerDayIfAllStop());
            row.add(f.stallHoursPerYear().mean());
            row.add(Text.of(m.jobEffect(), jobEffectZh(m)));
            row.add(m.recoverySeconds().value());
            row.add((long) LinkFlapModel.BLAST_RADIUS_LINKS);
            rows.add(row);
        }
        return new DataTable("reliabilityLinkFlaps", Text.of("Link flaps and soft failures (no part fails)",
                "鏈路抖動與軟性故障（無零件故障）"), cols, rows);
    }

    static String jobEffectZh(LinkFlapModel m) {
        double p = m.stopProbability().value();
        return p == 0 ? "僅降速（停頓）" : p == 1 ? "中斷" : "以機率 " + Tables.plain(p) + " 中斷";
    }

    public static DataTable costsTable(ReliabilityResult r) {
        List<Column> cols = List.of(
                Column.of("architecture", "Architecture", "架構", ""),
                Column.of("lostAcceleratorHoursPerYear", "Lost accelerator-hours per year", "每年損失加速器小時", "h/yr"),
                Column.of("technicianHoursPerYear", "Technician hours per year", "每年技師工時", "h/yr"),
                Column.of("partsPerYear", "Parts per year", "每年零件", "1/yr"),
                Column.of("spares", "Spares held", "備品", ""),
                Column.of("pricedPartsUsdPerYear", "Priced parts per year", "已定價零件年費用", "USD/yr"),
                Column.of("pricedSparesUsd", "Priced spares", "已定價備品", "USD"),
                Column.of("unpriced", "Unpriced parts", "未定價零件", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (ArchitectureReliability a : r.architectures()) {
            ReliabilityCosts c = a.costs();
            double parts = c.partsPerYear().values().stream().mapToDouble(Double::doubleValue).sum();
            List<Object> row = new ArrayList<>();
            row.add(a.id());
            row.add(c.lostAcceleratorHoursPerYear());
            row.add(c.technicianHoursPerYear());
            row.add(parts);
            row.add((long) a.sparesTotal());
            row.add(c.pricedPartsUsdPerYear());
            row.add(c.pricedSparesUsd());
            row.add(Text.of(String.join(", ", c.unpricedParts().stream().map(Part::en).toList()),
                    String.join("、", c.unpricedParts().stream().map(Part::zhTw).toList())));
            rows.add(row);
        }
        return new DataTable("reliabilityCosts", Text.of(
                "Costs per year, for the TCO: dollars only for parts with a catalog price",
                "每年成本（供 TCO 使用）：僅有目錄價格的零件列出金額"), cols, rows);
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
                Column.of("part", "Replaced part", "更換零件", ""),
                Column.of("repair", "Repair", "維修方式", ""),
                Column.of("rateBasis", "Rate basis", "故障率依據", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (ArchitectureReliability a : r.architectures()) {
            for (ComponentClass c : a.components()) {
                rows.add(List.of(a.id(), c.id(), c.location(), c.count(), c.fit(),
                        c.failuresPerHour() * Units.HOURS_PER_YEAR, Text.of(c.part().en(), c.part().zhTw()),
                        Text.of(c.repair().en(), c.repair().zhTw()), Text.of(c.rateBasis(), basisZh(c.rateBasis()))));
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
        in.mode(FaultKind.OPTICAL_ENGINE).bound().ifPresent(b -> add(out, "reliability.failureModes.opticalEngine.confidence",
                Figure.of(b.confidence(), "", "the confidence of the engine rate's upper bound", Status.ASSUMPTION)));
        for (FailureMode m : in.failureModes().values()) {
            m.mttfFactors().forEach((fam, f) -> add(out, "reliability.failureModes." + m.kind().key() + ".mttfFactors."
                    + fam.word(), f));
        }
        LinkFlapModel flaps = in.flaps();
        add(out, "reliability.linkFlaps.stopProbability", flaps.stopProbability());
        add(out, "reliability.linkFlaps.recoverySeconds", flaps.recoverySeconds());
        for (FlapRate fr : flaps.rates().values()) {
            add(out, "reliability.linkFlaps.rates." + fr.family().word() + ".fitPerGbps", fr.fitPerGbps());
        }
        in.settings().partPrices().forEach((p, f) -> add(out, "reliability.partPrices." + p.key(), f));
        for (OpticsArchitecture a : in.architectures()) {
            add(out, a.id() + ".costPerPortUsd", a.figure(ArchitectureFigure.COST_PER_PORT_USD));
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
