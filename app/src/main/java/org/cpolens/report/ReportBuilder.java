package org.cpolens.report;

import org.cpolens.model.units.Numbers;
import org.cpolens.model.units.Units;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpolens.model.pipeline.AnalysisResult;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.Risk;
import org.cpolens.model.eval.ArchitectureResult;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.eval.InterconnectEvaluator;
import org.cpolens.model.eval.Sensitivity;
import org.cpolens.model.eval.BomLine;
import org.cpolens.model.eval.OpticsLayer;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.report.KeyFigures.KeyFigure;

/**
 * Assembles the report of {@code cpolens analyze} from the engine's output. The interconnect
 * sections (summary, comparison, watts, sensitivity, risks, sources) are built here; the market,
 * supply, signals and reliability models contribute theirs with one call each:
 *
 * <pre>{@code
 * ReportBuilder b = ReportBuilder.of(evaluation, seed);
 * b.add(MarketViews.section(...), marketSources, marketKeyFigures);   // placed by its id
 * ReportModel report = b.build();
 * }</pre>
 *
 * Sections are ordered by {@link #SECTION_ORDER} whatever the order of the calls; contributed key
 * figures join the executive summary and summary.json, and contributed sources the appendix.
 */
public final class ReportBuilder {
    /** Reading order of section ids. A contributed id not listed here goes just before "risks". */
    public static final List<String> SECTION_ORDER = List.of("summary", "comparison", "watts", "sensitivity",
            "market", "supply", "signals", "reliability", "risks", "sources");

    /** The one-at-a-time move the sensitivity section applies to each figure. */
    public static final double SENSITIVITY_FRACTION = 0.20;

    private final Evaluation evaluation;
    private final InterconnectEvaluator evaluator;
    private final List<Risk> risks;
    private final long seed;
    private final Map<String, Section> contributed = new LinkedHashMap<>();
    private final List<SourceEntry> contributedSources = new ArrayList<>();
    private final List<KeyFigure> contributedFigures = new ArrayList<>();
    private final List<KeyFigure> leadFigures = new ArrayList<>();

    public ReportBuilder(InterconnectEvaluator evaluator, Evaluation evaluation, List<Risk> risks, long seed) {
        this.evaluator = evaluator;
        this.evaluation = evaluation;
        this.risks = List.copyOf(risks);
        this.seed = seed;
    }

    /** The report of one pipeline run: the interconnect sections, then every stage the run has. */
    public static ReportBuilder of(AnalysisResult run, List<Risk> risks) {
        ReportBuilder b = new ReportBuilder(InterconnectEvaluator.standard(), run.evaluation(), risks, run.seed());
        run.market().ifPresent(m -> b.add(MarketViews.section(m), MarketViews.sources(m), MarketViews.keyFigures(m)));
        run.supply().ifPresent(x -> b.add(SupplyViews.section(x.chain(), x.exposure()),
                SupplyViews.sources(x.chain(), x.exposure()), List.of()));
        run.signals().ifPresent(x -> b.add(SignalsViews.section(x), SignalsViews.sources(x), List.of()));
        run.reliability().ifPresent(r -> b.add(ReliabilityViews.section(r), ReliabilityViews.sources(r),
                ReliabilityViews.keyFigures(r)));
        return b;
    }

    /**
     * Adds a section another model built.
     *
     * @param section    placed by its id in {@link #SECTION_ORDER}; ids must be unique
     * @param sources    figures the section used, for the appendix
     * @param keyFigures numbers for summary.json (unique keys); the first one, the section's lead, also
     *                   joins the executive summary, which stays a handful of numbers
     */
    public ReportBuilder add(Section section, List<SourceEntry> sources, List<KeyFigure> keyFigures) {
        String id = section.id();
        if (OWN_SECTIONS.contains(id) || contributed.containsKey(id)) {
            throw new IllegalArgumentException("the report already has a section '" + id + "'");
        }
        contributed.put(id, section);
        contributedSources.addAll(sources);
        contributedFigures.addAll(keyFigures);
        if (!keyFigures.isEmpty()) {
            leadFigures.add(keyFigures.get(0));
        }
        return this;
    }

    private static final Set<String> OWN_SECTIONS = Set.of("summary", "comparison", "watts", "sensitivity", "risks",
            "sources");

    public ReportModel build() {
        ArchitectureResult target = target(evaluation);
        List<KeyFigure> figures = new ArrayList<>(headline(evaluation));
        Set<String> keys = new LinkedHashSet<>();
        for (KeyFigure f : figures) {
            keys.add(f.key());
        }
        for (KeyFigure f : contributedFigures) {
            if (!keys.add(f.key())) {
                throw new IllegalArgumentException("key figure '" + f.key() + "' is contributed twice");
            }
            figures.add(f);
        }
        Sensitivity.Result sensitivity = Sensitivity.oneAtATime(evaluator, evaluation, target.id(), SENSITIVITY_FRACTION);
        List<SourceEntry> sources = sources();

        Map<String, Section> byId = new LinkedHashMap<>();
        List<KeyFigure> executive = new ArrayList<>(headline(evaluation));
        executive.addAll(leadFigures);
        byId.put("summary", summary(executive, target));
        byId.put("comparison", comparison());
        byId.put("watts", watts());
        byId.put("sensitivity", sensitivity(sensitivity));
        byId.putAll(contributed);
        byId.put("risks", risks(target));
        byId.put("sources", sourcesSection(sources));

        List<Section> ordered = new ArrayList<>();
        for (String id : SECTION_ORDER) {
            if (id.equals("risks")) {
                for (Map.Entry<String, Section> e : contributed.entrySet()) {
                    if (!SECTION_ORDER.contains(e.getKey())) {
                        ordered.add(e.getValue());
                    }
                }
            }
            if (byId.containsKey(id)) {
                ordered.add(byId.get(id));
            }
        }

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("scenario", evaluation.interconnect().name());
        summary.put("seed", seed);
        summary.put("baselineArchitecture", evaluation.baseline().id());
        summary.put("cpoArchitecture", target.id());
        for (KeyFigure f : figures) {
            summary.put(f.key(), jsonNumber(f.value()));
        }
        return new ReportModel(evaluation.interconnect().name(), seed, ordered, sources, summary);
    }

    /**
     * The interconnect's headline as JSON: the first keys of summary.json and the {@code headline}
     * of the dashboard's {@code /api/compare}, so both show the same numbers.
     */
    public static Map<String, Object> headlineJson(Evaluation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("baselineArchitecture", e.baseline().id());
        m.put("cpoArchitecture", target(e).id());
        for (KeyFigure f : headline(e)) {
            m.put(f.key(), jsonNumber(f.value()));
        }
        return m;
    }

    /**
     * Whole numbers (counts) as JSON integers, others rounded to 6 decimals and written in plain
     * notation (never 1.68E8), so the bytes are stable and any JSON reader takes them.
     */
    static Object jsonNumber(double v) {
        return Numbers.json(v);
    }

    // ---- headline

    /** The architecture the report sets against the baseline: the first CPO, else the last listed. */
    public static ArchitectureResult target(Evaluation e) {
        return e.studied();
    }

    /**
     * The interconnect's headline figures: what summary.json, the executive summary and the
     * dashboard show. Savings are of optics power (switch power before optics is the same for both).
     */
    public static List<KeyFigure> headline(Evaluation e) {
        ArchitectureResult base = e.baseline();
        ArchitectureResult t = target(e);
        OpticsArchitecture baseArch = base.architecture();
        OpticsArchitecture tArch = t.architecture();
        double saved = base.opticsPowerKw() - t.opticsPowerKw();
        double percent = base.opticsPowerKw() == 0 ? 0 : 100.0 * saved / base.opticsPowerKw();
        List<KeyFigure> out = new ArrayList<>();
        out.add(new KeyFigure("baselineOpticsPowerKw",
                Text.of("Optics power, " + base.id(), "光學功耗(" + base.id() + ")"), base.opticsPowerKw(), "kW",
                fmt("%,d modules x %s W: %s", base.opticalModules(), num(baseArch.figure(ArchitectureFigure.SWITCH_PORT_WATTS).value()),
                        baseArch.figure(ArchitectureFigure.SWITCH_PORT_WATTS).source()), "computed"));
        out.add(new KeyFigure("cpoOpticsPowerKw",
                Text.of("Optics power, " + t.id(), "光學功耗(" + t.id() + ")"), t.opticsPowerKw(), "kW",
                fmt("%,d switch-side ports x %s W: %s; %,d host-side modules stay %s", t.switchSidePorts(),
                        num(tArch.figure(ArchitectureFigure.SWITCH_PORT_WATTS).value()), tArch.figure(ArchitectureFigure.SWITCH_PORT_WATTS).source(), t.hostSideModules(),
                        base.id()), "computed"));
        out.add(new KeyFigure("opticsPowerSavedKw", Text.of("Optics power saved", "節省的光學功耗"), saved, "kW",
                "model output: the two figures above", "computed"));
        out.add(new KeyFigure("opticsPowerSavedPercent", Text.of("Share of optics power saved", "光學功耗節省比例"), percent, "%",
                "model output: saved / baseline optics power", "computed"));
        if (t.extraAcceleratorsAtSamePower() >= 0) {
            out.add(new KeyFigure("extraAcceleratorsAtSamePower",
                    Text.of("Extra accelerators the saved power feeds", "省下電力可多供電的加速器"),
                    t.extraAcceleratorsAtSamePower(), "",
                    fmt("model output: saved network power / %s W per accelerator (scenario %s)",
                            num(e.interconnect().cluster().wattsPerAccelerator()), e.interconnect().name()), "computed"));
        }
        return out;
    }

    private Section summary(List<KeyFigure> figures, ArchitectureResult t) {
        Evaluation e = evaluation;
        ArchitectureResult base = e.baseline();
        double hostShare = t.opticsPowerKw() == 0 ? 0 : 100.0 * t.hostOpticsW() / t.opticsPowerW();
        String en = fmt("Scenario %s: %,d endpoints at %s Gb/s (%,d accelerators) on a %d-tier folded Clos of %,d %s "
                        + "switches. With %s the optics take %s kW; with %s, %s kW. %s replaces the %,d switch-side ends "
                        + "only: the %,d host-side modules stay %s and take %s kW, %s%% of what remains.",
                e.interconnect().name(), e.fabric().endpoints(), num(e.interconnect().cluster().endpointGbps()),
                e.interconnect().cluster().accelerators(), e.fabric().tierCount(), e.fabric().switchCount(),
                e.interconnect().switchSystem().id(), base.id(), Tables.display(base.opticsPowerKw(), "en"), t.id(),
                Tables.display(t.opticsPowerKw(), "en"), t.id(), t.switchSidePorts(), t.hostSideModules(), base.id(),
                Tables.display(Units.kilowatts(t.hostOpticsW()), "en"), Tables.display(hostShare, "en"));
        String zh = fmt("情境 %s:%,d 個 %s Gb/s 端點(%,d 顆加速器),%d 層 folded Clos,共 %,d 台 %s 交換器。"
                        + "採用 %s 時光學功耗為 %s kW;採用 %s 時為 %s kW。%s 只取代 %,d 個交換器端埠:"
                        + "%,d 個主機端模組仍為 %s,耗電 %s kW,占剩餘光學功耗的 %s%%。",
                e.interconnect().name(), e.fabric().endpoints(), num(e.interconnect().cluster().endpointGbps()),
                e.interconnect().cluster().accelerators(), e.fabric().tierCount(), e.fabric().switchCount(),
                e.interconnect().switchSystem().id(), base.id(), Tables.display(base.opticsPowerKw(), "en"), t.id(),
                Tables.display(t.opticsPowerKw(), "en"), t.id(), t.switchSidePorts(), t.hostSideModules(), base.id(),
                Tables.display(Units.kilowatts(t.hostOpticsW()), "en"), Tables.display(hostShare, "en"));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new KeyFigures(figures));
        blocks.add(Paragraph.of(en, zh));
        if (!e.interconnect().description().isEmpty()) {
            blocks.add(new Paragraph(Text.same(e.interconnect().description())));
        }
        return new Section("summary", Text.of("Executive summary", "重點摘要"), blocks);
    }

    // ---- comparison

    private Section comparison() {
        Evaluation e = evaluation;
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

    // ---- watts

    private Section watts() {
        Evaluation e = evaluation;
        List<ArchitectureResult> archs = e.architectures();
        List<Text> cats = archs.stream().map(a -> Text.same(a.id())).toList();
        List<String> tierNames = archs.get(0).bom().tierNames();
        List<Series> series = new ArrayList<>();
        int n = archs.size();
        for (String tier : tierNames) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = Units.kilowatts(tierOptics(archs.get(i), tier));
            }
            String zh = InterconnectViews.tierZh(tier);
            series.add(new Series(Text.of("Switch side: " + tier + " optics", "交換器端:" + zh + " 光學"), v, "power"));
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
                series, Text.of("Power", "功耗"), "kW"));
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

    // ---- sensitivity

    private Section sensitivity(Sensitivity.Result r) {
        String pct = fmt("%d%%", Math.round(r.fraction() * 100));
        List<Sensitivity.Swing> moving = r.swings().stream().filter(s -> s.widthKw() > 1e-9 || s.widthPercent() > 1e-9)
                .toList();
        List<Sensitivity.Swing> byKw = moving.stream().filter(s -> s.widthKw() > 1e-9).toList();
        List<Sensitivity.Swing> byPercent = new ArrayList<>(moving);
        byPercent.sort(java.util.Comparator.comparingDouble(Sensitivity.Swing::widthPercent).reversed());
        double baseKw = r.baseSaving().savedKw();
        double basePct = r.baseSaving().savedPercent();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of(
                fmt("Each figure of %s and %s moved by -%s and +%s, one at a time, on the same fabric. Bars show how far "
                        + "the cluster saving of %s moves from its base of %s kW (%s%% of the baseline's network power).",
                        evaluation.baseline().id(), r.targetId(), pct, pct, r.targetId(), Tables.display(baseKw, "en"),
                        Tables.display(basePct, "en")),
                fmt("%s 與 %s 的每個數字一次只調整一個,分別 -%s 與 +%s,網路拓撲不變。長條顯示 %s 的叢集節省量"
                        + "相對於基準值 %s kW(基準架構網路功耗的 %s%%)的變動。",
                        evaluation.baseline().id(), r.targetId(), pct, pct, r.targetId(), Tables.display(baseKw, "en"),
                        Tables.display(basePct, "en"))));
        blocks.add(tornado("savingKw", Text.of("Saving in kW: swing of each input", "節省功耗(kW):各輸入的影響"), byKw,
                true, baseKw, pct, "kW"));
        blocks.add(tornado("savingPercent",
                Text.of("Saving as a share of network power: swing of each input", "節省比例(占網路功耗):各輸入的影響"),
                byPercent, false, basePct, pct, "%"));
        List<String> still = r.swings().stream().filter(s -> s.widthKw() <= 1e-9 && s.widthPercent() <= 1e-9)
                .map(s -> s.architectureId() + "." + s.figure()).toList();
        if (!still.isEmpty()) {
            blocks.add(Paragraph.of("These figures do not move the power saving at all: " + String.join(", ", still) + ".",
                    "以下數字完全不影響節省的功耗:" + String.join("、", still) + "。"));
        }
        List<Column> cols = List.of(
                Column.of("architecture", "Architecture", "架構", ""),
                Column.of("figure", "Figure", "項目", ""),
                Column.of("baseValue", "Scenario value", "情境數值", ""),
                Column.of("unit", "Unit", "單位", ""),
                Column.of("savedKwLow", "Saving at -" + pct, "調降 " + pct + " 時節省", "kW"),
                Column.of("savedKwHigh", "Saving at +" + pct, "調升 " + pct + " 時節省", "kW"),
                Column.of("savedPercentLow", "Share saved at -" + pct, "調降 " + pct + " 時節省比例", "%"),
                Column.of("savedPercentHigh", "Share saved at +" + pct, "調升 " + pct + " 時節省比例", "%"));
        List<List<Object>> rows = new ArrayList<>();
        for (Sensitivity.Swing s : r.swings()) {
            rows.add(List.of(s.architectureId(), s.figure(), s.baseValue(), s.unit(), s.low().savedKw(), s.high().savedKw(),
                    s.low().savedPercent(), s.high().savedPercent()));
        }
        blocks.add(new DataTable("sensitivity", Text.of("Every input, one at a time", "所有輸入(一次調整一個)"), cols, rows));
        return new Section("sensitivity", Text.of("Interconnect sensitivity", "互連敏感度分析"), blocks);
    }

    private static Chart tornado(String id, Text title, List<Sensitivity.Swing> swings, boolean kw, double base, String pct,
                                 String unit) {
        List<Text> cats = new ArrayList<>();
        double[] low = new double[swings.size()];
        double[] high = new double[swings.size()];
        double[] mid = new double[swings.size()];
        for (int i = 0; i < swings.size(); i++) {
            Sensitivity.Swing s = swings.get(i);
            cats.add(Text.same(fmt("%s.%s (%s %s)", s.architectureId(), s.figure(), num(s.baseValue()), s.unit())));
            low[i] = kw ? s.low().savedKw() : s.low().savedPercent();
            high[i] = kw ? s.high().savedKw() : s.high().savedPercent();
            mid[i] = base;
        }
        return new Chart(id, title, ChartKind.TORNADO, cats, List.of(
                new Series(Text.of("low: input -" + pct, "low:輸入 -" + pct), low, ""),
                new Series(Text.of("high: input +" + pct, "high:輸入 +" + pct), high, ""),
                new Series(Text.of("base", "基準"), mid, "")),
                kw ? Text.of("Power saved", "節省功耗") : Text.of("Share of network power saved", "節省占網路功耗比例"), unit);
    }

    // ---- risks

    private static final Pattern CPO_INPUT = Pattern.compile("architectures\\[cpo\\]\\.overrides\\.(\\w+)");

    private Section risks(ArchitectureResult target) {
        OpticsArchitecture t = target.architecture();
        List<Column> cols = List.of(
                Column.of("risk", "Risk", "風險", ""),
                Column.of("claim", "What the source says", "來源說法", ""),
                Column.of("input", "Model input it moves", "影響的模型輸入", ""),
                Column.of("where", "Where to change it", "調整位置", ""),
                Column.of("section", "Section that moves", "受影響章節", ""),
                Column.of("currentValue", "Value in this scenario", "本情境數值", ""),
                Column.of("unit", "Unit", "單位", ""),
                Column.of("source", "Source", "來源", ""),
                Column.of("status", "Status", "狀態", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (Risk r : risks) {
            Object value = null;
            String unit = "";
            Matcher m = CPO_INPUT.matcher(r.inputPath());
            java.util.Optional<ArchitectureFigure> figure = m.find() ? ArchitectureFigure.fromKey(m.group(1))
                    : java.util.Optional.empty();
            if (figure.isPresent()) {
                Figure f = t.figure(figure.get());
                value = f.value();
                unit = f.unit();
            }
            List<Object> row = new ArrayList<>();
            row.add(Text.of(r.titleEn(), r.titleZhTw()));
            row.add(Text.of(r.claimEn(), r.claimZhTw()));
            row.add(Text.of(r.inputEn(), r.inputZhTw()));
            row.add(r.inputPath().replace("[cpo]", "[" + t.id() + "]"));
            row.add(sectionTitle(r.section()));
            row.add(value);
            row.add(unit);
            row.add(r.source());
            row.add(r.status().word());
            rows.add(row);
        }
        return new Section("risks", Text.of("Risks", "風險"), List.of(
                Paragraph.of("The risks the seed article names, each tied to the model input that plays it out. Change "
                                + "that input in a scenario (or in the dashboard) to see what the risk costs.",
                        "種子文章列出的風險,各自對應到模型中會受影響的輸入。在情境檔(或儀表板)調整該輸入,即可看出風險的代價。"),
                new DataTable("risks", Text.of("Risks and the inputs they move", "風險與其影響的輸入"), cols, rows)));
    }

    private static Text sectionTitle(String id) {
        return switch (id) {
            case "comparison" -> Text.of("Architecture comparison", "架構比較");
            case "sensitivity" -> Text.of("Interconnect sensitivity", "互連敏感度分析");
            case "market" -> Text.of("Market scenarios", "市場情境");
            case "supply" -> Text.of("Supply chain", "供應鏈");
            case "reliability" -> Text.of("Reliability", "可靠度");
            default -> Text.same(id);
        };
    }

    // ---- sources

    private List<SourceEntry> sources() {
        List<SourceEntry> out = new ArrayList<>();
        var sw = evaluation.interconnect().switchSystem();
        InterconnectViews.figuresOf(sw).forEach((k, f) -> out.add(entry(sw.id() + "." + k, f)));
        for (OpticsArchitecture a : evaluation.interconnect().architectures()) {
            InterconnectViews.figuresOf(a).forEach((k, f) -> out.add(entry(a.id() + "." + k, f)));
        }
        var c = evaluation.interconnect().cluster();
        if (c.hasAcceleratorPower()) {
            out.add(new SourceEntry("cluster.wattsPerAccelerator", Tables.plain(c.wattsPerAccelerator()), "W",
                    "scenario " + evaluation.interconnect().name(), "assumption",
                    "set in the scenario file; see its comments"));
        }
        Set<SourceEntry> seen = new LinkedHashSet<>(out);
        for (SourceEntry s : contributedSources) {
            if (seen.add(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private static SourceEntry entry(String name, Figure f) {
        return new SourceEntry(name, Tables.plain(f.value()), f.unit(), f.source(), f.status().word(), f.note());
    }

    private static Section sourcesSection(List<SourceEntry> sources) {
        List<Column> cols = List.of(
                Column.of("figure", "Figure", "項目", ""),
                Column.of("value", "Value", "數值", ""),
                Column.of("unit", "Unit", "單位", ""),
                Column.of("source", "Source", "來源", ""),
                Column.of("status", "Status", "狀態", ""),
                Column.of("note", "Note", "備註", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (SourceEntry s : sources) {
            rows.add(java.util.Arrays.asList(s.figure(), numberOrText(s.value()), s.unit(), s.source(), s.status(),
                    s.note()));
        }
        return new Section("sources", Text.of("Sources", "資料來源"), List.of(
                Paragraph.of("Every figure this report used, with its source and status (stated, secondary, "
                                + "reconstructed, assumption). Assumptions are modelling choices without a source: override them.",
                        "本報告用到的每個數字及其來源與狀態(stated 原文陳述、secondary 二手、reconstructed 推算、"
                                + "assumption 假設)。假設值沒有來源,請依需要覆寫。"),
                new DataTable("sources", Text.of("Sources appendix", "資料來源附錄"), cols, rows)));
    }

    /** A figure's value as a number when it reads as one, so the XLSX cell is numeric. */
    static Object numberOrText(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(v.trim()).doubleValue();
        } catch (NumberFormatException e) {
            return v;
        }
    }

    private static String fmt(String f, Object... args) {
        return String.format(Locale.ROOT, f, args);
    }

    private static String num(double d) {
        return Tables.plain(d);
    }
}
