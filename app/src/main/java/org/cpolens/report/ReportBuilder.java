package org.cpolens.report;

import static org.cpolens.report.Tables.fmt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.Risk;
import org.cpolens.model.eval.ArchitectureResult;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.eval.InterconnectEvaluator;
import org.cpolens.model.eval.Sensitivity;
import org.cpolens.model.pipeline.AnalysisResult;
import org.cpolens.model.units.Numbers;
import org.cpolens.model.units.Units;
import org.cpolens.report.KeyFigures.Better;
import org.cpolens.report.KeyFigures.KeyFigure;
import org.cpolens.report.KeyFigures.Reference;
import org.cpolens.report.KeyFigures.Role;

/**
 * Assembles the report of {@code cpolens analyze} from a pipeline run: each {@link ReportSection}
 * builds its part, in the order it declares; the builder adds the key takeaways before them (a
 * verdict, each section's takeaway figures with their deltas, the top risks, the share of
 * assumptions and the run's provenance) and the sources appendix and a glossary after them, and
 * collects summary.json.
 *
 * <pre>{@code
 * ReportModel report = ReportBuilder.of(run, catalogs.risks()).catalogDigest(catalogs.digest()).build();
 * }</pre>
 */
public final class ReportBuilder {
    /** Every section of the report, whatever stages a run has: each builds only from what it finds. */
    public static final List<ReportSection> STANDARD = List.of(new ComparisonSection(), new WattsSection(),
            new SensitivitySection(), new MarketSection(), new SupplySection(), new SignalsSection(),
            new ReliabilitySection(), new TcoSection(), new RisksSection());

    /** Reading order of the section ids of a full run. */
    public static final List<String> SECTION_ORDER = sectionOrder(STANDARD);

    /** Where a section added with {@link #add(Section, List, List)} goes when its id is not a standard one. */
    private static final int CONTRIBUTED_ORDER = 85;

    /** Risks the first page names. */
    static final int TOP_RISKS = 3;

    private final ReportContext context;
    private final List<ReportSection> sections = new ArrayList<>(STANDARD);
    private String toolVersion = ToolVersion.current();
    private String catalogDigest = "";
    private Map<String, Object> previous;

    public ReportBuilder(ReportContext context) {
        this.context = context;
    }

    /** The report of one pipeline run with the risk catalog. */
    public static ReportBuilder of(AnalysisResult run, List<Risk> risks) {
        return new ReportBuilder(new ReportContext(run, risks, InterconnectEvaluator.standard()));
    }

    private static List<String> sectionOrder(List<ReportSection> sections) {
        List<String> ids = new ArrayList<>();
        ids.add("summary");
        sections.stream().sorted(Comparator.comparingInt(ReportSection::order)).forEach(x -> ids.add(x.id()));
        ids.add("sources");
        ids.add("glossary");
        return List.copyOf(ids);
    }

    /** Adds a section of the caller's own, placed by its order. */
    public ReportBuilder add(ReportSection section) {
        sections.add(section);
        return this;
    }

    /**
     * Adds a section built elsewhere: placed where the standard section of its id would stand, or
     * just before the risks when its id is not a standard one.
     */
    public ReportBuilder add(Section section, List<SourceEntry> sources, List<KeyFigure> keyFigures) {
        int order = STANDARD.stream().filter(x -> x.id().equals(section.id())).mapToInt(ReportSection::order)
                .findFirst().orElse(CONTRIBUTED_ORDER);
        ReportSection.Contribution c = new ReportSection.Contribution(section, sources, keyFigures);
        return add(new ReportSection() {
            @Override
            public String id() {
                return section.id();
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public Optional<Contribution> build(ReportContext ignored) {
                return Optional.of(c);
            }
        });
    }

    /** SHA-256 (hex) of the catalog files the run read, printed on the first page and in summary.json. */
    public ReportBuilder catalogDigest(String digest) {
        this.catalogDigest = digest == null ? "" : digest;
        return this;
    }

    /** The tool version to print (default: the running one). */
    public ReportBuilder toolVersion(String version) {
        this.toolVersion = version == null ? "" : version;
        return this;
    }

    /**
     * The summary.json of an earlier run in the same output folder: the report then opens with what
     * changed since (inputs and headline figures).
     */
    public ReportBuilder previous(Map<String, Object> earlierSummary) {
        this.previous = earlierSummary;
        return this;
    }

    public ReportModel build() {
        Evaluation evaluation = context.evaluation();
        long seed = context.run().seed();
        ArchitectureResult target = target(evaluation);
        List<ReportSection> inOrder = new ArrayList<>(sections);
        inOrder.sort(Comparator.comparingInt(ReportSection::order));
        List<Section> built = new ArrayList<>();
        List<SourceEntry> contributedSources = new ArrayList<>();
        List<KeyFigure> figures = new ArrayList<>(headline(evaluation));
        List<KeyFigure> takeaways = new ArrayList<>();
        List<WorkbookSheet> sheets = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>(List.of("summary", "sources", "glossary", "changes"));
        Set<String> keys = new LinkedHashSet<>();
        figures.forEach(f -> keys.add(f.key()));
        // sections read the run and build apart: in parallel, collected in reading order
        List<Optional<ReportSection.Contribution>> contributions = inOrder.parallelStream()
                .map(rs -> rs.build(context)).toList();
        for (Optional<ReportSection.Contribution> c : contributions) {
            if (c.isEmpty()) {
                continue;
            }
            Section section = c.get().section();
            if (!ids.add(section.id())) {
                throw new IllegalArgumentException("the report already has a section '" + section.id() + "'");
            }
            built.add(section);
            contributedSources.addAll(c.get().sources());
            for (KeyFigure f : c.get().keyFigures()) {
                if (!keys.add(f.key())) {
                    throw new IllegalArgumentException("key figure '" + f.key() + "' is contributed twice");
                }
                figures.add(f);
            }
            if (!c.get().takeaways().isEmpty()) {
                takeaways.addAll(c.get().takeaways());
            } else if (!c.get().keyFigures().isEmpty()) {
                takeaways.add(c.get().keyFigures().get(0));
            }
            sheets.addAll(c.get().sheets());
        }
        List<SourceEntry> sources = sources(evaluation, contributedSources);
        Provenance provenance = new Provenance(asOf(sources), toolVersion, catalogDigest, seed);
        Map<String, Integer> counts = statusCounts(sources);
        KeyFigure assumptions = assumptionShare(counts, sources.size());
        takeaways.add(assumptions);

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("scenario", evaluation.interconnect().name());
        summary.put("seed", seed);
        summary.put("baselineArchitecture", evaluation.baseline().id());
        summary.put("cpoArchitecture", target.id());
        for (KeyFigure f : figures) {
            summary.put(f.key(), jsonNumber(f.value()));
        }
        for (KeyFigure f : takeaways) {
            summary.putIfAbsent(f.key(), jsonNumber(f.value()));
        }
        summary.put("asOf", provenance.asOf());
        summary.put("toolVersion", provenance.toolVersion());
        summary.put("catalogDigest", provenance.catalogDigest());
        summary.put("figuresByStatus", new LinkedHashMap<>(counts));
        summary.put("inputs", inputs(sources));

        List<Section> ordered = new ArrayList<>();
        ordered.add(Takeaways.section(context, evaluation, target, takeaways, topRisks(), counts, sources.size(),
                provenance));
        if (previous != null) {
            ordered.add(Changes.section(previous, summary, labels(figures, takeaways)));
        }
        ordered.addAll(built);
        ordered.add(sourcesSection(sources, evaluation));
        ordered.add(Glossary.section());
        Map<String, Text> names = new LinkedHashMap<>();
        for (ArchitectureResult a : evaluation.architectures()) {
            names.put(a.id(), Names.architecture(a.architecture()));
        }
        for (ArchitectureResult a : evaluation.extras()) {
            names.putIfAbsent(a.id(), Names.architecture(a.architecture()));
        }
        // the market's platforms and the cost model's inputs, met in cells by their ids and keys
        context.run().market().ifPresent(m -> m.inputs().platforms().forEach(p -> names.putIfAbsent(p.platform().id(),
                Text.of(p.platform().name(), p.platform().nameZhTw()))));
        context.run().tco().ifPresent(t -> Names.tcoInputs().forEach(names::putIfAbsent));
        return new ReportModel(evaluation.interconnect().name(), seed, ordered, sources, summary, provenance, sheets,
                names);
    }

    private static Map<String, Text> labels(List<KeyFigure> figures, List<KeyFigure> takeaways) {
        Map<String, Text> m = new LinkedHashMap<>();
        for (KeyFigure f : figures) {
            m.putIfAbsent(f.key(), f.label());
        }
        for (KeyFigure f : takeaways) {
            m.putIfAbsent(f.key(), f.label());
        }
        return m;
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
     * The interconnect's headline figures: what summary.json and the dashboard show first. Savings
     * are of optics power (switch power before optics is the same for both).
     */
    public static List<KeyFigure> headline(Evaluation e) {
        ArchitectureResult base = e.baseline();
        ArchitectureResult t = target(e);
        OpticsArchitecture baseArch = base.architecture();
        OpticsArchitecture tArch = t.architecture();
        Text baseName = Names.architecture(baseArch);
        Text tName = Names.architecture(tArch);
        double saved = base.opticsPowerKw() - t.opticsPowerKw();
        double percent = base.opticsPowerKw() == 0 ? 0 : 100.0 * saved / base.opticsPowerKw();
        List<KeyFigure> out = new ArrayList<>();
        out.add(new KeyFigure("baselineOpticsPowerKw",
                Text.of("Optics power, " + baseName.en(), "光學功耗（" + baseName.zhTw() + "）"), base.opticsPowerKw(), "kW",
                fmt("%,d modules x %s W: %s", base.opticalModules(), Numbers.plain(baseArch.figure(ArchitectureFigure.SWITCH_PORT_WATTS).value()),
                        baseArch.figure(ArchitectureFigure.SWITCH_PORT_WATTS).source()), "computed"));
        out.add(new KeyFigure("cpoOpticsPowerKw",
                Text.of("Optics power, " + tName.en(), "光學功耗（" + tName.zhTw() + "）"), t.opticsPowerKw(), "kW",
                fmt("%,d switch-side ports x %s W: %s; %,d host-side modules stay %s", t.switchSidePorts(),
                        Numbers.plain(tArch.figure(ArchitectureFigure.SWITCH_PORT_WATTS).value()), tArch.figure(ArchitectureFigure.SWITCH_PORT_WATTS).source(), t.hostSideModules(),
                        base.id()), "computed"));
        out.add(new KeyFigure("opticsPowerSavedKw", Text.of("Optics power saved", "節省的光學功耗"), saved, "kW",
                "model output: the two figures above", "computed"));
        out.add(new KeyFigure("opticsPowerSavedPercent", Text.of("Share of optics power saved", "光學功耗節省比例"), percent, "%",
                "model output: saved / baseline optics power", "computed"));
        if (t.extraAcceleratorsAtSamePower() >= 0) {
            out.add(new KeyFigure("extraAcceleratorsAtSamePower",
                    Text.of("Extra accelerators the saved power feeds", "省下的電力可多供電的加速器"),
                    t.extraAcceleratorsAtSamePower(), "",
                    fmt("model output: saved network power / %s W per accelerator (scenario %s)",
                            Numbers.plain(e.interconnect().cluster().wattsPerAccelerator()), e.interconnect().name()), "computed"));
        }
        return out;
    }

    /** The non-CPO architecture with the lowest value of {@code metric} (the baseline when it is the only one). */
    public static ArchitectureResult bestOther(Evaluation e, java.util.function.ToDoubleFunction<ArchitectureResult> metric) {
        return e.architectures().stream().filter(a -> !a.kind().isCpo()).min(Comparator.comparingDouble(metric))
                .orElse(e.baseline());
    }

    /** {@code value} of the studied architecture read against the baseline and the best non-CPO choice. */
    public static KeyFigure compared(KeyFigure f, Evaluation e, java.util.function.ToDoubleFunction<ArchitectureResult> metric) {
        ArchitectureResult base = e.baseline();
        ArchitectureResult other = bestOther(e, metric);
        return f.against(Better.LOWER, List.of(
                new Reference(Role.BASELINE, Names.architecture(base.architecture()), metric.applyAsDouble(base)),
                new Reference(Role.BEST_OTHER, Names.architecture(other.architecture()), metric.applyAsDouble(other))));
    }

    // ---- first page pieces

    /** Risks ranked by how far a ±20% move of the CPO input each ties to swings the saving (those without one last). */
    private List<RankedRisk> topRisks() {
        Evaluation e = context.evaluation();
        Sensitivity.Result r = Sensitivity.oneAtATime(context.evaluator(), e, e.studied().id(), SensitivitySection.FRACTION);
        List<RankedRisk> ranked = new ArrayList<>();
        Pattern input = Pattern.compile("architectures\\[cpo\\]\\.overrides\\.(\\w+)");
        for (Risk k : context.risks()) {
            Matcher m = input.matcher(k.inputPath());
            Double swing = null;
            if (m.find()) {
                String figure = m.group(1);
                swing = r.swings().stream()
                        .filter(s -> s.architectureId().equals(r.targetId()) && s.figure().equals(figure))
                        .map(Sensitivity.Swing::widthKw).findFirst().orElse(null);
            }
            ranked.add(new RankedRisk(k, swing));
        }
        List<RankedRisk> sorted = new ArrayList<>(ranked);
        sorted.sort(Comparator.comparing((RankedRisk x) -> x.swingKw() == null ? 1 : 0)
                .thenComparing(x -> x.swingKw() == null ? 0 : -x.swingKw()));
        return sorted.subList(0, Math.min(TOP_RISKS, sorted.size()));
    }

    /** A risk with the kW the saving swings over when its input moves ±20% (null: it moves no interconnect input). */
    record RankedRisk(Risk risk, Double swingKw) {
    }

    private static Map<String, Integer> statusCounts(List<SourceEntry> sources) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String w : Names.STATUS_ORDER) {
            m.put(w, 0);
        }
        for (SourceEntry s : sources) {
            m.merge(s.status() == null || s.status().isEmpty() ? "computed" : s.status(), 1, Integer::sum);
        }
        return m;
    }

    private static KeyFigure assumptionShare(Map<String, Integer> counts, int total) {
        int a = counts.getOrDefault("assumption", 0);
        double share = total == 0 ? 0 : 100.0 * a / total;
        return new KeyFigure("assumptionSharePercent", Text.of("Figures that are assumptions", "屬於假設的數字"), share, "%",
                Text.of(fmt("Sources appendix: %d of %d figures have the status assumption", a, total),
                        fmt("資料來源附錄：%d 個數字中有 %d 個為假設", total, a)), "computed");
    }

    private static final Pattern DATE = Pattern.compile(
            "(?<![0-9])((?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)(?![0-9])");

    /** The newest date any source or note of the appendix cites: the report is as of then, not of the clock. */
    static String asOf(List<SourceEntry> sources) {
        String best = "";
        for (SourceEntry s : sources) {
            for (String text : new String[] {s.source(), s.note()}) {
                if (text == null) {
                    continue;
                }
                Matcher m = DATE.matcher(text);
                while (m.find()) {
                    if (m.group(1).compareTo(best) > 0) {
                        best = m.group(1);
                    }
                }
            }
        }
        return best;
    }

    /** The appendix's figures by id (the first entry of an id), as summary.json's {@code inputs}. */
    private static Map<String, Object> inputs(List<SourceEntry> sources) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (SourceEntry s : sources) {
            if (!m.containsKey(s.figure())) {
                Object v = numberOrText(s.value());
                m.put(s.figure(), v instanceof Double d ? jsonNumber(d) : v);
            }
        }
        return m;
    }

    // ---- sources

    private static List<SourceEntry> sources(Evaluation evaluation, List<SourceEntry> contributedSources) {
        List<SourceEntry> out = new ArrayList<>();
        var sw = evaluation.interconnect().switchSystem();
        InterconnectViews.figuresOf(sw).forEach((k, f) -> out.add(entry(sw.id() + "." + k, f)));
        var ic = evaluation.interconnect();
        List<OpticsArchitecture> used = new ArrayList<>(ic.architectures());
        ic.nic().ifPresent(used::add);
        ic.scaleUp().ifPresent(su -> used.add(su.architecture()));
        Set<String> listed = new java.util.HashSet<>();
        for (OpticsArchitecture a : used) {
            if (listed.add(a.id())) {
                InterconnectViews.figuresOf(a).forEach((k, f) -> out.add(entry(a.id() + "." + k, f)));
            }
        }
        out.add(entry("faceplateWidthMm", ic.faceplateWidthMm()));
        var c = ic.cluster();
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

    private static Section sourcesSection(List<SourceEntry> sources, Evaluation e) {
        Map<String, OpticsArchitecture> archs = new LinkedHashMap<>();
        for (ArchitectureResult a : e.architectures()) {
            archs.put(a.id(), a.architecture());
        }
        for (ArchitectureResult a : e.extras()) {
            archs.putIfAbsent(a.id(), a.architecture());
        }
        List<Column> cols = List.of(
                Column.of("figure", "Figure", "項目", ""),
                Column.of("name", "What it is", "說明", ""),
                Column.of("value", "Value", "數值", ""),
                Column.of("unit", "Unit", "單位", ""),
                Column.of("status", "Status", "狀態", ""),
                Column.of("source", "Source", "來源", ""),
                Column.of("note", "Note", "備註", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (SourceEntry s : sources) {
            Text name = Names.figure(s.figure(), archs).orElse(null);
            rows.add(java.util.Arrays.asList(s.figure(), name, numberOrText(s.value()), Names.unit(s.unit()).label(),
                    Names.status(s.status()), s.source(), s.note()));
        }
        return new Section("sources", Text.of("Sources", "資料來源"), List.of(
                Paragraph.of("Every figure this report used, with its source and status: stated (the source says it), "
                                + "secondary (a press or broker summary of the source), reconstructed (arithmetic on stated "
                                + "figures), fitted (chosen to reproduce one published run), assumption (a modelling choice "
                                + "without a source: override it) and not found. Sources are cited in their own language.",
                        "本報告用到的每個數字及其來源與狀態：陳述（來源原文明載）、二手（媒體或券商轉述）、推算（由陳述數字換算）、"
                                + "擬合（為重現某一公開結果而選定）、假設（無來源的建模選擇，可自行覆寫）與查無。來源以原文語言引用。"),
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

    /** Kilowatts as the report prints them, for sentences. */
    static String kw(double v) {
        return Tables.display(v, "en");
    }

    static double kilowatts(double w) {
        return Units.kilowatts(w);
    }
}
